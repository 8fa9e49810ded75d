package se.pejl.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.spi.JsonProvider;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
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
import se.pejl.api.audit.AuditEntry;
import se.pejl.api.audit.AuditQuery;
import se.pejl.api.followup.Episode;
import se.pejl.api.followup.EpisodeOutline;
import se.pejl.api.followup.EpisodeQuery;
import se.pejl.api.followup.EpisodeRevision.FieldChange;
import se.pejl.api.followup.Goal;
import se.pejl.api.followup.NewEpisode;
import se.pejl.api.store.Demographics;
import se.pejl.api.store.NewResponse;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AuditAndRevisionsTest {
  static final MunicipalityCode TJORN = MunicipalityCode.of("1407");
  static final MunicipalityCode SKOVDE = MunicipalityCode.of("1496");

  @TempDir Path data;
  Database db;
  JpaEpisodeRepository episodes;
  JpaResponseRepository responses;
  JdbcAuditRepository audit;

  @BeforeEach
  void open() {
    db = new Database(data, "WARNING");
    episodes = new JpaEpisodeRepository(db);
    responses = new JpaResponseRepository(db);
    // The index by client is written when asked by client, or here an hour after a list.
    audit = new JdbcAuditRepository(db, JsonProvider.provider(), Duration.ofHours(1));
  }

  @AfterEach
  void close() {
    audit.close();
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

  @Test
  void the_audit_chain_holds_per_municipality_and_breaks_when_a_row_is_changed() throws Exception {
    Instant t = Instant.parse("2026-05-01T10:00:00Z");
    audit.append(TJORN, t, "caseworker.tjorn", new ClientRef("T-1"), "episode 1", "GET /pejl/api/episodes/1");
    audit.append(SKOVDE, t, "caseworker.skovde", new ClientRef("S-1"), "episode 2", "GET /pejl/api/episodes/2");
    var third = audit.append(TJORN, t.plusSeconds(5), "manager.tjorn", new ClientRef("T-2"), "client", "GET /pejl/api/clients/T-2");

    assertThat(third.sequence()).isEqualTo(2);
    assertThat(audit.verify(TJORN).intact()).isTrue();
    assertThat(audit.find(TJORN, new AuditQuery("manager.tjorn", null, null, null, 10)))
        .singleElement().satisfies(a -> assertThat(a.client()).isEqualTo(new ClientRef("T-2")));
    assertThat(audit.find(TJORN, new AuditQuery(null, null, LocalDate.of(2026, 5, 2), null, 10))).isEmpty();

    try (Connection c = DriverManager.getConnection("jdbc:derby:" + data.resolve("db").toAbsolutePath())) {
      c.createStatement().executeUpdate("UPDATE AUDIT_ENTRY SET USER_ID = 'someone.else' WHERE SEQ = 1 AND MUNICIPALITY = '1407'");
    }
    var check = audit.verify(TJORN);
    assertThat(check.intact()).isFalse();
    assertThat(check.firstBroken()).isEqualTo(1);
    assertThat(audit.verify(SKOVDE).intact()).isTrue();
  }

  @Test
  void entries_written_in_the_hour_the_clocks_go_back_keep_their_time_and_the_chain_holds() {
    java.util.TimeZone zone = java.util.TimeZone.getDefault();
    java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Europe/Stockholm"));
    try {
      // 02:30 summer time, then 02:30 winter time, on the night of 26 October 2025.
      Instant summer = Instant.parse("2025-10-26T00:30:00Z");
      Instant winter = Instant.parse("2025-10-26T01:30:00Z");
      audit.append(TJORN, summer, "caseworker.tjorn", new ClientRef("T-1"), "episode 1", "GET /pejl/api/episodes/1");
      audit.append(TJORN, winter, "caseworker.tjorn", new ClientRef("T-1"), "episode 1", "GET /pejl/api/episodes/1");

      assertThat(audit.verify(TJORN).intact()).isTrue();
      assertThat(audit.find(TJORN, new AuditQuery(null, null, null, null, 10)))
          .extracting(AuditEntry::at).containsExactly(winter, summer);
    } finally {
      java.util.TimeZone.setDefault(zone);
    }
  }

  @Test
  void a_list_read_is_one_entry_naming_every_client_and_each_client_finds_it() {
    Instant t = Instant.parse("2026-05-01T10:00:00Z");
    audit.append(TJORN, t, "caseworker.tjorn", new ClientRef("T-1"), "episode 1", "GET /pejl/api/episodes/1");

    var written = audit.appendAll(TJORN, t.plusSeconds(1), "manager.tjorn", aListOf(500), "occasions",
        "report coverage");

    assertThat(written).hasSize(500).extracting(AuditEntry::sequence).containsOnly(2L);
    assertThat(written).extracting(AuditEntry::client).startsWith(new ClientRef("T-100"), new ClientRef("T-101"));
    assertThat(audit.verify(TJORN)).satisfies(check -> {
      assertThat(check.intact()).isTrue();
      assertThat(check.entries()).isEqualTo(2);
    });
    var next = audit.append(TJORN, t.plusSeconds(2), "manager.tjorn", new ClientRef("T-2"), "client", "GET /pejl/api/clients/T-2");
    assertThat(next.sequence()).isEqualTo(3);
    assertThat(audit.verify(TJORN).intact()).isTrue();
    assertThat(audit.find(TJORN, new AuditQuery(null, new ClientRef("T-350"), null, null, 10)))
        .singleElement().satisfies(a -> {
          assertThat(a.endpoint()).isEqualTo("report coverage");
          assertThat(a.user()).isEqualTo("manager.tjorn");
          assertThat(a.at()).isEqualTo(t.plusSeconds(1));
        });
    // Newest first, a list's clients in the order read, as many lines as asked for.
    assertThat(audit.find(TJORN, new AuditQuery("manager.tjorn", null, null, null, 4)))
        .extracting(a -> a.client().value()).containsExactly("T-2", "T-100", "T-101", "T-102");
    assertThat(audit.find(TJORN, new AuditQuery(null, null, null, null, 1000))).hasSize(502)
        .last().satisfies(a -> assertThat(a.client()).isEqualTo(new ClientRef("T-1")));
    assertThat(audit.find(TJORN, new AuditQuery("caseworker.tjorn", new ClientRef("T-350"), null, null, 10)))
        .isEmpty();
    assertThat(audit.find(SKOVDE, new AuditQuery(null, new ClientRef("T-350"), null, null, 10))).isEmpty();
  }

  @Test
  void a_client_taken_out_of_a_list_read_or_put_into_one_breaks_the_chain_there() throws Exception {
    Instant t = Instant.parse("2026-05-01T10:00:00Z");
    audit.append(TJORN, t, "caseworker.tjorn", new ClientRef("T-1"), "episode 1", "GET /pejl/api/episodes/1");
    audit.appendAll(TJORN, t.plusSeconds(1), "manager.tjorn", aListOf(120), "occasions", "report coverage");
    audit.appendAll(SKOVDE, t.plusSeconds(1), "manager.skovde", aListOf(3), "occasions", "report coverage");
    audit.append(TJORN, t.plusSeconds(2), "manager.tjorn", new ClientRef("T-2"), "client", "GET /pejl/api/clients/T-2");

    try (Connection c = DriverManager.getConnection("jdbc:derby:" + data.resolve("db").toAbsolutePath())) {
      // In the list entry itself.
      rewriteClients(c, 2, named -> named.replace("\"T-150\",", ""));
      assertThat(audit.verify(TJORN).firstBroken()).isEqualTo(2);
      rewriteClients(c, 2, named -> named.replace("\"T-151\"", "\"T-150\",\"T-151\""));
      assertThat(audit.verify(TJORN).intact()).isTrue();
      rewriteClients(c, 2, named -> named.replace("\"T-151\"", "\"T-151\",\"T-9\""));
      assertThat(audit.verify(TJORN).firstBroken()).isEqualTo(2);
      rewriteClients(c, 2, named -> named.replace(",\"T-9\"", ""));
      assertThat(audit.verify(TJORN).intact()).isTrue();

      // In the index by client, once it has come to the list.
      indexAll(TJORN);
      assertThat(audit.find(TJORN, new AuditQuery(null, new ClientRef("T-150"), null, null, 10))).hasSize(1);
      c.createStatement().executeUpdate(
          "DELETE FROM AUDIT_LIST_CLIENT WHERE MUNICIPALITY = '1407' AND CLIENT_REF = 'T-150'");
      assertThat(audit.verify(TJORN).firstBroken()).isEqualTo(2);
      c.createStatement().executeUpdate(
          "INSERT INTO AUDIT_LIST_CLIENT (MUNICIPALITY, SEQ, POSITION, CLIENT_REF) VALUES ('1407', 2, 50, 'T-150')");
      assertThat(audit.verify(TJORN).intact()).isTrue();
      c.createStatement().executeUpdate(
          "INSERT INTO AUDIT_LIST_CLIENT (MUNICIPALITY, SEQ, POSITION, CLIENT_REF) VALUES ('1407', 2, 500, 'T-9')");
    }
    var check = audit.verify(TJORN);
    assertThat(check.intact()).isFalse();
    assertThat(check.firstBroken()).isEqualTo(2);
    assertThat(check.entries()).isEqualTo(3);
    assertThat(audit.verify(SKOVDE).intact()).isTrue();
  }

  @Test
  void the_index_by_client_follows_a_list_after_the_delay_and_verify_holds_it_to_the_lists() throws Exception {
    Instant t = Instant.parse("2026-05-01T10:00:00Z");
    JdbcAuditRepository soon = new JdbcAuditRepository(db, JsonProvider.provider(), Duration.ZERO);
    try (Connection c = DriverManager.getConnection("jdbc:derby:" + data.resolve("db").toAbsolutePath())) {
      soon.appendAll(TJORN, t, "manager.tjorn", aListOf(50), "occasions", "report coverage");
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (count(c, "SELECT COUNT(*) FROM AUDIT_LIST_CLIENT WHERE SEQ = 1") < 50 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(count(c, "SELECT COUNT(*) FROM AUDIT_LIST_CLIENT WHERE SEQ = 1")).isEqualTo(50);
      assertThat(count(c, "SELECT SEQ FROM AUDIT_LIST_INDEXED WHERE MUNICIPALITY = '1407'")).isEqualTo(1);
      soon.close();

      // Not yet in the index: found by client all the same, from its own names, and nothing written.
      audit.appendAll(TJORN, t.plusSeconds(1), "manager.tjorn", aListOf(3), "occasions", "report coverage");
      assertThat(audit.find(TJORN, new AuditQuery(null, new ClientRef("T-102"), null, null, 10)))
          .extracting(AuditEntry::sequence).containsExactly(2L, 1L);
      assertThat(audit.find(TJORN, new AuditQuery("manager.tjorn", new ClientRef("T-102"), null, null, 1)))
          .extracting(AuditEntry::sequence).containsExactly(2L);
      assertThat(count(c, "SELECT COUNT(*) FROM AUDIT_LIST_CLIENT WHERE SEQ = 2")).isZero();
      assertThat(audit.verify(TJORN).intact()).isTrue();

      // Rows put in ahead of the index are no read.
      c.createStatement().executeUpdate(
          "INSERT INTO AUDIT_LIST_CLIENT (MUNICIPALITY, SEQ, POSITION, CLIENT_REF) VALUES ('1407', 2, 0, 'T-100')");
      assertThat(audit.verify(TJORN).firstBroken()).isEqualTo(2);
      c.createStatement().executeUpdate("DELETE FROM AUDIT_LIST_CLIENT WHERE SEQ = 2");
      assertThat(audit.verify(TJORN).intact()).isTrue();

      // The index's mark moved back: rows of a list after it.
      c.createStatement().executeUpdate("UPDATE AUDIT_LIST_INDEXED SET SEQ = 0");
      assertThat(audit.verify(TJORN).firstBroken()).isEqualTo(1);
      // Moved on: past a list it has no rows for, or onto no list (later lists would never be taken in).
      c.createStatement().executeUpdate("UPDATE AUDIT_LIST_INDEXED SET SEQ = 2");
      assertThat(audit.verify(TJORN).firstBroken()).isEqualTo(2);
      c.createStatement().executeUpdate("UPDATE AUDIT_LIST_INDEXED SET SEQ = 9");
      assertThat(audit.verify(TJORN).firstBroken()).isEqualTo(2);
      c.createStatement().executeUpdate("UPDATE AUDIT_LIST_INDEXED SET SEQ = 1");
      assertThat(audit.verify(TJORN).intact()).isTrue();
      indexAll(TJORN);
      assertThat(count(c, "SELECT COUNT(*) FROM AUDIT_LIST_CLIENT WHERE SEQ = 2")).isEqualTo(3);
      assertThat(audit.verify(TJORN).intact()).isTrue();

      // A list's names made unreadable: broken, and the log still lists the rest.
      rewriteClients(c, 2, named -> "not a list");
    }
    assertThat(audit.verify(TJORN).firstBroken()).isEqualTo(2);
    assertThat(audit.find(TJORN, new AuditQuery(null, null, null, null, 100))).hasSize(50);
  }

  /** What the background task does a while after a list, at once. */
  private void indexAll(MunicipalityCode m) {
    ListClients codec = new ListClients(JsonProvider.provider());
    while (db.writeJdbc(c -> ListIndex.indexNext(c, m, codec))) {
      // next list
    }
  }

  private void rewriteClients(Connection c, long sequence, java.util.function.UnaryOperator<String> change)
      throws Exception {
    String named;
    try (var read = c.prepareStatement("SELECT CLIENTS FROM AUDIT_ENTRY WHERE MUNICIPALITY = '1407' AND SEQ = ?")) {
      read.setLong(1, sequence);
      try (var rs = read.executeQuery()) {
        assertThat(rs.next()).isTrue();
        named = rs.getString(1);
      }
    }
    try (var write = c.prepareStatement("UPDATE AUDIT_ENTRY SET CLIENTS = ? WHERE MUNICIPALITY = '1407' AND SEQ = ?")) {
      write.setString(1, change.apply(named));
      write.setLong(2, sequence);
      assertThat(write.executeUpdate()).isEqualTo(1);
    }
  }

  private static long count(Connection c, String sql) throws Exception {
    try (var rs = c.createStatement().executeQuery(sql)) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  @Test
  void a_client_put_beside_an_entry_of_one_or_a_list_made_of_one_is_no_read_and_breaks_the_chain()
      throws Exception {
    Instant t = Instant.parse("2026-05-01T10:00:00Z");
    audit.append(TJORN, t, "caseworker.tjorn", new ClientRef("list of 0"), "episode 1", "GET /pejl/api/episodes/1");
    audit.append(TJORN, t, "caseworker.tjorn", new ClientRef("T-1"), "episode 1", "GET /pejl/api/episodes/1");
    audit.appendAll(TJORN, t.plusSeconds(1), "manager.tjorn", aListOf(3), "occasions", "report coverage");

    try (Connection c = DriverManager.getConnection("jdbc:derby:" + data.resolve("db").toAbsolutePath())) {
      c.createStatement().executeUpdate(
          "INSERT INTO AUDIT_LIST_CLIENT (MUNICIPALITY, SEQ, POSITION, CLIENT_REF) VALUES ('1407', 2, 0, 'T-9')");
      assertThat(audit.find(TJORN, new AuditQuery(null, new ClientRef("T-9"), null, null, 10))).isEmpty();
      assertThat(audit.verify(TJORN).firstBroken()).isEqualTo(2);
      c.createStatement().executeUpdate("DELETE FROM AUDIT_LIST_CLIENT WHERE SEQ = 2");
      c.createStatement().executeUpdate(
          "INSERT INTO AUDIT_LIST_CLIENT (MUNICIPALITY, SEQ, POSITION, CLIENT_REF) VALUES ('1407', 9, 0, 'T-9')");
      assertThat(audit.verify(TJORN).firstBroken()).isEqualTo(9);
      c.createStatement().executeUpdate("DELETE FROM AUDIT_LIST_CLIENT WHERE SEQ = 9");
      assertThat(audit.verify(TJORN).intact()).isTrue();
      // The read of a client named like a list's count, made into a list of none.
      c.createStatement().executeUpdate("UPDATE AUDIT_ENTRY SET CLIENT_REF = NULL WHERE SEQ = 1");
    }
    assertThat(audit.verify(TJORN).firstBroken()).isEqualTo(1);
  }

  private static List<ClientRef> aListOf(int clients) {
    return java.util.stream.IntStream.range(0, clients).mapToObj(i -> new ClientRef("T-" + (100 + i))).toList();
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
