package se.pejl.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.spi.JsonProvider;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
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
import se.pejl.api.followup.EpisodeRevision.FieldChange;
import se.pejl.api.followup.Goal;
import se.pejl.api.followup.NewEpisode;
import se.pejl.api.followup.Response;
import se.pejl.api.store.Demographics;
import se.pejl.api.store.NewAnswer;
import se.pejl.api.store.StatisticsSink;
import se.pejl.api.survey.SurveyLink;

/** How statistics read everything once and then only what changed. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StatisticsSourceTest {
  static final MunicipalityCode TJORN = MunicipalityCode.of("1407");
  static final MunicipalityCode SKOVDE = MunicipalityCode.of("1496");
  static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");
  static final LocalDate MARCH = LocalDate.of(2026, 3, 1);

  @TempDir Path data;
  Database db;
  JpaEpisodeRepository episodes;
  JpaAnswerRepository answers;
  JpaResponseRepository responses;
  JpaSurveyLinkRepository links;
  JdbcStatisticsSource source;

  @BeforeEach
  void open() {
    db = new Database(data, "WARNING");
    AnswersJson json = new AnswersJson(JsonProvider.provider());
    episodes = new JpaEpisodeRepository(db);
    answers = new JpaAnswerRepository(db, json);
    responses = new JpaResponseRepository(db);
    links = new JpaSurveyLinkRepository(db, json);
    source = new JdbcStatisticsSource(db);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void every_commit_on_this_server_moves_its_count_so_a_reader_knows_when_to_ask() {
    long before = source.localCommits();

    episodes.insert(TJORN, "caseworker.tjorn", new NewEpisode(new ClientRef("T-2"), Episode.SUPPORT_GROUP,
        "Stödgruppen", null, LocalDate.of(2026, 2, 1), null, "Stöd", List.of("Må bättre"), null));

    assertThat(source.localCommits()).isGreaterThan(before);
    long after = source.localCommits();
    source.changedSince(null, new RecordingSink());
    assertThat(source.localCommits()).as("reading commits nothing").isEqualTo(after);
  }

  @Test
  void the_first_read_sends_every_row_with_every_field_in_the_sinks_order() {
    Episode group = episodes.insert(TJORN, "caseworker.tjorn", new NewEpisode(new ClientRef("T-1"),
        Episode.SUPPORT_GROUP, "Stödgruppen", "grupp-1", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 6, 30),
        "Stöd", List.of("Må bättre", "Våga fråga"), null));
    Episode talks = episodes.insert(SKOVDE, "caseworker.skovde", new NewEpisode(new ClientRef("S-1"),
        Episode.INDIVIDUAL_TALKS, "Samtal", null, LocalDate.of(2026, 1, 10), null, "Syfte", List.of("Mål"), " \n "));
    episodes.markNotApplicable(TJORN, group.id(), "followup-6m", "Flyttat", "caseworker.tjorn");
    Response given = answers.insert(TJORN, answer(group.id(), 2, 9.0, girl()), null);
    Response pending = answers.insert(SKOVDE, answer(talks.id(), 1, 4.0, null), null);
    SurveyLink groupLink = links.insert("a".repeat(64), link(null, "grupp-1"));
    Response anonymous = links.answer(groupLink.id(), answer(null, 3, 7.0, null), NOW);
    SurveyLink withdrawn = links.insert("b".repeat(64), link(group.id(), null));
    links.withdraw(TJORN, withdrawn.id(), NOW);
    RecordingSink sink = new RecordingSink();

    Instant latest = source.changedSince(null, sink);

    assertThat(writeTimes(sink)).as("each row says when it was written; the latest is returned")
        .doesNotContainNull().contains(latest).allMatch(t -> !t.isAfter(latest));
    sink.forgetWriteTimes();
    assertThat(sink.answers).containsOnly(
        Map.entry(given.id(), new StatisticsSink.Answer(given.id(), group.id(), null, "1407", "Stödgruppen",
            Gender.GIRL, 12, "child-wellbeing", 1, "start", MARCH)),
        Map.entry(pending.id(), new StatisticsSink.Answer(pending.id(), talks.id(), null, "1496", "Stödgruppen",
            null, null, "child-wellbeing", 1, "start", MARCH)),
        Map.entry(anonymous.id(), new StatisticsSink.Answer(anonymous.id(), null, "grupp-1", "1407", "Stödgruppen",
            null, null, "child-wellbeing", 1, "start", MARCH)));
    assertThat(sink.scores).isEqualTo(Map.of(given.id(), Map.of("total", 9.0), pending.id(), Map.of("total", 4.0),
        anonymous.id(), Map.of("total", 7.0)));
    assertThat(sink.items).isEqualTo(Map.of(given.id(), Map.of("q1", 2.0), pending.id(), Map.of("q1", 1.0),
        anonymous.id(), Map.of("q1", 3.0)));
    assertThat(sink.episodes).containsOnly(
        Map.entry(group.id(), new StatisticsSink.Episode(group.id(), "1407", "Stödgruppen", Episode.SUPPORT_GROUP,
            "grupp-1", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 6, 30), null, true, false, false)),
        Map.entry(talks.id(), new StatisticsSink.Episode(talks.id(), "1496", "Samtal", Episode.INDIVIDUAL_TALKS,
            null, LocalDate.of(2026, 1, 10), null, null, true, false, false)));
    assertThat(sink.goals).isEqualTo(Map.of(group.id(), nulls(2), talks.id(), nulls(1)));
    assertThat(sink.notApplicable).isEqualTo(Map.of(group.id(), List.of("followup-6m")));
    assertThat(sink.links).containsOnly(
        Map.entry(groupLink.id(), new StatisticsSink.SurveyLink(groupLink.id(), "1407", "Stödgruppen", null,
            "grupp-1", "child-wellbeing", "start", NOW.minus(1, ChronoUnit.DAYS), NOW.plus(7, ChronoUnit.DAYS), 1,
            false)),
        Map.entry(withdrawn.id(), new StatisticsSink.SurveyLink(withdrawn.id(), "1407", "Stödgruppen", group.id(),
            null, "child-wellbeing", "start", NOW.minus(1, ChronoUnit.DAYS), NOW.plus(7, ChronoUnit.DAYS), 0,
            true)));
    assertThat(sink.phases).isSorted().contains(0, 1, 2, 3, 4);
    assertThat(latest).isBetween(Instant.now().minusSeconds(60), Instant.now());
  }

  private static List<Instant> writeTimes(RecordingSink sink) {
    List<Instant> times = new java.util.ArrayList<>();
    sink.answers.values().forEach(a -> times.add(a.updatedAt()));
    sink.episodes.values().forEach(e -> times.add(e.updatedAt()));
    sink.links.values().forEach(l -> times.add(l.updatedAt()));
    return times;
  }

  @Test
  void a_later_read_sends_exactly_the_rows_changed_since_and_their_children() throws SQLException {
    Episode closing = episodes.insert(TJORN, "caseworker.tjorn", aGroup("T-1"));
    Episode marked = episodes.insert(TJORN, "caseworker.tjorn", aGroup("T-2"));
    Episode untouched = episodes.insert(TJORN, "caseworker.tjorn", aGroup("T-3"));
    Response revised = answers.insert(TJORN, answer(closing.id(), 2, 9.0, girl()), null);
    Response pending = answers.insert(TJORN, answer(marked.id(), 1, 4.0, null), null);
    answers.insert(TJORN, answer(untouched.id(), 0, 3.0, girl()), null);
    SurveyLink answered = links.insert("a".repeat(64), link(closing.id(), null));
    links.insert("b".repeat(64), link(marked.id(), null));
    Instant anHourAgo = storedEarlier(revised.id());
    Instant first = source.changedSince(null, new RecordingSink());

    answers.revise(TJORN, revised.id(), 1, Map.of("q1", 4), Map.of("q1", 4.0), Map.of("total", 12.0),
        "manager.tjorn", NOW, "Fel skalsteg");
    responses.completeSnapshot(pending.id(), new Demographics(Gender.BOY, 13, TJORN, "Stödgruppen"));
    episodes.save(TJORN, closedWithRatedGoals(episodes.find(TJORN, closing.id()).orElseThrow()),
        "caseworker.tjorn", List.of(new FieldChange("end", null, "2026-06-01")));
    episodes.markNotApplicable(TJORN, marked.id(), "followup-6m", "Flyttat", "caseworker.tjorn");
    Response viaLink = links.answer(answered.id(), answer(closing.id(), 1, 5.0, girl()), NOW);
    RecordingSink later = new RecordingSink();

    Instant second = source.changedSince(first.minusSeconds(1), later);

    assertThat(first).as("the latest change time read, as stored").isEqualTo(anHourAgo);
    assertThat(second).isAfter(first);
    assertThat(later.answers).containsOnlyKeys(revised.id(), pending.id(), viaLink.id());
    assertThat(later.answers.get(pending.id()).gender()).isEqualTo(Gender.BOY);
    assertThat(later.answers.get(pending.id()).age()).isEqualTo(13);
    assertThat(later.scores).isEqualTo(Map.of(revised.id(), Map.of("total", 12.0),
        pending.id(), Map.of("total", 4.0), viaLink.id(), Map.of("total", 5.0)));
    assertThat(later.items).containsOnlyKeys(revised.id(), pending.id(), viaLink.id())
        .containsEntry(revised.id(), Map.of("q1", 4.0));
    assertThat(later.episodes).containsOnlyKeys(closing.id(), marked.id());
    assertThat(later.episodes.get(closing.id()).end()).isEqualTo(LocalDate.of(2026, 6, 1));
    assertThat(later.episodes.get(closing.id()).resultWritten()).isTrue();
    assertThat(later.goals).isEqualTo(Map.of(closing.id(), List.of(2, -1), marked.id(), nulls(2)));
    assertThat(later.notApplicable).isEqualTo(Map.of(marked.id(), List.of("followup-6m")));
    assertThat(later.links).containsOnlyKeys(answered.id());
    assertThat(later.links.get(answered.id()).answers()).isEqualTo(1);
    assertThat(later.phases).isSorted();
    // The revised answer was the first read's newest row, so a read from before it sends it anyway;
    // a read from just after it shows that the revision itself moved it.
    RecordingSink afterFirst = new RecordingSink();
    source.changedSince(first.plusMillis(1), afterFirst);
    assertThat(afterFirst).usingRecursiveComparison().isEqualTo(later);
  }

  @Test
  void a_read_with_nothing_changed_sends_nothing_and_returns_since() {
    Episode e = episodes.insert(TJORN, "caseworker.tjorn", aGroup("T-1"));
    answers.insert(TJORN, answer(e.id(), 2, 9.0, girl()), null);
    Instant future = Instant.now().plus(1, ChronoUnit.HOURS);
    RecordingSink sink = new RecordingSink();

    assertThat(source.changedSince(future, sink)).isEqualTo(future);
    assertThat(sink.phases).isEmpty();
  }

  /**
   * Dates every row two hours back, as if stored then, so that what the test changes next is
   * clearly later without waiting; one answer an hour back, as the newest change the first read
   * finds. Returns that hour.
   */
  private Instant storedEarlier(long newestAnswer) throws SQLException {
    Instant twoHoursAgo = Instant.now().minus(2, ChronoUnit.HOURS);
    Instant anHourAgo = twoHoursAgo.plus(1, ChronoUnit.HOURS);
    try (Connection c = PreviousRelease.dataSource(data.resolve("db")).getConnection()) {
      for (String table : List.of("RESPONSE", "EPISODE", "SURVEY_LINK")) {
        try (PreparedStatement p = c.prepareStatement("UPDATE " + table + " SET UPDATED_AT = ?")) {
          p.setTimestamp(1, Timestamp.from(twoHoursAgo));
          p.executeUpdate();
        }
      }
      try (PreparedStatement p = c.prepareStatement("UPDATE RESPONSE SET UPDATED_AT = ? WHERE ID = ?")) {
        p.setTimestamp(1, Timestamp.from(anHourAgo));
        p.setLong(2, newestAnswer);
        p.executeUpdate();
      }
    }
    return anHourAgo;
  }

  private static Episode closedWithRatedGoals(Episode e) {
    return new Episode(e.id(), e.client(), e.municipality(), e.type(), e.unit(), e.caseworker(), e.groupId(),
        e.start(), e.plannedEnd(), LocalDate.of(2026, 6, 1), e.purpose(),
        List.of(new Goal(e.goals().get(0).text(), 2), new Goal(e.goals().get(1).text(), -1)), e.content(),
        "Mår bättre", "completed", e.revision());
  }

  private static NewEpisode aGroup(String client) {
    return new NewEpisode(new ClientRef(client), Episode.SUPPORT_GROUP, "Stödgruppen", LocalDate.of(2026, 2, 1),
        "Stöd", List.of("Må bättre", "Våga fråga"));
  }

  private static NewAnswer answer(Long episodeId, int q1, double total, Demographics demographics) {
    return new NewAnswer(episodeId, episodeId == null ? "grupp-1" : null, "Stödgruppen", "child-wellbeing", 1,
        "start", MARCH, Map.of("q1", q1), Map.of("q1", (double) q1), Map.of("total", total), demographics,
        "caseworker");
  }

  private static Demographics girl() {
    return new Demographics(Gender.GIRL, 12, TJORN, "Stödgruppen");
  }

  private static SurveyLink link(Long episodeId, String groupId) {
    return new SurveyLink(0, TJORN, episodeId, groupId, "Stödgruppen", "start", "child-wellbeing", "sv",
        "caseworker.tjorn", NOW.minus(1, ChronoUnit.DAYS), NOW.plus(7, ChronoUnit.DAYS), null, null, 0);
  }

  private static List<Integer> nulls(int goals) {
    return Collections.nCopies(goals, null);
  }
}
