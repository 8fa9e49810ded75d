package se.pejl.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.ProcessingException;
import se.pejl.api.followup.Episode;
import se.pejl.api.followup.Response;

/**
 * A database made by release 0.1.0 (EclipseLink created the tables, no Liquibase tables), with
 * data in it, is upgraded by opening {@link Database} on it, and every row is found again.
 *
 * <p>The old database is built from the SQL that EclipseLink generated for that release's
 * entities (recorded in {@code release-0.1.0-schema.sql}), not by running EclipseLink's DDL
 * generation on today's entities: those change with every schema version, and the test must keep
 * starting from what installations actually have. {@link SchemaMigrationTest} checks that the
 * recorded SQL and change set 1 give the same schema.
 *
 * <p>Plain JUnit, not Arquillian in Felix: the upgrade is the store's own code on a Derby
 * directory and needs nothing from the framework; preparing such a directory before an Arquillian
 * container starts would need a hook in the container for one test. That Liquibase itself runs
 * inside Felix is shown by the integration tests, which start the real assembly on a new database.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class UpgradeFromReleaseBeforeMigrationsTest {
  private static final MunicipalityCode TJORN = MunicipalityCode.of("1407");
  private static final MunicipalityCode SKOVDE = MunicipalityCode.of("1496");
  private static final List<String> TABLES =
      List.of("EPISODE", "EPISODE_GOAL", "RESPONSE", "RESPONSE_ITEM", "RESPONSE_SCORE");

  @TempDir Path data;

  @Test
  void every_row_of_a_database_from_before_migrations_is_found_after_the_upgrade() throws Exception {
    PreviousRelease release = PreviousRelease.createIn(data);
    long first = release.episode("1407", "T-1001", "Stödgruppen", LocalDate.of(2025, 9, 1),
        LocalDate.of(2026, 1, 31), List.of("Veta mer om mammas sjukdom", "Ha någon att prata med"));
    long second = release.episode("1407", "T-1002", "Stödgruppen", LocalDate.of(2025, 9, 1), null,
        List.of("Må bättre"));
    long third = release.episode("1496", "S-2001", "Familjebehandling", LocalDate.of(2026, 2, 1), null,
        List.of());
    long start = release.response("1407", first, "start", LocalDate.of(2025, 9, 1), "GIRL", 11,
        items(1.0, 2.0), Map.of("total", 7.0));
    release.response("1407", first, "end", LocalDate.of(2026, 1, 31), "GIRL", 11,
        items(3.0, 4.0), Map.of("total", 12.0, "safety", 3.5));
    release.response("1496", third, "start", LocalDate.of(2026, 2, 1), "BOY", 14,
        items(0.0, 1.0), Map.of("total", 5.0));
    Map<String, Long> before = counts(release.dataSource());
    release.stop();

    Database db = new Database(data, "WARNING");
    try {
      JpaEpisodeRepository episodes = new JpaEpisodeRepository(db);
      JpaResponseRepository responses = new JpaResponseRepository(db);

      assertThat(episodes.count(TJORN)).isEqualTo(2);
      assertThat(episodes.count(SKOVDE)).isEqualTo(1);
      Episode e1 = episodes.find(TJORN, first).orElseThrow();
      assertThat(e1.client().value()).isEqualTo("T-1001");
      assertThat(e1.unit()).isEqualTo("Stödgruppen");
      assertThat(e1.start()).isEqualTo(LocalDate.of(2025, 9, 1));
      assertThat(e1.end()).isEqualTo(LocalDate.of(2026, 1, 31));
      assertThat(e1.purpose()).isEqualTo("Stöd till barn som anhöriga");
      // Compared as text: the goal type grows with the schema, the texts and their order must not change.
      assertThat(e1.goals()).hasSize(2);
      assertThat(String.valueOf(e1.goals().get(0))).contains("Veta mer om mammas sjukdom");
      assertThat(String.valueOf(e1.goals().get(1))).contains("Ha någon att prata med");
      assertThat(episodes.find(TJORN, second).orElseThrow().goals()).hasSize(1);
      assertThat(episodes.find(SKOVDE, third).orElseThrow().end()).isNull();

      assertThat(responses.ofEpisode(TJORN, first))
          .extracting(Response::occasion, r -> r.scores().get("total"))
          .containsExactly(tuple("start", 7.0),
              tuple("end", 12.0));
      assertThat(responses.ofEpisode(TJORN, first).get(1).scores()).containsEntry("safety", 3.5);
      assertThat(responses.ofEpisode(SKOVDE, third)).singleElement()
          .satisfies(r -> assertThat(r.scores()).containsEntry("total", 5.0));
      assertThat(responses.scores("child-wellbeing", "total"))
          .extracting(o -> o.municipality().value(), o -> o.gender().name(), o -> o.age(), o -> o.score())
          .containsExactlyInAnyOrder(
              tuple("1407", "GIRL", 11, 7.0),
              tuple("1407", "GIRL", 11, 12.0),
              tuple("1496", "BOY", 14, 5.0));
      assertThat(itemValues(db, start)).containsExactlyInAnyOrderEntriesOf(items(1.0, 2.0));
    } finally {
      db.close();
    }

    EmbeddedDataSource ds = PreviousRelease.dataSource(data.resolve("db"));
    assertThat(counts(ds)).isEqualTo(before);
    assertThat(SchemaMigrationTest.changeSetIds(ds)).startsWith("1-initial", "1-adopted-schema-is-complete");
    assertThat(execType(ds, "1-initial")).isEqualTo("MARK_RAN");
    assertThat(receivedAt(ds, start)).as("the serialised Instant became a real TIMESTAMP")
        .isEqualTo(java.time.Instant.parse("2025-09-01T10:15:30Z"));
  }

  private static java.time.Instant receivedAt(EmbeddedDataSource ds, long responseId) throws Exception {
    try (var c = ds.getConnection();
        var p = c.prepareStatement("SELECT RECEIVED_AT FROM RESPONSE WHERE ID = ?")) {
      p.setLong(1, responseId);
      try (var r = p.executeQuery()) {
        r.next();
        return r.getTimestamp(1).toInstant();
      }
    }
  }

  @Test
  void a_database_with_only_part_of_the_old_schema_stops_the_store_and_is_left_alone() throws Exception {
    EmbeddedDataSource ds = SchemaMigrationTest.newDatabase(data.resolve("db"));
    try (Connection c = ds.getConnection()) {
      c.createStatement().execute("CREATE TABLE EPISODE (ID BIGINT NOT NULL, PRIMARY KEY (ID))");
    }
    PreviousRelease.shutdown(ds);

    assertThatThrownBy(() -> new Database(data, "WARNING"))
        .isInstanceOf(ProcessingException.class)
        .hasStackTraceContaining("not all of Pejl schema version 1");

    try (Connection c = PreviousRelease.dataSource(data.resolve("db")).getConnection();
        ResultSet response = c.getMetaData().getTables(null, "APP", "RESPONSE", null)) {
      assertThat(response.next()).isFalse();
    }
  }

  private static Map<String, Double> items(double q1, double q2) {
    Map<String, Double> items = new LinkedHashMap<>();
    items.put("q1", q1);
    items.put("q2", q2);
    return items;
  }

  private static Map<String, Long> counts(EmbeddedDataSource ds) throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : TABLES) {
      counts.put(table, PreviousRelease.count(ds, table));
    }
    return counts;
  }

  /** The item values are not in the repositories' API; read them as the entity maps them. */
  private static Map<String, Double> itemValues(Database db, long responseId) {
    return db.read(em -> em.createQuery(
            "SELECT KEY(i), VALUE(i) FROM ResponseEntity r JOIN r.itemValues i WHERE r.id = :id", Object[].class)
        .setParameter("id", responseId)
        .getResultStream()
        .collect(Collectors.toMap(row -> (String) row[0], row -> (Double) row[1])));
  }

  private static String execType(EmbeddedDataSource ds, String id) throws SQLException {
    try (Connection c = ds.getConnection();
        PreparedStatement p = c.prepareStatement("SELECT EXECTYPE FROM DATABASECHANGELOG WHERE ID = ?")) {
      p.setString(1, id);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }
}
