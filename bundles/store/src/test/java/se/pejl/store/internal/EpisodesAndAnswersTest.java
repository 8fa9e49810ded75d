package se.pejl.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import se.pejl.api.ConflictException;
import se.pejl.api.Gender;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.followup.Episode;
import se.pejl.api.followup.EpisodeOutline;
import se.pejl.api.followup.EpisodeQuery;
import se.pejl.api.followup.EpisodeRevision.FieldChange;
import se.pejl.api.followup.Goal;
import se.pejl.api.followup.NewEpisode;
import se.pejl.api.store.Demographics;
import se.pejl.api.store.NewResponse;

/** Episodes and answers as the store keeps them: revisions, marks, snapshots, and reads of many at once. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EpisodesAndAnswersTest {
  static final MunicipalityCode TJORN = MunicipalityCode.of("1407");
  static final MunicipalityCode SKOVDE = MunicipalityCode.of("1496");

  @TempDir Path data;
  Database db;
  JpaEpisodeRepository episodes;
  JpaResponseRepository responses;

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
  void a_change_is_kept_as_a_revision_and_a_stale_change_is_refused() {
    Episode e = episodes.insert(TJORN, "caseworker.tjorn", aGroup());
    Episode changed = withResult(e, "Mår bättre");
    Episode saved = episodes.save(TJORN, changed, "caseworker.tjorn",
        List.of(new FieldChange("result", null, "Mår bättre")));

    assertThat(saved.revision()).isEqualTo(1);
    assertThat(saved.result()).isEqualTo("Mår bättre");
    assertThat(episodes.revisions(TJORN, e.id())).singleElement().satisfies(r -> {
      assertThat(r.changedBy()).isEqualTo("caseworker.tjorn");
      assertThat(r.changes()).containsExactly(new FieldChange("result", null, "Mår bättre"));
    });
    assertThat(episodes.revisions(SKOVDE, e.id())).isEmpty();
    assertThatThrownBy(() -> episodes.save(TJORN, withResult(e, "Annat"), "manager.tjorn", List.of()))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void occasions_marked_not_applicable_keep_their_latest_reason() {
    Episode e = episodes.insert(TJORN, "caseworker.tjorn", aGroup());
    episodes.markNotApplicable(TJORN, e.id(), "followup-6m", "Flyttat", "caseworker.tjorn");
    episodes.markNotApplicable(TJORN, e.id(), "followup-6m", "Flyttat till annan kommun", "caseworker.tjorn");

    assertThat(episodes.notApplicable(TJORN, List.of(e.id())))
        .isEqualTo(Map.of(e.id(), Map.of("followup-6m", "Flyttat till annan kommun")));
    assertThat(episodes.notApplicable(SKOVDE, List.of(e.id()))).isEmpty();
  }

  @Test
  void an_answer_stored_without_snapshot_waits_until_it_is_completed() {
    Episode e = episodes.insert(TJORN, "caseworker.tjorn", aGroup());
    responses.insert(TJORN, new NewResponse(e.id(), "child-wellbeing", 1, "start", LocalDate.of(2026, 3, 1),
        Map.of("q1", 2.0), Map.of("total", 9.0), null));

    assertThat(responses.scores("child-wellbeing", "total")).isEmpty();
    var pending = responses.pendingSnapshots(10);
    assertThat(pending).singleElement().satisfies(p -> assertThat(p.client()).isEqualTo(new ClientRef("T-1")));

    responses.completeSnapshot(pending.get(0).responseId(), new Demographics(Gender.BOY, 12, TJORN, "Stödgruppen"));

    assertThat(responses.pendingSnapshots(10)).isEmpty();
    assertThat(responses.scores("child-wellbeing", "total")).singleElement()
        .satisfies(o -> assertThat(o.gender()).isEqualTo(Gender.BOY));
    assertThat(responses.answered(TJORN, List.of(e.id()))).isEqualTo(Map.of(e.id(), Map.of("start", java.util.Set.of("child-wellbeing"))));
  }

  @Test
  void a_units_outlines_come_a_caseworker_at_a_time_each_by_start() {
    Episode bLater = episodes.insert(TJORN, "caseworker.b", groupOf("T-1", "Stödgruppen", LocalDate.of(2026, 3, 1)));
    Episode a = episodes.insert(TJORN, "caseworker.a", groupOf("T-2", "Stödgruppen", LocalDate.of(2026, 5, 1)));
    Episode bFirst = episodes.insert(TJORN, "caseworker.b", groupOf("T-3", "Stödgruppen", LocalDate.of(2026, 2, 1)));
    episodes.insert(TJORN, "caseworker.a", groupOf("T-4", "Stödgruppen", LocalDate.of(2026, 7, 1)));
    episodes.insert(TJORN, "caseworker.a", groupOf("T-5", "Familjeteamet", LocalDate.of(2026, 1, 1)));
    episodes.insert(SKOVDE, "caseworker.a", groupOf("S-1", "Stödgruppen", LocalDate.of(2026, 1, 1)));
    EpisodeQuery firstHalf = new EpisodeQuery(null, null, "Stödgruppen", false, LocalDate.of(2026, 6, 30));

    var groups = episodes.outlinesByCaseworker(TJORN, firstHalf);

    assertThat(groups).extracting(g -> g.stream().map(EpisodeOutline::id).toList())
        .containsExactly(List.of(a.id()), List.of(bFirst.id(), bLater.id()));
    assertThat(groups.stream().flatMap(List::stream).toList())
        .containsExactlyInAnyOrderElementsOf(episodes.outlines(TJORN, firstHalf));
    // Every unit of caseworker.a's, by unit as Java orders names: "F" < "S" < "Ö".
    Episode north = episodes.insert(TJORN, "caseworker.a", groupOf("T-6", "Öppenvården", LocalDate.of(2026, 1, 1)));
    assertThat(episodes.outlinesByCaseworker(TJORN, new EpisodeQuery(null, "caseworker.a", null, false, null)))
        .extracting(g -> g.get(0).unit() + ":" + g.size())
        .containsExactly("Familjeteamet:1", "Stödgruppen:2", "Öppenvården:1");
    assertThat(episodes.outlinesByCaseworker(TJORN, new EpisodeQuery(new ClientRef("T-6"), null, null, true, null)))
        .singleElement().satisfies(g -> assertThat(g).extracting(EpisodeOutline::id).containsExactly(north.id()));
  }

  private static NewEpisode groupOf(String client, String unit, LocalDate start) {
    return new NewEpisode(new ClientRef(client), Episode.SUPPORT_GROUP, unit, "grupp", start, null, "Stöd", List.of(),
        null);
  }

  @Test
  void the_answers_of_a_units_episodes_read_with_them_are_those_read_by_their_ids() {
    Episode early = episodes.insert(TJORN, "caseworker.tjorn", aGroup()); // started 1 February
    Episode late = episodes.insert(TJORN, "caseworker.tjorn", new NewEpisode(new ClientRef("T-2"),
        Episode.SUPPORT_GROUP, "Stödgruppen", "grupp-2", LocalDate.of(2026, 6, 1), null, "Stöd", List.of(), null));
    Episode elsewhere = episodes.insert(TJORN, "caseworker.tjorn", new NewEpisode(new ClientRef("T-3"),
        Episode.SUPPORT_GROUP, "Familjeteamet", "grupp-3", LocalDate.of(2026, 2, 1), null, "Stöd", List.of(), null));
    Episode skovde = episodes.insert(SKOVDE, "caseworker.skovde", aGroup());
    Episode unanswered = episodes.insert(TJORN, "caseworker.tjorn", aGroup());
    for (Episode e : List.of(early, late, elsewhere)) {
      responses.insert(TJORN, answer(e.id(), "child-wellbeing", "start"));
    }
    responses.insert(TJORN, answer(early.id(), "parent-wellbeing", "start"));
    responses.insert(TJORN, answer(early.id(), "child-wellbeing", "end"));
    responses.insert(SKOVDE, answer(skovde.id(), "child-wellbeing", "start"));

    var read = responses.answeredWhere(TJORN, new EpisodeQuery(null, null, "Stödgruppen", false,
        LocalDate.of(2026, 5, 31)));

    assertThat(read).isEqualTo(responses.answered(TJORN, List.of(early.id(), unanswered.id())))
        .isEqualTo(Map.of(early.id(), Map.of("start", java.util.Set.of("child-wellbeing", "parent-wellbeing"),
            "end", java.util.Set.of("child-wellbeing"))));
    assertThat(responses.answeredWhere(TJORN, new EpisodeQuery(null, "caseworker.tjorn", null, true, null)))
        .containsOnlyKeys(early.id(), late.id(), elsewhere.id());
  }

  private static NewResponse answer(long episode, String instrument, String occasion) {
    return new NewResponse(episode, instrument, 1, occasion, LocalDate.of(2026, 3, 1), Map.of("q1", 2.0),
        Map.of("total", 9.0), new Demographics(Gender.GIRL, 12, TJORN, "Stödgruppen"));
  }

  private static NewEpisode aGroup() {
    return new NewEpisode(new ClientRef("T-1"), Episode.SUPPORT_GROUP, "Stödgruppen", "grupp-1",
        LocalDate.of(2026, 2, 1), LocalDate.of(2026, 5, 1), "Stöd", List.of("Må bättre"), "Tio träffar");
  }

  private static Episode withResult(Episode e, String result) {
    return new Episode(e.id(), e.client(), e.municipality(), e.type(), e.unit(), e.caseworker(), e.groupId(),
        e.start(), e.plannedEnd(), e.end(), e.purpose(), List.of(Goal.of("Må bättre")), e.content(), result,
        e.endReason(), e.revision());
  }
}
