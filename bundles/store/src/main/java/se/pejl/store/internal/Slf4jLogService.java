package se.pejl.store.internal;

import java.util.logging.Level;
import liquibase.logging.core.AbstractLogService;
import liquibase.logging.core.AbstractLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends Liquibase's logging to SLF4J like the rest of Pejl, instead of java.util.logging on the
 * console. Liquibase's INFO is step-by-step chatter ("Reading from DATABASECHANGELOG", "Table
 * created") and goes to DEBUG; {@link Database} logs the one INFO line an operator needs.
 */
final class Slf4jLogService extends AbstractLogService {
  @Override
  public int getPriority() {
    return PRIORITY_SPECIALIZED;
  }

  @Override
  public liquibase.logging.Logger getLog(Class clazz) {
    return new Slf4jLogger(LoggerFactory.getLogger(clazz));
  }

  private static final class Slf4jLogger extends AbstractLogger {
    private final Logger log;

    Slf4jLogger(Logger log) {
      this.log = log;
    }

    @Override
    public void log(Level level, String raw, Throwable e) {
      String message = filterMessage(raw); // Liquibase's masking of secrets in messages
      int value = level.intValue();
      if (value == Level.OFF.intValue()) {
        return; // Liquibase logs some messages "at" OFF, e.g. AnalyticsArgs' "User has disabled analytics"
      } else if (value >= Level.SEVERE.intValue()) {
        log.error(message, e);
      } else if (value >= Level.WARNING.intValue()) {
        log.warn(message, e);
      } else if (value >= Level.FINE.intValue()) {
        log.debug(message, e);
      } else {
        log.trace(message, e);
      }
    }
  }
}
