package se.pejl.derby.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.jdbc.DataSourceFactory;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EmbeddedDataSourceFactoryTest {

  private static final AtomicInteger DATABASES = new AtomicInteger();

  private final DataSourceFactory factory = new EmbeddedDataSourceFactory();

  private static Properties props(String... keyValues) {
    Properties p = new Properties();
    for (int i = 0; i < keyValues.length; i += 2) {
      p.setProperty(keyValues[i], keyValues[i + 1]);
    }
    return p;
  }

  private static String memoryDb() {
    return "memory:dsf" + DATABASES.incrementAndGet();
  }

  private static int answer(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("VALUES 42")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  @Test
  void a_data_source_from_a_url_with_attributes_opens_the_database() throws SQLException {
    DataSource ds = factory.createDataSource(props(DataSourceFactory.JDBC_URL,
        "jdbc:derby:" + memoryDb() + ";create=true", DataSourceFactory.JDBC_USER, "app"));
    try (Connection c = ds.getConnection()) {
      assertThat(answer(c)).isEqualTo(42);
      assertThat(c.getMetaData().getUserName()).isEqualToIgnoringCase("app");
    }
  }

  @Test
  void a_data_source_from_a_database_name_opens_a_database_in_a_folder(@TempDir Path dir)
      throws SQLException {
    String name = dir.resolve("db").toString();
    DataSource ds = factory.createDataSource(props(DataSourceFactory.JDBC_DATABASE_NAME, name,
        EmbeddedDataSourceFactory.CREATE_DATABASE, "create", DataSourceFactory.JDBC_USER, "pejl",
        DataSourceFactory.JDBC_PASSWORD, "secret"));
    try (Connection c = ds.getConnection()) {
      assertThat(answer(c)).isEqualTo(42);
    }
    assertThat(dir.resolve("db").resolve("service.properties")).exists();
    shutdown(name);
  }

  @Test
  void a_missing_database_is_not_created_without_create_and_fails_with_an_sql_exception()
      throws SQLException {
    DataSource ds = factory.createDataSource(
        props(DataSourceFactory.JDBC_URL, "jdbc:derby:memory:nobody-made-this"));
    assertThatThrownBy(ds::getConnection).isInstanceOf(SQLException.class)
        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("XJ004"));
  }

  @Test
  void the_pooled_and_xa_data_sources_open_connections_too() throws SQLException {
    String db = memoryDb();
    var pooled = factory.createConnectionPoolDataSource(
        props(DataSourceFactory.JDBC_URL, "jdbc:derby:" + db + ";create=true"));
    var pc = pooled.getPooledConnection();
    try (Connection c = pc.getConnection()) {
      assertThat(answer(c)).isEqualTo(42);
    } finally {
      pc.close();
    }
    var xa = factory.createXADataSource(props(DataSourceFactory.JDBC_DATABASE_NAME, db));
    var xc = xa.getXAConnection();
    try (Connection c = xc.getConnection()) {
      assertThat(answer(c)).isEqualTo(42);
    } finally {
      xc.close();
    }
  }

  @Test
  void the_driver_connects_by_url() throws SQLException {
    Driver driver = factory.createDriver(null);
    assertThat(driver.acceptsURL("jdbc:derby:memory:x")).isTrue();
    try (Connection c = driver.connect("jdbc:derby:" + memoryDb() + ";create=true", new Properties())) {
      assertThat(answer(c)).isEqualTo(42);
    }
    assertThat(factory.createDriver(new Properties())).isNotNull();
  }

  @Test
  void properties_an_embedded_database_cannot_honour_are_refused() {
    assertThatThrownBy(() -> factory.createDataSource(props(DataSourceFactory.JDBC_URL,
        "jdbc:derby:memory:x", DataSourceFactory.JDBC_MAX_POOL_SIZE, "10")))
        .isInstanceOf(SQLException.class).hasMessageContaining("maxPoolSize");
    assertThatThrownBy(() -> factory.createDataSource(props(DataSourceFactory.JDBC_SERVER_NAME, "db.example")))
        .isInstanceOf(SQLException.class).hasMessageContaining("serverName");
    assertThatThrownBy(() -> factory.createDriver(props(DataSourceFactory.JDBC_USER, "app")))
        .isInstanceOf(SQLException.class);
  }

  @Test
  void a_url_of_another_database_or_both_url_and_name_are_refused_without_echoing_the_url() {
    assertThatThrownBy(() -> factory.createDataSource(
        props(DataSourceFactory.JDBC_URL, "jdbc:postgresql://db/x?password=secret")))
        .isInstanceOf(SQLException.class).hasMessageNotContaining("secret");
    assertThatThrownBy(() -> factory.createDataSource(props(DataSourceFactory.JDBC_URL,
        "jdbc:derby:memory:x", DataSourceFactory.JDBC_DATABASE_NAME, "memory:y")))
        .isInstanceOf(SQLException.class);
  }

  @Test
  void the_component_is_registered_with_the_driver_class_and_name_that_host_adapters_filter_on()
      throws IOException {
    String xml;
    try (InputStream in = getClass().getResourceAsStream(
        "/OSGI-INF/se.pejl.derby.internal.EmbeddedDataSourceFactory.xml")) {
      assertThat(in).as("bnd wrote the component description").isNotNull();
      xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(xml)
        .contains("interface=\"org.osgi.service.jdbc.DataSourceFactory\"")
        .contains("name=\"osgi.jdbc.driver.class\"", "org.apache.derby.jdbc.EmbeddedDriver")
        .contains("name=\"osgi.jdbc.driver.name\"", "value=\"derby\"");
  }

  private static void shutdown(String name) {
    try {
      new org.apache.derby.jdbc.EmbeddedDriver().connect("jdbc:derby:" + name + ";shutdown=true", null);
    } catch (SQLException expected) {
      // Derby reports a successful shutdown as SQLState 08006.
      assertThat(expected.getSQLState()).isEqualTo("08006");
    }
  }
}
