package se.pejl.store.internal;

import java.sql.Connection;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.UpdateSummaryEnum;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.visitor.AbstractChangeExecListener;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.ChangeExecListenerCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Brings the schema up to date with the Liquibase changelog in this bundle
 * ({@value #CHANGELOG}). Runs before EclipseLink starts; EclipseLink no longer creates tables.
 */
final class SchemaMigration {
  /** The master changelog, on this bundle's class path; it includes one file per schema version. */
  static final String CHANGELOG = "db/changelog/pejl.xml";

  private final DataSource dataSource;
  private final String changelog;

  SchemaMigration(DataSource dataSource, String changelog) {
    this.dataSource = dataSource;
    this.changelog = changelog;
  }

  /** What one run did. */
  record Result(int executed, int adopted) {}

  /**
   * Applies every change set not yet recorded in DATABASECHANGELOG. Each change set runs in its
   * own transaction (Derby's DDL is transactional), so a failure leaves the schema at the last
   * complete change set.
   *
   * @throws Exception Liquibase's, when a change set or a precondition fails
   */
  Result run() throws Exception {
    Counter counter = new Counter();
    try (Connection connection = dataSource.getConnection()) {
      try {
        Scope.child(scope(), () -> update(connection, counter));
      } finally {
        // Liquibase commits each change set and its lock; what is left open is its reads (or a
        // failed change set). Derby refuses to close a connection inside a transaction.
        if (!connection.getAutoCommit()) {
          connection.rollback();
        }
      }
    }
    return new Result(counter.executed, counter.adopted);
  }

  private Map<String, Object> scope() {
    return Map.of(
        // The changelogs are resources of this bundle, not of Liquibase's.
        Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(SchemaMigration.class.getClassLoader()),
        // Java change sets (customChange) are classes of this bundle too.
        Scope.Attr.classLoader.name(), SchemaMigration.class.getClassLoader(),
        Scope.Attr.logService.name(), new Slf4jLogService(),
        // Liquibase's default UI writes to System.out.
        Scope.Attr.ui.name(), new LoggerUIService(),
        // Liquibase 4.30+ asks config.liquibase.com whether to send usage data, and then sends it;
        // municipal servers have no internet and must not wait on it. Scope values are read
        // before system properties and the environment, so this cannot be turned back on.
        AnalyticsArgs.ENABLED.getKey(), Boolean.FALSE);
  }

  private void update(Connection connection, Counter counter) throws Exception {
    Database database = DatabaseFactory.getInstance()
        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
    new CommandScope(UpdateCommandStep.COMMAND_NAME)
        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
        .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
        .addArgumentValue(ChangeExecListenerCommandStep.CHANGE_EXEC_LISTENER_ARG, counter)
        .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY, UpdateSummaryEnum.OFF)
        .execute();
  }

  /** Counts the change sets run now, and those recorded as run on an adopted database. */
  private static final class Counter extends AbstractChangeExecListener {
    int executed;
    int adopted;

    @Override
    public void ran(ChangeSet changeSet, DatabaseChangeLog log, Database database, ChangeSet.ExecType type) {
      if (type == ChangeSet.ExecType.EXECUTED) {
        executed++;
      } else if (type == ChangeSet.ExecType.MARK_RAN) {
        adopted++;
      }
    }
  }
}
