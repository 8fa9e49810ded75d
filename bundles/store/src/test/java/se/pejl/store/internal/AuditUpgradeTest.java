package se.pejl.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.spi.JsonProvider;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.pejl.api.ClientRef;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.audit.AuditEntry;
import se.pejl.api.audit.AuditQuery;

/**
 * Audit logs written by earlier schemas, read after the upgrade: by 6, an entry per client of a
 * list; by 7, a list's clients in their index rows only.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AuditUpgradeTest {
  static final MunicipalityCode TJORN = MunicipalityCode.of("1407");
  @TempDir Path data;

  @Test
  void a_chain_of_entries_per_client_stays_intact_and_found_after_the_upgrade_and_goes_on_with_lists()
      throws Exception {
    EmbeddedDataSource v6 = SchemaMigrationTest.newDatabase(data.resolve("db"));
    new SchemaMigration(v6, "db/test/up-to-v6.xml").run();
    Instant at = Instant.parse("2026-03-01T09:00:00Z");
    try (Connection c = v6.getConnection()) {
      String previous = AuditChain.GENESIS;
      long sequence = 1;
      for (String client : List.of("T-1", "T-2", "T-3")) {
        AuditEntry e = new AuditEntry(sequence++, at, "manager.tjorn", TJORN, new ClientRef(client), "occasions",
            "report coverage", null);
        String hash = AuditChain.hash(previous, e);
        try (PreparedStatement p = c.prepareStatement("INSERT INTO AUDIT_ENTRY (MUNICIPALITY, SEQ, READ_AT, USER_ID,"
            + " CLIENT_REF, WHAT, ENDPOINT, PREV_HASH, HASH, READ_AT_NANOS) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
          p.setString(1, TJORN.value());
          p.setLong(2, e.sequence());
          p.setTimestamp(3, Timestamp.from(at));
          p.setString(4, e.user());
          p.setString(5, client);
          p.setString(6, e.what());
          p.setString(7, e.endpoint());
          p.setString(8, previous);
          p.setString(9, hash);
          p.setLong(10, at.getEpochSecond() * 1_000_000_000L);
          p.executeUpdate();
        }
        previous = hash;
      }
    }
    PreviousRelease.shutdown(v6);

    Database db = new Database(data, "WARNING");
    JdbcAuditRepository audit = new JdbcAuditRepository(db, JsonProvider.provider(), Duration.ofHours(1));
    try {
      assertThat(audit.verify(TJORN).intact()).isTrue();
      assertThat(audit.find(TJORN, new AuditQuery(null, new ClientRef("T-2"), null, null, 10)))
          .singleElement().satisfies(e -> assertThat(e.sequence()).isEqualTo(2));

      audit.appendAll(TJORN, at.plusSeconds(60), "manager.tjorn",
          List.of(new ClientRef("T-2"), new ClientRef("T-4")), "occasions", "report coverage");

      assertThat(audit.verify(TJORN)).satisfies(check -> {
        assertThat(check.intact()).isTrue();
        assertThat(check.entries()).isEqualTo(4);
      });
      assertThat(audit.find(TJORN, new AuditQuery(null, new ClientRef("T-2"), null, null, 10)))
          .extracting(AuditEntry::sequence).containsExactly(4L, 2L);
    } finally {
      audit.close();
      db.close();
    }
  }

  @Test
  void lists_written_by_schema_7_stay_intact_and_found_after_the_upgrade_beside_new_ones() throws Exception {
    EmbeddedDataSource v7 = SchemaMigrationTest.newDatabase(data.resolve("db"));
    new SchemaMigration(v7, "db/test/up-to-v7.xml").run();
    Instant at = Instant.parse("2026-10-01T09:00:00Z");
    List<ClientRef> clients = List.of(new ClientRef("T-1"), new ClientRef("T-2"), new ClientRef("T-3"));
    try (Connection c = v7.getConnection()) {
      AuditEntry list = new AuditEntry(1, at, "manager.tjorn", TJORN, null, "occasions", "report coverage", null);
      try (PreparedStatement p = c.prepareStatement("INSERT INTO AUDIT_ENTRY (MUNICIPALITY, SEQ, READ_AT, USER_ID,"
          + " CLIENT_REF, WHAT, ENDPOINT, PREV_HASH, HASH, READ_AT_NANOS) VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?, ?)")) {
        p.setString(1, TJORN.value());
        p.setLong(2, 1);
        p.setTimestamp(3, Timestamp.from(at));
        p.setString(4, list.user());
        p.setString(5, list.what());
        p.setString(6, list.endpoint());
        p.setString(7, AuditChain.GENESIS);
        p.setString(8, AuditChain.hash(AuditChain.GENESIS, list, clients));
        p.setLong(9, at.getEpochSecond() * 1_000_000_000L);
        p.executeUpdate();
      }
      AuditRows.insertList(c, TJORN, 1, clients);
    }
    PreviousRelease.shutdown(v7);

    Database db = new Database(data, "WARNING");
    JdbcAuditRepository audit = new JdbcAuditRepository(db, JsonProvider.provider(), Duration.ofHours(1));
    try {
      assertThat(audit.verify(TJORN).intact()).isTrue();
      assertThat(audit.find(TJORN, new AuditQuery(null, null, null, null, 10)))
          .extracting(e -> e.client().value()).containsExactly("T-1", "T-2", "T-3");

      audit.appendAll(TJORN, at.plusSeconds(60), "manager.tjorn",
          List.of(new ClientRef("T-2"), new ClientRef("T-4")), "occasions", "report coverage");

      assertThat(audit.verify(TJORN)).satisfies(check -> {
        assertThat(check.intact()).isTrue();
        assertThat(check.entries()).isEqualTo(2);
      });
      assertThat(audit.find(TJORN, new AuditQuery(null, new ClientRef("T-2"), null, null, 10)))
          .extracting(AuditEntry::sequence).containsExactly(2L, 1L);
      assertThat(audit.verify(TJORN).intact()).isTrue();
    } finally {
      audit.close();
      db.close();
    }
  }
}
