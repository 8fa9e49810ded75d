package se.pejl.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.pejl.api.ClientRef;
import se.pejl.api.Gender;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.followup.Episode;
import se.pejl.api.followup.EpisodeOutline;
import se.pejl.api.followup.EpisodeQuery;
import se.pejl.api.followup.NewEpisode;
import se.pejl.api.store.Demographics;
import se.pejl.api.store.NewResponse;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StoreTest {
  private static final MunicipalityCode TJORN = MunicipalityCode.of("1407");
  private static final MunicipalityCode SKOVDE = MunicipalityCode.of("1496");

  @TempDir Path data;
  private Database db;
  private JpaEpisodeRepository episodes;
  private JpaResponseRepository responses;

  @BeforeEach
  void open() {
    db = new Database(data, "WARNING");
    episodes = new JpaEpisodeRepository(db);
    responses = new JpaResponseRepository(db);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void an_episode_is_found_in_its_own_municipality_only() {
    Episode e = episodes.insert(TJORN, "caseworker.tjorn", aSupportGroup("T-1001"));

    assertThat(episodes.find(TJORN, e.id())).contains(e);
    assertThat(episodes.find(SKOVDE, e.id())).isEmpty();
    assertThat(episodes.count(TJORN)).isEqualTo(1);
    assertThat(episodes.count(SKOVDE)).isZero();
    assertThat(e.goals()).extracting(se.pejl.api.followup.Goal::text)
        .containsExactly("Veta mer om mammas sjukdom", "Ha någon att prata med");
  }

  @Test
  void a_list_of_episodes_comes_once_each_with_its_goals_in_order() {
    Episode first = episodes.insert(TJORN, "caseworker.tjorn", aSupportGroup("T-1005"));
    Episode second = episodes.insert(TJORN, "caseworker.tjorn", aSupportGroup("T-1006"));
    episodes.insert(TJORN, "caseworker.tjorn", new NewEpisode(new ClientRef("T-1007"), Episode.SUPPORT_GROUP,
        "Stödgruppen", LocalDate.of(2026, 2, 1), "Stöd till barn som anhöriga", List.of()));

    List<Episode> found = episodes.find(TJORN, new EpisodeQuery(null, null, "Stödgruppen", false));

    assertThat(found).hasSize(3).doesNotHaveDuplicates().startsWith(first, second);
    assertThat(found.get(1).goals()).extracting(se.pejl.api.followup.Goal::text)
        .containsExactly("Veta mer om mammas sjukdom", "Ha någon att prata med");
    assertThat(found.get(2).goals()).isEmpty();
  }

  @Test
  void outlines_are_the_episodes_without_their_documentation_and_can_stop_at_a_start_day() {
    Episode march = episodes.insert(TJORN, "caseworker.tjorn", new NewEpisode(new ClientRef("T-1005"),
        Episode.SUPPORT_GROUP, "Stödgruppen", LocalDate.of(2026, 3, 2), "Stöd", List.of("Må bättre")));
    Episode february = episodes.insert(TJORN, "caseworker.tjorn", new NewEpisode(new ClientRef("T-1007"),
        Episode.SUPPORT_GROUP, "Stödgruppen", LocalDate.of(2026, 2, 1), "Stöd till barn som anhöriga", List.of()));
    episodes.insert(SKOVDE, "caseworker.skovde", aSupportGroup("S-1"));

    assertThat(episodes.outlines(TJORN, new EpisodeQuery(null, null, "Stödgruppen", false)))
        .containsExactly(EpisodeOutline.of(february), EpisodeOutline.of(march));
    assertThat(episodes.outlines(TJORN, new EpisodeQuery(null, null, null, false, february.start())))
        .containsExactly(EpisodeOutline.of(february));
    assertThat(episodes.find(TJORN, new EpisodeQuery(null, null, null, false, march.start().minusDays(1))))
        .containsExactly(february);
  }

  @Test
  void an_answer_keeps_its_scores_and_snapshot_for_statistics() {
    Episode e = episodes.insert(TJORN, "caseworker.tjorn", aSupportGroup("T-1002"));
    responses.insert(TJORN, new NewResponse(e.id(), "child-wellbeing", 1, "start",
        LocalDate.of(2026, 3, 1), Map.of("q1", 2.0), Map.of("total", 9.0),
        new Demographics(Gender.GIRL, 11, TJORN, "Stödgruppen")));

    assertThat(responses.ofEpisode(TJORN, e.id())).singleElement()
        .satisfies(r -> assertThat(r.scores()).containsEntry("total", 9.0));
    assertThat(responses.ofEpisode(SKOVDE, e.id())).isEmpty();
    assertThat(responses.scores("child-wellbeing", "total")).singleElement()
        .satisfies(o -> {
          assertThat(o.gender()).isEqualTo(Gender.GIRL);
          assertThat(o.age()).isEqualTo(11);
          assertThat(o.score()).isEqualTo(9.0);
          assertThat(o.municipality()).isEqualTo(TJORN);
          assertThat(o.instrumentVersion()).isEqualTo(1);
        });
  }

  @Test
  void each_score_comes_with_the_instrument_version_it_was_given_under() {
    Episode e = episodes.insert(TJORN, "caseworker.tjorn", aSupportGroup("T-1004"));
    Demographics girl = new Demographics(Gender.GIRL, 11, TJORN, "Stödgruppen");
    responses.insert(TJORN, new NewResponse(e.id(), "child-wellbeing", 1, "start",
        LocalDate.of(2026, 3, 1), Map.of(), Map.of("total", 9.0), girl));
    responses.insert(TJORN, new NewResponse(e.id(), "child-wellbeing", 2, "end",
        LocalDate.of(2026, 6, 1), Map.of(), Map.of("total", 12.0), girl));

    assertThat(responses.scores("child-wellbeing", "total"))
        .extracting(o -> o.occasion() + "@" + o.instrumentVersion()).containsExactly("start@1", "end@2");
  }

  @Test
  void data_survives_a_restart() {
    Episode e = episodes.insert(TJORN, "caseworker.tjorn", aSupportGroup("T-1003"));
    db.close();
    open();
    assertThat(episodes.find(TJORN, e.id())).contains(e);
  }

  private static NewEpisode aSupportGroup(String client) {
    return new NewEpisode(new ClientRef(client), Episode.SUPPORT_GROUP, "Stödgruppen",
        LocalDate.of(2026, 2, 1), "Stöd till barn som anhöriga",
        List.of("Veta mer om mammas sjukdom", "Ha någon att prata med"));
  }
}
