package se.pejl.store.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * A database as release 0.1.0 left it: the tables EclipseLink 4.0.9 generated from the two
 * entities of that release ({@code ddl-generation=create-tables}; its SQL script, recorded
 * verbatim in {@code release-0.1.0-schema.sql}), no Liquibase tables, and rows written with
 * plain JDBC the way EclipseLink wrote them.
 */
final class PreviousRelease {
  private final EmbeddedDataSource ds;

  private PreviousRelease(EmbeddedDataSource ds) {
    this.ds = ds;
  }

  /** Creates the release's schema in {@code <dataDirectory>/db}, where {@link Database} looks. */
  static PreviousRelease createIn(Path dataDirectory) throws SQLException {
    EmbeddedDataSource ds = dataSource(dataDirectory.resolve("db"));
    ds.setCreateDatabase("create");
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      for (String ddl : script().split("\n")) {
        if (!ddl.isBlank()) {
          s.execute(ddl);
        }
      }
    }
    return new PreviousRelease(ds);
  }

  static EmbeddedDataSource dataSource(Path db) {
    EmbeddedDataSource ds = new EmbeddedDataSource();
    ds.setDatabaseName(db.toAbsolutePath().toString());
    return ds;
  }

  EmbeddedDataSource dataSource() {
    return ds;
  }

  /** Inserts an episode with its goals in order and returns its generated id. */
  long episode(String municipality, String client, String unit, LocalDate start, LocalDate end,
      List<String> goals) throws SQLException {
    try (Connection c = ds.getConnection()) {
      long id;
      try (PreparedStatement p = c.prepareStatement("INSERT INTO EPISODE (CASEWORKER, CLIENT_REF, END_DATE,"
          + " MUNICIPALITY, PURPOSE, START_DATE, EPISODE_TYPE, UNIT) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          Statement.RETURN_GENERATED_KEYS)) {
        p.setString(1, "caseworker");
        p.setString(2, client);
        p.setDate(3, end == null ? null : Date.valueOf(end));
        p.setString(4, municipality);
        p.setString(5, "Stöd till barn som anhöriga");
        p.setDate(6, Date.valueOf(start));
        p.setString(7, "support-group");
        p.setString(8, unit);
        p.executeUpdate();
        id = generatedId(p);
      }
      try (PreparedStatement p = c.prepareStatement(
          "INSERT INTO EPISODE_GOAL (EPISODE_ID, GOAL, POSITION) VALUES (?, ?, ?)")) {
        for (int i = 0; i < goals.size(); i++) {
          p.setLong(1, id);
          p.setString(2, goals.get(i));
          p.setInt(3, i);
          p.executeUpdate();
        }
      }
      return id;
    }
  }

  /** Inserts a response with its item values and scale scores and returns its generated id. */
  long response(String municipality, long episodeId, String occasion, LocalDate answeredOn,
      String gender, int age, Map<String, Double> items, Map<String, Double> scores)
      throws SQLException {
    try (Connection c = ds.getConnection()) {
      long id;
      try (PreparedStatement p = c.prepareStatement("INSERT INTO RESPONSE (AGE, ANSWERED_ON, CREATED_AT,"
          + " EPISODE_ID, GENDER, INSTRUMENT_ID, INSTRUMENT_VERSION, MUNICIPALITY, OCCASION, UNIT)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
        p.setInt(1, age);
        p.setDate(2, Date.valueOf(answeredOn));
        // EclipseLink 4.0 had no Derby type for Instant: it stored the serialized object.
        p.setBytes(3, serialized(Instant.parse(answeredOn + "T10:15:30Z")));
        p.setLong(4, episodeId);
        p.setString(5, gender);
        p.setString(6, "child-wellbeing");
        p.setInt(7, 1);
        p.setString(8, municipality);
        p.setString(9, occasion);
        p.setString(10, "Stödgruppen");
        p.executeUpdate();
        id = generatedId(p);
      }
      values(c, "INSERT INTO RESPONSE_ITEM (RESPONSE_ID, ITEM_VALUE, ITEM_ID) VALUES (?, ?, ?)", id, items);
      values(c, "INSERT INTO RESPONSE_SCORE (RESPONSE_ID, SCORE, SCALE_ID) VALUES (?, ?, ?)", id, scores);
      return id;
    }
  }

  /** Rows in a table, by plain JDBC. */
  static long count(EmbeddedDataSource ds, String table) throws SQLException {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Shuts the database down, as stopping release 0.1.0 did, so that {@link Database} can open it. */
  void stop() {
    shutdown(ds);
  }

  static void shutdown(EmbeddedDataSource ds) {
    EmbeddedDataSource shutdown = dataSource(Path.of(ds.getDatabaseName()));
    shutdown.setShutdownDatabase("shutdown");
    try {
      shutdown.getConnection().close();
    } catch (SQLException e) {
      if (!"08006".equals(e.getSQLState())) { // Derby's answer to a successful shutdown
        throw new IllegalStateException(e);
      }
    }
  }

  private static void values(Connection c, String sql, long responseId, Map<String, Double> values)
      throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (Map.Entry<String, Double> v : values.entrySet()) {
        p.setLong(1, responseId);
        p.setDouble(2, v.getValue());
        p.setString(3, v.getKey());
        p.executeUpdate();
      }
    }
  }

  private static long generatedId(PreparedStatement p) throws SQLException {
    try (ResultSet keys = p.getGeneratedKeys()) {
      keys.next();
      return keys.getLong(1);
    }
  }

  private static byte[] serialized(Object value) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static String script() {
    try (InputStream in = PreviousRelease.class.getResourceAsStream("release-0.1.0-schema.sql")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
