package se.pejl.host.jdbc.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import se.pejl.api.ClientRef;
import se.pejl.api.ClientSnapshot;
import se.pejl.api.InvalidInputException;
import se.pejl.api.ProcessingException;

/**
 * Turns a row of {@link ClientQueries}' select list into a snapshot. A value Pejl cannot use is
 * an error naming the host, the client reference and the column; never the value itself, which
 * could be personal data.
 */
final class SnapshotReader {

  private final HostSettings settings;
  private final ClientQueries queries;

  SnapshotReader(HostSettings settings, ClientQueries queries) {
    this.settings = settings;
    this.queries = queries;
  }

  ClientSnapshot read(ResultSet rs) throws SQLException {
    HostSettings.Columns columns = settings.columns();
    String rawRef = rs.getString(1);
    if (rawRef == null || rawRef.isBlank()) {
      throw empty("(none)", columns.ref());
    }
    ClientRef ref;
    try {
      ref = new ClientRef(rawRef.strip());
    } catch (InvalidInputException e) {
      throw unusable(rawRef.strip().substring(0, 64), columns.ref(), e);
    }
    Date born;
    try {
      born = rs.getDate(3);
    } catch (SQLException e) {
      if (JdbcClientDirectory.isUnavailable(e)) {
        throw e;
      }
      throw unusable(ref.value(), columns.birthDate(), e);
    }
    if (born == null) {
      throw empty(ref.value(), columns.birthDate());
    }
    String unit = queries.unitIndex() == 0 ? null : rs.getString(queries.unitIndex());
    return new ClientSnapshot(ref, settings.gender(rs.getString(2)), born.toLocalDate(),
        settings.municipality(), unit == null || unit.isBlank() ? null : unit.strip());
  }

  private ProcessingException empty(String ref, String column) {
    return new ProcessingException("error.host.empty", null, settings.host(), ref, column);
  }

  private ProcessingException unusable(String ref, String column, Exception cause) {
    return new ProcessingException("error.host.value", cause, settings.host(), ref, column);
  }
}
