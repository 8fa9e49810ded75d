package se.pejl.store.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.pejl.api.ProcessingException;

/**
 * Pejl's database: embedded Derby in the data folder, behind one EclipseLink persistence unit.
 */
@Component(service = Database.class, configurationPid = StoreConfig.PID, immediate = true)
@Designate(ocd = StoreConfig.class)
public final class Database {
  private static final Logger LOG = LoggerFactory.getLogger(Database.class);
  /** Derby answers a successful database shutdown with this SQL state. */
  private static final String DERBY_SHUTDOWN_OK = "08006";

  private final EmbeddedDataSource dataSource;
  private final EntityManagerFactory factory;

  @Activate
  public Database(BundleContext context, StoreConfig config) {
    this(dataDirectory(context, config), config.logLevel());
  }

  Database(Path dataDirectory, String logLevel) {
    Path db = dataDirectory.resolve("db").toAbsolutePath();
    this.dataSource = new EmbeddedDataSource();
    dataSource.setDatabaseName(db.toString());
    dataSource.setCreateDatabase("create");
    this.factory = createFactory(dataSource, logLevel);
    LOG.info("Pejl database at {}", db);
  }

  private static Path dataDirectory(BundleContext context, StoreConfig config) {
    String configured = config.dataDirectory();
    if (configured == null || configured.isBlank()) {
      configured = context.getProperty("pejl.data");
    }
    return Path.of(configured == null || configured.isBlank() ? "pejl-data" : configured);
  }

  private static EntityManagerFactory createFactory(EmbeddedDataSource ds, String logLevel) {
    Map<String, Object> props = new HashMap<>();
    // Persistence.createEntityManagerFactory finds no provider inside OSGi: ask EclipseLink
    // directly, and give it this bundle's loader so it finds persistence.xml and the entities.
    props.put(PersistenceUnitProperties.CLASSLOADER, Database.class.getClassLoader());
    props.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, ds);
    props.put(PersistenceUnitProperties.TARGET_DATABASE, "Derby");
    // Dynamic weaving needs a Java agent, which an OSGi framework does not give us.
    props.put(PersistenceUnitProperties.WEAVING, "false");
    // Until migrations come (Liquibase, issue 4), EclipseLink creates the schema of a new
    // database only; re-running its DDL on an existing one only logs "already exists" noise.
    if (!schemaExists(ds)) {
      props.put(PersistenceUnitProperties.DDL_GENERATION, PersistenceUnitProperties.CREATE_ONLY);
      props.put(PersistenceUnitProperties.DDL_GENERATION_MODE, PersistenceUnitProperties.DDL_DATABASE_GENERATION);
    }
    props.put(PersistenceUnitProperties.LOGGING_LEVEL, logLevel);
    props.put(PersistenceUnitProperties.CACHE_SHARED_DEFAULT, "false");
    EntityManagerFactory emf = new PersistenceProvider().createEntityManagerFactory("pejl", props);
    if (emf == null) {
      throw new ProcessingException("error.store.failed", new IllegalStateException("no persistence unit 'pejl'"));
    }
    emf.createEntityManager().close(); // connect and create the schema now, not on the first request
    return emf;
  }

  private static boolean schemaExists(EmbeddedDataSource ds) {
    try (Connection c = ds.getConnection();
        ResultSet tables = c.getMetaData().getTables(null, null, "EPISODE", null)) {
      return tables.next();
    } catch (SQLException e) {
      throw new ProcessingException("error.store.failed", e);
    }
  }

  /** Runs the work in one transaction, rolled back when it throws. */
  public <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager em = factory.createEntityManager();
    EntityTransaction tx = em.getTransaction();
    try {
      tx.begin();
      T result = work.apply(em);
      tx.commit();
      return result;
    } finally {
      if (tx.isActive()) {
        tx.rollback();
      }
      em.close();
    }
  }

  /** Runs read-only work. */
  public <T> T read(Function<EntityManager, T> work) {
    EntityManager em = factory.createEntityManager();
    try {
      return work.apply(em);
    } finally {
      em.close();
    }
  }

  @Deactivate
  public void close() {
    factory.close();
    EmbeddedDataSource shutdown = new EmbeddedDataSource();
    shutdown.setDatabaseName(dataSource.getDatabaseName());
    shutdown.setShutdownDatabase("shutdown");
    try {
      shutdown.getConnection().close();
    } catch (SQLException e) {
      if (!DERBY_SHUTDOWN_OK.equals(e.getSQLState())) {
        LOG.warn("Derby did not shut down cleanly: {}", e.getMessage());
      }
    }
  }
}
