package se.pejl.store.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
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
 * At activation the schema is created or upgraded by Liquibase ({@link SchemaMigration}) before
 * EclipseLink starts; activation fails when the migration fails.
 */
@Component(service = Database.class, configurationPid = StoreConfig.PID, immediate = true)
@Designate(ocd = StoreConfig.class)
public final class Database {
  private static final Logger LOG = LoggerFactory.getLogger(Database.class);
  /** Derby answers a successful database shutdown with this SQL state. */
  private static final String DERBY_SHUTDOWN_OK = "08006";

  private final EmbeddedDataSource dataSource;
  private final EntityManagerFactory factory;
  private final AtomicLong commits = new AtomicLong();

  @Activate
  public Database(BundleContext context, StoreConfig config) {
    this(dataDirectory(context, config), config.logLevel());
  }

  Database(Path dataDirectory, String logLevel) {
    this(dataDirectory, logLevel, SchemaMigration.CHANGELOG);
  }

  /** With another changelog than the product's: for tests of failing migrations. */
  Database(Path dataDirectory, String logLevel, String changelog) {
    Path db = dataDirectory.resolve("db").toAbsolutePath();
    this.dataSource = new EmbeddedDataSource();
    dataSource.setDatabaseName(db.toString());
    dataSource.setCreateDatabase("create");
    migrate(db, changelog);
    this.factory = createFactory(dataSource, logLevel);
  }

  /** Creates or upgrades the schema before EclipseLink sees it; see db/changelog/pejl.xml. */
  private void migrate(Path db, String changelog) {
    SchemaMigration.Result result;
    try {
      result = new SchemaMigration(dataSource, changelog).run();
    } catch (Exception e) {
      // Each change set is its own transaction: the schema stays at the last complete one, and
      // the store does not start on a schema that its entities may not match.
      LOG.error("Pejl database at {}: schema migration failed, the store does not start: {}", db, e.toString());
      shutdown(dataSource.getDatabaseName());
      throw new ProcessingException("error.store.failed", e);
    }
    LOG.info("Pejl database at {}: schema up to date, {} change sets applied now{}", db, result.executed(),
        result.adopted() == 0 ? "" : ", " + result.adopted() + " adopted from a database made before migrations");
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
    // The schema is Liquibase's (SchemaMigration); EclipseLink must not create or change tables.
    props.put(PersistenceUnitProperties.DDL_GENERATION, PersistenceUnitProperties.NONE);
    props.put(PersistenceUnitProperties.LOGGING_LEVEL, logLevel);
    props.put(PersistenceUnitProperties.CACHE_SHARED_DEFAULT, "false");
    EntityManagerFactory emf = new PersistenceProvider().createEntityManagerFactory("pejl", props);
    if (emf == null) {
      throw new ProcessingException("error.store.failed", new IllegalStateException("no persistence unit 'pejl'"));
    }
    emf.createEntityManager().close(); // connect now, not on the first request
    return emf;
  }

  /** Runs the work in one transaction, rolled back when it throws. */
  public <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager em = factory.createEntityManager();
    EntityTransaction tx = em.getTransaction();
    try {
      tx.begin();
      T result = work.apply(em);
      tx.commit();
      commits.incrementAndGet();
      return result;
    } finally {
      if (tx.isActive()) {
        tx.rollback();
      }
      em.close();
    }
  }

  /** How many transactions this store has committed since it started. */
  public long commits() {
    return commits.get();
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

  /** Work on a JDBC connection. */
  @FunctionalInterface
  public interface SqlWork<T> {
    T apply(Connection connection) throws SQLException;
  }

  /**
   * Runs read-only work on a connection of its own, outside EclipseLink: for bulk reads that
   * entities would make too slow. Auto-commit is off so that a driver may stream a result set
   * by its fetch size (PostgreSQL only does then).
   */
  public <T> T readJdbc(SqlWork<T> work) {
    try (Connection c = dataSource.getConnection()) {
      c.setReadOnly(true);
      c.setAutoCommit(false);
      try {
        return work.apply(c);
      } finally {
        c.rollback(); // Derby refuses to close a connection inside a transaction
      }
    } catch (SQLException e) {
      throw new ProcessingException("error.internal", e);
    }
  }

  /**
   * Runs work on a connection of its own in one transaction, committed when it returns and rolled
   * back when it throws: for inserts of many rows, which EclipseLink sends one statement at a time
   * (an identity key is read back after each).
   */
  public <T> T writeJdbc(SqlWork<T> work) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      boolean committed = false;
      try {
        T result = work.apply(c);
        c.commit();
        committed = true;
        commits.incrementAndGet();
        return result;
      } finally {
        if (!committed) {
          // Whatever was thrown, Errors too: Derby will not close a connection inside a
          // transaction, and a leaked one would keep its locks on the rows it wrote.
          c.rollback();
        }
      }
    } catch (SQLException e) {
      throw new ProcessingException("error.internal", e);
    }
  }

  @Deactivate
  public void close() {
    factory.close();
    shutdown(dataSource.getDatabaseName());
  }

  private static void shutdown(String databaseName) {
    EmbeddedDataSource shutdown = new EmbeddedDataSource();
    shutdown.setDatabaseName(databaseName);
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
