package se.pejl.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.spi.JsonProvider;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
import se.pejl.api.NotFoundException;
import se.pejl.api.followup.Episode;
import se.pejl.api.followup.NewEpisode;
import se.pejl.api.followup.Response;
import se.pejl.api.store.Demographics;
import se.pejl.api.store.NewAnswer;
import se.pejl.api.survey.SurveyLink;
import se.pejl.api.survey.SurveyLinkClosedException;
import se.pejl.api.survey.SurveyLinkStatus;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AnswersDraftsAndSurveyLinksTest {
  static final MunicipalityCode TJORN = MunicipalityCode.of("1407");
  static final MunicipalityCode SKOVDE = MunicipalityCode.of("1496");
  static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

  @TempDir Path data;
  Database db;
  AnswersJson json;
  JpaEpisodeRepository episodes;
  JpaResponseRepository responses;
  JpaAnswerRepository answers;
  JpaDraftRepository drafts;
  JpaSurveyLinkRepository links;
  Episode episode;

  @BeforeEach
  void open() {
    db = new Database(data, "WARNING");
    json = new AnswersJson(JsonProvider.provider());
    episodes = new JpaEpisodeRepository(db);
    responses = new JpaResponseRepository(db);
    answers = new JpaAnswerRepository(db, json);
    drafts = new JpaDraftRepository(db, json);
    links = new JpaSurveyLinkRepository(db, json);
    episode = episodes.insert(TJORN, "caseworker.tjorn", new NewEpisode(new ClientRef("T-1"),
        Episode.SUPPORT_GROUP, "Stödgruppen", "grupp-1", LocalDate.of(2026, 2, 1), null, "Stöd",
        List.of("Må bättre"), null));
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void an_edit_keeps_the_earlier_revision_and_statistics_count_only_the_current_one() {
    Response r = answers.insert(TJORN, answer(2, 9.0, "caseworker.tjorn"), null);

    var second = answers.revise(TJORN, r.id(), 1, Map.of("q1", 4, "note", "Skrev fel"), Map.of("q1", 4.0),
        Map.of("total", 12.0), "manager.tjorn", NOW, "Fel skalsteg");

    assertThat(second.revision()).isEqualTo(2);
    var all = answers.revisions(TJORN, r.id());
    assertThat(all).extracting(v -> v.revision(), v -> v.changedBy(), v -> v.reason(), v -> v.scores().get("total"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "caseworker.tjorn", null, 9.0),
            org.assertj.core.groups.Tuple.tuple(2, "manager.tjorn", "Fel skalsteg", 12.0));
    assertThat(all.get(0).answers()).isEqualTo(Map.of("q1", 2));
    assertThat(all.get(1).answers()).isEqualTo(Map.of("q1", 4, "note", "Skrev fel"));
    assertThat(responses.scores("child-wellbeing", "total")).singleElement()
        .satisfies(o -> assertThat(o.score()).isEqualTo(12.0));
    assertThat(answers.current(SKOVDE, r.id())).isEmpty();
    assertThat(answers.revisions(SKOVDE, r.id())).isEmpty();
  }

  @Test
  void an_edit_made_from_an_old_revision_is_refused() {
    Response r = answers.insert(TJORN, answer(2, 9.0, "caseworker.tjorn"), null);
    answers.revise(TJORN, r.id(), 1, Map.of("q1", 3), Map.of("q1", 3.0), Map.of("total", 10.0), "a", NOW, "x");

    assertThatThrownBy(() -> answers.revise(TJORN, r.id(), 1, Map.of("q1", 0), Map.of("q1", 0.0),
        Map.of("total", 1.0), "b", NOW, "y")).isInstanceOf(ConflictException.class);
    assertThat(answers.current(TJORN, r.id())).get().satisfies(c -> assertThat(c.revision()).isEqualTo(2));
  }

  @Test
  void a_draft_is_kept_replaced_and_removed_when_it_is_submitted_once() {
    var d = drafts.insert(TJORN, episode.id(), "child-wellbeing", "start", null, Map.of("q1", 2), "caseworker.tjorn", NOW);
    drafts.replace(TJORN, d.id(), LocalDate.of(2026, 4, 30), Map.of("q1", 3, "q2", List.of(1, 2), "q3", "text"),
        "manager.tjorn", NOW.plusSeconds(60));

    assertThat(drafts.find(TJORN, d.id())).get().satisfies(x -> {
      assertThat(x.answers()).isEqualTo(Map.of("q1", 3, "q2", List.of(1, 2), "q3", "text"));
      assertThat(x.updatedBy()).isEqualTo("manager.tjorn");
      assertThat(x.createdBy()).isEqualTo("caseworker.tjorn");
    });
    assertThat(drafts.find(SKOVDE, d.id())).isEmpty();
    assertThat(drafts.ofEpisode(TJORN, episode.id())).hasSize(1);

    answers.insert(TJORN, answer(3, 10.0, "caseworker.tjorn"), d.id());

    assertThat(drafts.find(TJORN, d.id())).isEmpty();
    assertThatThrownBy(() -> answers.insert(TJORN, answer(3, 10.0, "caseworker.tjorn"), d.id()))
        .isInstanceOf(NotFoundException.class);
    assertThat(responses.ofEpisode(TJORN, episode.id())).hasSize(1);
  }

  @Test
  void a_personal_link_is_found_by_its_token_hash_and_takes_one_answer() {
    SurveyLink link = links.insert("a".repeat(64), link(episode.id(), null, NOW.plus(7, ChronoUnit.DAYS)));
    assertThat(links.findByTokenHash("a".repeat(64))).get().extracting(SurveyLink::id).isEqualTo(link.id());
    assertThat(links.findByTokenHash("b".repeat(64))).isEmpty();

    links.answer(link.id(), answer(2, 9.0, "survey-link " + link.id()), NOW);

    assertThat(links.find(TJORN, link.id())).get().satisfies(l -> {
      assertThat(l.status(NOW)).isEqualTo(SurveyLinkStatus.USED);
      assertThat(l.answers()).isEqualTo(1);
    });
    assertThatThrownBy(() -> links.answer(link.id(), answer(1, 5.0, "survey-link " + link.id()), NOW))
        .isInstanceOfSatisfying(SurveyLinkClosedException.class,
            e -> assertThat(e.status()).isEqualTo(SurveyLinkStatus.USED));
    assertThat(responses.ofEpisode(TJORN, episode.id())).hasSize(1);
  }

  @Test
  void an_expired_or_withdrawn_link_stores_nothing() {
    SurveyLink expired = links.insert("c".repeat(64), link(episode.id(), null, NOW.minusSeconds(1)));
    SurveyLink withdrawn = links.insert("d".repeat(64), link(episode.id(), null, NOW.plus(7, ChronoUnit.DAYS)));
    links.withdraw(TJORN, withdrawn.id(), NOW);

    assertThatThrownBy(() -> links.answer(expired.id(), answer(2, 9.0, "x"), NOW))
        .isInstanceOfSatisfying(SurveyLinkClosedException.class,
            e -> assertThat(e.status()).isEqualTo(SurveyLinkStatus.EXPIRED));
    assertThatThrownBy(() -> links.answer(withdrawn.id(), answer(2, 9.0, "x"), NOW))
        .isInstanceOfSatisfying(SurveyLinkClosedException.class,
            e -> assertThat(e.status()).isEqualTo(SurveyLinkStatus.WITHDRAWN));
    assertThatThrownBy(() -> links.withdraw(SKOVDE, expired.id(), NOW)).isInstanceOf(NotFoundException.class);
    assertThat(responses.ofEpisode(TJORN, episode.id())).isEmpty();
    assertThat(links.ofEpisode(TJORN, episode.id())).hasSize(2);
  }

  @Test
  void group_answers_are_anonymous_never_wait_for_a_snapshot_and_stay_out_of_per_episode_statistics() {
    SurveyLink group = links.insert("e".repeat(64), link(null, "grupp-1", NOW.plus(1, ChronoUnit.DAYS)));
    for (int child = 0; child < 3; child++) {
      links.answer(group.id(), new NewAnswer(null, "grupp-1", "Stödgruppen", "child-wellbeing", 1, "start",
          LocalDate.of(2026, 5, 1), Map.of("q1", child), Map.of("q1", (double) child), Map.of("total", 5.0 + child),
          null, "survey-link " + group.id()), NOW);
    }

    assertThat(links.ofGroup(TJORN, "grupp-1")).singleElement().satisfies(l -> {
      assertThat(l.answers()).isEqualTo(3);
      assertThat(l.status(NOW)).isEqualTo(SurveyLinkStatus.OPEN);
    });
    assertThat(responses.pendingSnapshots(10)).isEmpty();
    assertThat(responses.scores("child-wellbeing", "total")).isEmpty();
    assertThat(responses.ofEpisode(TJORN, episode.id())).isEmpty();
  }

  private NewAnswer answer(int q1, double total, String by) {
    return new NewAnswer(episode.id(), null, "Stödgruppen", "child-wellbeing", 1, "start", LocalDate.of(2026, 3, 1),
        Map.of("q1", q1), Map.of("q1", (double) q1), Map.of("total", total),
        new Demographics(Gender.GIRL, 12, TJORN, "Stödgruppen"), by);
  }

  private static SurveyLink link(Long episodeId, String groupId, Instant expires) {
    return new SurveyLink(0, TJORN, episodeId, groupId, "Stödgruppen", "start", "child-wellbeing", "sv",
        "caseworker.tjorn", NOW.minus(1, ChronoUnit.DAYS), expires, null, null, 0);
  }
}
