package se.pejl.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.pejl.api.ProcessingException;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SchemaMigrationTest {
  @TempDir Path data;

  @Test
  void version_1_is_exactly_the_schema_eclipselink_made_before_migrations() throws Exception {
    PreviousRelease release = PreviousRelease.createIn(data.resolve("release"));
    EmbeddedDataSource migrated = newDatabase(data.resolve("migrated"));

    new SchemaMigration(migrated, "db/changelog/v1-initial.xml").run();

    assertThat(SchemaDescription.of(migrated, true))
        .isNotEmpty()
        .containsExactlyElementsOf(SchemaDescription.of(release.dataSource(), true));
  }

  /**
   * Fails when an entity changed and no change set followed it: the lines that differ show what
   * the next change set must create or alter. Foreign key names are not compared, as a change set
   * may name its keys better than EclipseLink does.
   */
  @Test
  void the_migrated_schema_is_the_one_the_entities_expect() throws Exception {
    EmbeddedDataSource byEclipseLink = newDatabase(data.resolve("eclipselink"));
    createTablesWithEclipseLink(byEclipseLink);
    EmbeddedDataSource migrated = newDatabase(data.resolve("migrated"));

    new SchemaMigration(migrated, SchemaMigration.CHANGELOG).run();

    assertThat(SchemaDescription.of(migrated, false))
        .containsExactlyElementsOf(SchemaDescription.of(byEclipseLink, false));
  }

  @Test
  void a_new_database_gets_every_change_set() throws Exception {
    EmbeddedDataSource ds = newDatabase(data.resolve("db"));

    SchemaMigration.Result result = new SchemaMigration(ds, SchemaMigration.CHANGELOG).run();

    assertThat(result.executed()).isPositive().isEqualTo(PreviousRelease.count(ds, "DATABASECHANGELOG"));
    assertThat(result.adopted()).isZero();
  }

  @Test
  void running_the_migration_twice_changes_nothing_the_second_time() throws Exception {
    EmbeddedDataSource ds = newDatabase(data.resolve("db"));
    SchemaMigration migration = new SchemaMigration(ds, SchemaMigration.CHANGELOG);
    migration.run();
    List<String> schema = SchemaDescription.of(ds, true);
    long recorded = PreviousRelease.count(ds, "DATABASECHANGELOG");

    SchemaMigration.Result second = migration.run();

    assertThat(second).isEqualTo(new SchemaMigration.Result(0, 0));
    assertThat(SchemaDescription.of(ds, true)).isEqualTo(schema);
    assertThat(PreviousRelease.count(ds, "DATABASECHANGELOG")).isEqualTo(recorded);
  }

  @Test
  void a_failing_change_set_stops_the_store_and_leaves_nothing_of_itself() throws Exception {
    assertThatThrownBy(() -> new Database(data, "WARNING", "db/test/broken.xml"))
        .isInstanceOf(ProcessingException.class)
        .hasStackTraceContaining("2-broken");

    EmbeddedDataSource ds = PreviousRelease.dataSource(data.resolve("db"));
    try (Connection c = ds.getConnection()) {
      assertThat(tableExists(c, "HALF_DONE")).isFalse();
      assertThat(columnExists(c, "EPISODE", "NOTE")).isFalse();
      assertThat(tableExists(c, "EPISODE")).isTrue(); // the change sets before it stay
    }
    assertThat(changeSetIds(ds)).doesNotContain("2-broken").contains("1-initial");
    assertThat(lockHeld(ds)).isFalse();

    PreviousRelease.shutdown(ds);
    Database fixed = new Database(data, "WARNING"); // the product's changelog still opens it
    fixed.close();
  }

  static EmbeddedDataSource newDatabase(Path db) {
    EmbeddedDataSource ds = PreviousRelease.dataSource(db);
    ds.setCreateDatabase("create");
    return ds;
  }

  /** What the store did before migrations, with today's entities. */
  static void createTablesWithEclipseLink(EmbeddedDataSource ds) {
    Map<String, Object> props = new HashMap<>();
    props.put(PersistenceUnitProperties.CLASSLOADER, Database.class.getClassLoader());
    props.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, ds);
    props.put(PersistenceUnitProperties.TARGET_DATABASE, "Derby");
    props.put(PersistenceUnitProperties.WEAVING, "false");
    props.put(PersistenceUnitProperties.DDL_GENERATION, PersistenceUnitProperties.CREATE_ONLY);
    props.put(PersistenceUnitProperties.DDL_GENERATION_MODE, PersistenceUnitProperties.DDL_DATABASE_GENERATION);
    props.put(PersistenceUnitProperties.LOGGING_LEVEL, "WARNING");
    var emf = new PersistenceProvider().createEntityManagerFactory("pejl", props);
    emf.createEntityManager().close();
    emf.close();
  }

  static List<String> changeSetIds(EmbeddedDataSource ds) throws SQLException {
    try (Connection c = ds.getConnection();
        ResultSet rs = c.createStatement().executeQuery("SELECT ID FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED")) {
      List<String> ids = new ArrayList<>();
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
      return ids;
    }
  }

  private static boolean lockHeld(EmbeddedDataSource ds) throws SQLException {
    try (Connection c = ds.getConnection();
        ResultSet rs = c.createStatement().executeQuery("SELECT LOCKED FROM DATABASECHANGELOGLOCK")) {
      return rs.next() && rs.getBoolean(1);
    }
  }

  private static boolean tableExists(Connection c, String table) throws SQLException {
    try (ResultSet rs = c.getMetaData().getTables(null, "APP", table, null)) {
      return rs.next();
    }
  }

  private static boolean columnExists(Connection c, String table, String column) throws SQLException {
    try (ResultSet rs = c.getMetaData().getColumns(null, "APP", table, column)) {
      return rs.next();
    }
  }
}
