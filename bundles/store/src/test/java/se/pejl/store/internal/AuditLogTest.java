package se.pejl.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.spi.JsonProvider;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.pejl.api.ClientRef;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.audit.AuditEntry;
import se.pejl.api.audit.AuditQuery;

/** The audit log as the store keeps it: the chain, list reads, the index by client and what verify finds. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AuditLogTest {
  static final MunicipalityCode TJORN = MunicipalityCode.of("1407");
  static final MunicipalityCode SKOVDE = MunicipalityCode.of("1496");

  @TempDir Path data;
  Database db;
  JdbcAuditRepository audit;

  @BeforeEach
  void open() {
    db = new Database(data, "WARNING");
    // The index by client is written here an hour after a list, so the tests see it before.
    audit = new JdbcAuditRepository(db, JsonProvider.provider(), Duration.ofHours(1));
  }

  @AfterEach
  void close() {
    audit.close();
    db.close();
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
}
