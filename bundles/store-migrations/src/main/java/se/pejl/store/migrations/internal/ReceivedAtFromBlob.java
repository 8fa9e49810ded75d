package se.pejl.store.migrations.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Schema version 2: fills RESPONSE.RECEIVED_AT (a TIMESTAMP) from CREATED_AT, where release 0.1
 * stored the time an answer arrived as a serialised {@link Instant} (EclipseLink 4.0 has no SQL
 * mapping for Instant). SQL cannot read Java serialisation, so this change set is Java. Only the
 * JDK's own serial form of Instant is accepted; an unreadable value falls back to the answer's
 * date at midnight UTC, logged, so no row is lost.
 */
public final class ReceivedAtFromBlob implements CustomTaskChange {
  private static final Logger LOG = LoggerFactory.getLogger(ReceivedAtFromBlob.class);
  /** Instant travels as its serial proxy java.time.Ser; nothing else may be deserialised here. */
  private static final ObjectInputFilter ONLY_JAVA_TIME =
      ObjectInputFilter.Config.createFilter("java.time.Ser;java.time.Instant;maxdepth=2;maxrefs=4;maxbytes=256;!*");

  private int converted;
  private int fallbacks;

  @Override
  public void execute(Database database) throws CustomChangeException {
    Connection c = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
    try (PreparedStatement read = c.prepareStatement("SELECT ID, CREATED_AT, ANSWERED_ON FROM RESPONSE");
        PreparedStatement write = c.prepareStatement("UPDATE RESPONSE SET RECEIVED_AT = ? WHERE ID = ?");
        ResultSet rows = read.executeQuery()) {
      while (rows.next()) {
        write.setTimestamp(1, Timestamp.from(receivedAt(rows.getLong(1), rows.getBytes(2), rows.getDate(3).toLocalDate())));
        write.setLong(2, rows.getLong(1));
        write.executeUpdate();
      }
    } catch (SQLException e) {
      throw new CustomChangeException("RESPONSE.RECEIVED_AT could not be filled: " + e.getMessage(), e);
    }
    LOG.info("Converted {} answer times to TIMESTAMP ({} fell back to the answer date)", converted, fallbacks);
  }

  private Instant receivedAt(long id, byte[] blob, LocalDate answeredOn) {
    if (blob != null) {
      try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(blob))) {
        in.setObjectInputFilter(ONLY_JAVA_TIME);
        if (in.readObject() instanceof Instant instant) {
          converted++;
          return instant;
        }
      } catch (IOException | ClassNotFoundException | RuntimeException e) {
        LOG.warn("Answer {}: its stored time is unreadable ({}); using its answer date", id, e.getMessage());
      }
    }
    fallbacks++;
    return answeredOn.atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  @Override
  public String getConfirmationMessage() {
    return "RESPONSE.RECEIVED_AT filled for " + (converted + fallbacks) + " answers";
  }

  @Override
  public void setUp() {
    // nothing to prepare
  }

  @Override
  public void setFileOpener(ResourceAccessor resourceAccessor) {
    // reads no files
  }

  @Override
  public ValidationErrors validate(Database database) {
    return new ValidationErrors();
  }
}
