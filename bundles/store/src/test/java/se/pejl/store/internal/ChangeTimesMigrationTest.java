package se.pejl.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema version 5 gives the rows that existed before it a change time. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ChangeTimesMigrationTest {
  private static final List<String> BEFORE_5 = List.of("v1-initial", "v2-episodes-occasions-audit",
      "v3-drafts-and-survey-links", "v4-instrument-definitions");
  private static final Instant RECEIVED = Instant.parse("2026-03-01T10:00:00Z");
  private static final Instant CHANGED = Instant.parse("2026-03-02T09:30:00Z");
  private static final Instant CREATED = Instant.parse("2026-03-03T08:00:00Z");
  private static final Instant USED = Instant.parse("2026-03-04T12:00:00Z");
  private static final Instant WITHDRAWN = Instant.parse("2026-03-05T16:45:00Z");

  @TempDir Path data;

  @Test
  void rows_stored_before_version_5_get_the_latest_time_they_record_or_the_upgrade_time() throws Exception {
    EmbeddedDataSource ds = SchemaMigrationTest.newDatabase(data.resolve("db"));
    for (String version : BEFORE_5) {
      new SchemaMigration(ds, "db/changelog/" + version + ".xml").run();
    }
    long episode;
    long received;
    long changed;
    long created;
    long used;
    long withdrawn;
    try (Connection c = ds.getConnection()) {
      episode = insert(c, "INSERT INTO EPISODE (CASEWORKER, CLIENT_REF, MUNICIPALITY, START_DATE, EPISODE_TYPE, UNIT)"
          + " VALUES ('cw', 'T-1', '1407', ?, 'support-group', 'Stödgruppen')", Date.valueOf("2026-02-01"));
      received = response(c, episode, null);
      changed = response(c, episode, CHANGED);
      created = link(c, "a", null, null);
      used = link(c, "b", USED, null);
      withdrawn = link(c, "c", USED, WITHDRAWN);
    }
    PreviousRelease.shutdown(ds);
    Instant upgrade = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    Database db = new Database(data, "WARNING");
    try {
      assertThat(updatedAt(db, "RESPONSE")).isEqualTo(Map.of(received, RECEIVED, changed, CHANGED));
      assertThat(updatedAt(db, "SURVEY_LINK")).isEqualTo(Map.of(created, CREATED, used, USED, withdrawn, WITHDRAWN));
      assertThat(updatedAt(db, "EPISODE").get(episode)).isBetween(upgrade, Instant.now());
      RecordingSink sink = new RecordingSink();
      new JdbcStatisticsSource(db).changedSince(CHANGED, sink);
      assertThat(sink.answers).as("compared with the times the upgrade wrote").containsOnlyKeys(changed);
      assertThat(sink.links).containsOnlyKeys(created, used, withdrawn);
    } finally {
      db.close();
    }
    assertThat(SchemaMigrationTest.changeSetIds(PreviousRelease.dataSource(data.resolve("db"))))
        .as("versions 1 to 4 were not run again").doesNotHaveDuplicates()
        .containsSubsequence("5-response-change-time", "5-episode-change-time", "5-survey-link-change-time");
  }

  /** A response as version 4 stored it. */
  private static long response(Connection c, long episode, Instant changedAt) throws SQLException {
    return insert(c, "INSERT INTO RESPONSE (EPISODE_ID, ANSWERED_ON, INSTRUMENT_ID, INSTRUMENT_VERSION,"
        + " MUNICIPALITY, OCCASION, UNIT, RECEIVED_AT, CHANGED_AT) VALUES (?, '2026-03-01', 'child-wellbeing', 1,"
        + " '1407', 'start', 'Stödgruppen', ?, ?)", episode, Timestamp.from(RECEIVED), timestamp(changedAt));
  }

  /** A survey link as version 4 stored it, made at CREATED. */
  private static long link(Connection c, String token, Instant usedAt, Instant withdrawnAt) throws SQLException {
    return insert(c, "INSERT INTO SURVEY_LINK (ANSWER_COUNT, CREATED_AT, CREATED_BY, EXPIRES_AT, INSTRUMENT_ID,"
        + " LANGUAGE, MUNICIPALITY, OCCASION, UNIT, TOKEN_HASH, USED_AT, WITHDRAWN_AT) VALUES (0, ?, 'cw',"
        + " '2026-04-01 00:00:00', 'child-wellbeing', 'sv', '1407', 'start', 'Stödgruppen', ?, ?, ?)",
        Timestamp.from(CREATED), token.repeat(64), timestamp(usedAt), timestamp(withdrawnAt));
  }

  private static Timestamp timestamp(Instant at) {
    return at == null ? null : Timestamp.from(at);
  }

  private static long insert(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      for (int i = 0; i < args.length; i++) {
        p.setObject(i + 1, args[i]);
      }
      p.executeUpdate();
      try (ResultSet keys = p.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private static Map<Long, Instant> updatedAt(Database db, String table) {
    return db.readJdbc(c -> {
      Map<Long, Instant> times = new HashMap<>();
      try (ResultSet rs = c.createStatement().executeQuery("SELECT ID, UPDATED_AT FROM " + table)) {
        while (rs.next()) {
          times.put(rs.getLong(1), rs.getTimestamp(2).toInstant());
        }
      }
      return times;
    });
  }
}
