package se.pejl.store.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * The schema of a database as sorted lines, from JDBC metadata: tables, columns (type, size,
 * nullability, identity), primary keys, named indexes and foreign keys. Liquibase's own tables
 * and Derby's generated names ("SQL…") are left out, so two databases made in different ways
 * compare equal when they are the same to the application.
 */
final class SchemaDescription {
  private SchemaDescription() {}

  /** @param foreignKeyNames whether a foreign key's name counts, or only its columns */
  static List<String> of(DataSource ds, boolean foreignKeyNames) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (Connection c = ds.getConnection()) {
      DatabaseMetaData md = c.getMetaData();
      for (String table : tables(md)) {
        lines.add("TABLE " + table);
        columns(md, table, lines);
        primaryKey(md, table, lines);
        indexes(md, table, lines);
        foreignKeys(md, table, foreignKeyNames, lines);
      }
    }
    lines.sort(null);
    return lines;
  }

  private static List<String> tables(DatabaseMetaData md) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet rs = md.getTables(null, "APP", "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        String name = rs.getString("TABLE_NAME");
        if (!name.startsWith("DATABASECHANGELOG")) {
          tables.add(name);
        }
      }
    }
    return tables;
  }

  private static void columns(DatabaseMetaData md, String table, List<String> lines) throws SQLException {
    try (ResultSet rs = md.getColumns(null, "APP", table, "%")) {
      while (rs.next()) {
        lines.add("COLUMN " + table + "." + rs.getString("COLUMN_NAME") + " " + rs.getString("TYPE_NAME")
            + "(" + rs.getInt("COLUMN_SIZE") + ")"
            + ("NO".equals(rs.getString("IS_NULLABLE")) ? " NOT NULL" : "")
            + ("YES".equals(rs.getString("IS_AUTOINCREMENT")) ? " IDENTITY" : ""));
      }
    }
  }

  private static void primaryKey(DatabaseMetaData md, String table, List<String> lines) throws SQLException {
    Map<Short, String> columns = new TreeMap<>();
    try (ResultSet rs = md.getPrimaryKeys(null, "APP", table)) {
      while (rs.next()) {
        columns.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME"));
      }
    }
    if (!columns.isEmpty()) {
      lines.add("PRIMARY KEY " + table + columns.values());
    }
  }

  private static void indexes(DatabaseMetaData md, String table, List<String> lines) throws SQLException {
    Map<String, Map<Short, String>> indexes = new TreeMap<>();
    try (ResultSet rs = md.getIndexInfo(null, "APP", table, false, false)) {
      while (rs.next()) {
        String name = rs.getString("INDEX_NAME");
        if (name != null && !name.startsWith("SQL")) { // Derby's own, behind keys
          String key = name + (rs.getBoolean("NON_UNIQUE") ? "" : " UNIQUE");
          indexes.computeIfAbsent(key, k -> new TreeMap<>())
              .put(rs.getShort("ORDINAL_POSITION"), rs.getString("COLUMN_NAME"));
        }
      }
    }
    indexes.forEach((name, columns) -> lines.add("INDEX " + name + " ON " + table + columns.values()));
  }

  private static void foreignKeys(DatabaseMetaData md, String table, boolean names, List<String> lines)
      throws SQLException {
    try (ResultSet rs = md.getImportedKeys(null, "APP", table)) {
      while (rs.next()) {
        lines.add("FOREIGN KEY " + (names ? rs.getString("FK_NAME") + " " : "")
            + table + "(" + rs.getString("FKCOLUMN_NAME") + ") -> "
            + rs.getString("PKTABLE_NAME") + "(" + rs.getString("PKCOLUMN_NAME") + ")");
      }
    }
  }
}
