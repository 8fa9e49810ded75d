package se.pejl.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
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

/** An audit log written by schema version 6, an entry per client of a list, read after the upgrade to 7. */
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
    try {
      JdbcAuditRepository audit = new JdbcAuditRepository(db);
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
      db.close();
    }
  }
}
