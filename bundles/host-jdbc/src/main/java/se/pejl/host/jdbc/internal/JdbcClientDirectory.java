package se.pejl.host.jdbc.internal;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jdbc.DataSourceFactory;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.pejl.api.ClientRef;
import se.pejl.api.ClientSnapshot;
import se.pejl.api.HostUnavailableException;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.ProcessingException;
import se.pejl.api.host.ClientDirectory;

/**
 * A host's client records read from a read-only SQL view, one service per municipality
 * configuration. Connections come from the OSGi JDBC {@link DataSourceFactory} the configuration's
 * {@code dataSourceFactory.target} selects, are read-only and opened per call (the host's view is
 * read a few times per page, not in bulk).
 *
 * <p>When the database cannot be reached or does not answer within {@code timeoutSeconds}, calls
 * throw {@link HostUnavailableException}; a view that lacks a column or gives a value Pejl cannot
 * use throws {@link ProcessingException} naming the column.
 */
@Component(
    service = ClientDirectory.class,
    configurationPid = JdbcClientDirectory.FACTORY_PID,
    configurationPolicy = ConfigurationPolicy.REQUIRE,
    // Immediate, so a wrong configuration is reported when it is saved, not at first use.
    immediate = true)
@Designate(ocd = JdbcHostConfig.class, factory = true)
public final class JdbcClientDirectory implements ClientDirectory {

  static final String FACTORY_PID = "se.pejl.host.jdbc";
  static final String DEFAULT_DRIVER = "(osgi.jdbc.driver.class=org.postgresql.Driver)";

  private static final Logger LOG = LoggerFactory.getLogger(JdbcClientDirectory.class);

  private final HostSettings settings;
  private final DataSource dataSource;
  private final ClientQueries queries;
  private final SnapshotReader reader;

  @Activate
  public JdbcClientDirectory(
      @Reference(name = "dataSourceFactory", target = DEFAULT_DRIVER) DataSourceFactory factory,
      JdbcHostConfig config) {
    this(factory, checked(config));
  }

  JdbcClientDirectory(DataSourceFactory factory, HostSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.dataSource = dataSource(factory, settings);
    this.queries = new ClientQueries(settings);
    this.reader = new SnapshotReader(settings, queries);
    LOG.info("Host {} serves municipality {} from {}", settings.host(), settings.municipality(),
        settings.source());
  }

  @Override
  public Optional<ClientSnapshot> find(MunicipalityCode municipality, ClientRef ref) {
    Objects.requireNonNull(municipality, "municipality");
    Objects.requireNonNull(ref, "ref");
    if (!settings.municipality().equals(municipality)) {
      return Optional.empty();
    }
    List<ClientSnapshot> found = query(queries.byRef(), ref.value());
    if (found.size() > 1) {
      LOG.warn("Host {} has {} rows for client {}; Pejl uses the first", settings.host(),
          found.size(), ref);
    }
    return found.stream().findFirst();
  }

  @Override
  public List<ClientSnapshot> clientsOf(MunicipalityCode municipality, String caseworkerId) {
    Objects.requireNonNull(municipality, "municipality");
    if (!settings.municipality().equals(municipality) || queries.byCaseworker() == null
        || caseworkerId == null || caseworkerId.isBlank()) {
      return List.of();
    }
    return query(queries.byCaseworker(), caseworkerId);
  }

  @Override
  public Optional<URI> clientPage(MunicipalityCode municipality, ClientRef ref) {
    Objects.requireNonNull(ref, "ref");
    if (!settings.municipality().equals(municipality)) {
      return Optional.empty();
    }
    return settings.clientPage(ref);
  }

  private List<ClientSnapshot> query(String sql, String parameter) {
    Connection connection;
    try {
      connection = dataSource.getConnection();
    } catch (SQLException e) {
      // Refused, unknown host, no such database, wrong password: to the user the host is away.
      throw unavailable(e);
    }
    try (connection) {
      // The adapter only reads; a read-only connection lets the database hold it to that.
      connection.setReadOnly(true);
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        statement.setQueryTimeout(settings.timeoutSeconds());
        statement.setString(1, parameter);
        if (queries.filtersMunicipality()) {
          statement.setString(2, settings.municipality().value());
        }
        List<ClientSnapshot> result = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery()) {
          while (rs.next()) {
            result.add(reader.read(rs));
          }
        }
        return result;
      }
    } catch (SQLException e) {
      if (isUnavailable(e)) {
        throw unavailable(e);
      }
      throw queryFailed(e);
    }
  }

  /** Whether an error means the database is away or too slow, rather than the query is wrong. */
  static boolean isUnavailable(SQLException e) {
    if (e instanceof SQLTimeoutException || e instanceof SQLTransientException
        || e instanceof SQLNonTransientConnectionException || e instanceof SQLRecoverableException) {
      return true;
    }
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    // 08 connection, 53 resources, 57 operator intervention (PostgreSQL's cancel on timeout is
    // 57014), XCL52 Derby's cancel on timeout, 40XL Derby lock timeouts.
    return state.startsWith("08") || state.startsWith("53") || state.startsWith("57")
        || state.equals("XCL52") || state.startsWith("40XL");
  }

  private HostUnavailableException unavailable(SQLException e) {
    LOG.warn("Host {} did not answer (SQLState {}): {}", settings.host(), e.getSQLState(),
        e.getMessage());
    return new HostUnavailableException(settings.host(), e);
  }

  /** The view or a mapped column is missing: find out which, so the operator knows what to fix. */
  private ProcessingException queryFailed(SQLException e) {
    Set<String> missing = new TreeSet<>(queries.configuredColumns());
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.setQueryTimeout(settings.timeoutSeconds());
      try (ResultSet rs = s.executeQuery("SELECT * FROM " + settings.source() + " WHERE 1 = 0")) {
        ResultSetMetaData meta = rs.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          String label = meta.getColumnLabel(i).toUpperCase(Locale.ROOT);
          missing.removeIf(column -> column.toUpperCase(Locale.ROOT).equals(label));
        }
      }
    } catch (SQLException probe) {
      e.addSuppressed(probe);
      return new ProcessingException("error.host.query", e, settings.host(), settings.source());
    }
    if (missing.isEmpty()) {
      return new ProcessingException("error.host.query", e, settings.host(), settings.source());
    }
    return new ProcessingException("error.host.columns", e, settings.host(), settings.source(),
        String.join(", ", missing));
  }

  private static HostSettings checked(JdbcHostConfig config) {
    try {
      return HostSettings.from(config);
    } catch (InvalidConfigurationException e) {
      LOG.error("Configuration {} of host \"{}\" is invalid, so it is not used: {}", FACTORY_PID,
          config.pejl_host(), e.getMessage());
      throw e;
    }
  }

  private static DataSource dataSource(DataSourceFactory factory, HostSettings settings) {
    Properties props = new Properties();
    props.setProperty(DataSourceFactory.JDBC_URL, settings.url());
    if (settings.user() != null) {
      props.setProperty(DataSourceFactory.JDBC_USER, settings.user());
    }
    if (settings.password() != null) {
      props.setProperty(DataSourceFactory.JDBC_PASSWORD, settings.password());
    }
    try {
      DataSource ds = factory.createDataSource(props);
      ds.setLoginTimeout(settings.timeoutSeconds());
      return ds;
    } catch (SQLException e) {
      InvalidConfigurationException invalid = new InvalidConfigurationException("url",
          "the JDBC driver does not accept it (" + e.getMessage() + ")");
      invalid.initCause(e);
      LOG.error("Configuration {} of host \"{}\" is invalid, so it is not used: {}", FACTORY_PID,
          settings.host(), invalid.getMessage());
      throw invalid;
    }
  }
}
