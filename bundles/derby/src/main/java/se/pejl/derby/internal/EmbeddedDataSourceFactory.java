package se.pejl.derby.internal;

import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;
import java.util.Set;
import javax.sql.ConnectionPoolDataSource;
import javax.sql.DataSource;
import javax.sql.XADataSource;
import org.apache.derby.jdbc.EmbeddedConnectionPoolDataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.apache.derby.jdbc.EmbeddedDriver;
import org.apache.derby.jdbc.EmbeddedXADataSource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jdbc.DataSourceFactory;

/**
 * Derby's embedded driver as an OSGi JDBC service (OSGi Compendium 125), so that host adapters
 * get Derby connections the same way as PostgreSQL's, whose driver registers a factory itself.
 * Derby 10.16 does not, and its own {@code EmbeddedActivator} only boots the engine.
 *
 * <p>Takes the standard properties {@code url} (a {@code jdbc:derby:} URL, attributes after
 * {@code ;} included) or {@code databaseName}, {@code user}, {@code password},
 * {@code dataSourceName} and {@code description}, and Derby's own {@code connectionAttributes},
 * {@code createDatabase} and {@code shutdownDatabase}. As the specification asks, any other
 * property (pool sizes, server name, port…) is refused with an {@link SQLException}: an embedded
 * database has no server, and Derby no pool of its own.
 */
@Component(service = DataSourceFactory.class, property = {
    DataSourceFactory.OSGI_JDBC_DRIVER_CLASS + "=org.apache.derby.jdbc.EmbeddedDriver",
    DataSourceFactory.OSGI_JDBC_DRIVER_NAME + "=" + EmbeddedDataSourceFactory.DRIVER_NAME,
    DataSourceFactory.OSGI_JDBC_DRIVER_VERSION + "=10.16.1.1",
    DataSourceFactory.OSGI_JDBC_CAPABILITY + "=" + DataSourceFactory.OSGI_JDBC_CAPABILITY_DRIVER,
    DataSourceFactory.OSGI_JDBC_CAPABILITY + "=" + DataSourceFactory.OSGI_JDBC_CAPABILITY_DATASOURCE,
    DataSourceFactory.OSGI_JDBC_CAPABILITY + "=" + DataSourceFactory.OSGI_JDBC_CAPABILITY_CONNECTIONPOOLDATASOURCE,
    DataSourceFactory.OSGI_JDBC_CAPABILITY + "=" + DataSourceFactory.OSGI_JDBC_CAPABILITY_XADATASOURCE})
public final class EmbeddedDataSourceFactory implements DataSourceFactory {

  static final String DRIVER_NAME = "derby";
  static final String URL_PREFIX = "jdbc:derby:";
  static final String CONNECTION_ATTRIBUTES = "connectionAttributes";
  static final String CREATE_DATABASE = "createDatabase";
  static final String SHUTDOWN_DATABASE = "shutdownDatabase";

  private static final Set<String> SUPPORTED = Set.of(JDBC_URL, JDBC_DATABASE_NAME, JDBC_USER,
      JDBC_PASSWORD, JDBC_DATASOURCE_NAME, JDBC_DESCRIPTION, CONNECTION_ATTRIBUTES, CREATE_DATABASE,
      SHUTDOWN_DATABASE);

  @Override
  public DataSource createDataSource(Properties props) throws SQLException {
    return configure(new EmbeddedDataSource(), props);
  }

  @Override
  public ConnectionPoolDataSource createConnectionPoolDataSource(Properties props)
      throws SQLException {
    return configure(new EmbeddedConnectionPoolDataSource(), props);
  }

  @Override
  public XADataSource createXADataSource(Properties props) throws SQLException {
    return configure(new EmbeddedXADataSource(), props);
  }

  /** The driver takes its settings per connection, in the URL; so no properties here. */
  @Override
  public Driver createDriver(Properties props) throws SQLException {
    if (props != null && !props.isEmpty()) {
      throw new SQLException("The Derby driver takes no properties; give them in the URL: "
          + props.stringPropertyNames());
    }
    return new EmbeddedDriver();
  }

  private static <T extends EmbeddedDataSource> T configure(T ds, Properties props)
      throws SQLException {
    Properties p = props == null ? new Properties() : props;
    for (String name : p.stringPropertyNames()) {
      if (!SUPPORTED.contains(name)) {
        throw new SQLException("Derby embedded does not support the property \"" + name + "\"");
      }
    }
    String url = p.getProperty(JDBC_URL);
    String attributes = p.getProperty(CONNECTION_ATTRIBUTES);
    if (url != null) {
      if (p.getProperty(JDBC_DATABASE_NAME) != null) {
        throw new SQLException("Give either \"url\" or \"databaseName\", not both");
      }
      if (!url.startsWith(URL_PREFIX)) {
        // Never echo the URL: it may carry a password attribute.
        throw new SQLException("Not a Derby embedded URL: it must start with " + URL_PREFIX);
      }
      // EmbeddedDataSource has no URL property: split it into the name and its attributes.
      String rest = url.substring(URL_PREFIX.length());
      int semicolon = rest.indexOf(';');
      ds.setDatabaseName(semicolon < 0 ? rest : rest.substring(0, semicolon));
      String fromUrl = semicolon < 0 ? null : rest.substring(semicolon + 1);
      attributes = join(fromUrl, attributes);
    } else {
      ds.setDatabaseName(p.getProperty(JDBC_DATABASE_NAME));
    }
    if (attributes != null && !attributes.isEmpty()) {
      ds.setConnectionAttributes(attributes);
    }
    ds.setUser(p.getProperty(JDBC_USER));
    ds.setPassword(p.getProperty(JDBC_PASSWORD));
    ds.setDataSourceName(p.getProperty(JDBC_DATASOURCE_NAME));
    ds.setDescription(p.getProperty(JDBC_DESCRIPTION));
    if (p.getProperty(CREATE_DATABASE) != null) {
      ds.setCreateDatabase(p.getProperty(CREATE_DATABASE));
    }
    if (p.getProperty(SHUTDOWN_DATABASE) != null) {
      ds.setShutdownDatabase(p.getProperty(SHUTDOWN_DATABASE));
    }
    return ds;
  }

  private static String join(String first, String second) {
    if (first == null || first.isEmpty()) {
      return second;
    }
    return second == null || second.isEmpty() ? first : first + ";" + second;
  }
}
