package se.pejl.benchmark;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Before loading: every NOT NULL column without a default that the schema has must be among the
 * columns the bulk load writes, so a new schema version stops the benchmark with the column named
 * instead of failing somewhere in a batch.
 */
final class SchemaCheck {
    private SchemaCheck() {}

    static void requireFilled(Connection c, Map<String, List<String>> columns) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        List<String> unfilled = new ArrayList<>();
        for (Map.Entry<String, List<String>> table : columns.entrySet()) {
            Set<String> filled = new HashSet<>(table.getValue());
            boolean exists = false;
            try (ResultSet rs = meta.getColumns(null, null, table.getKey(), null)) {
                while (rs.next()) {
                    exists = true;
                    String column = rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT);
                    boolean required = rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls
                            && rs.getString("COLUMN_DEF") == null && !"YES".equals(rs.getString("IS_AUTOINCREMENT"));
                    if (required && !filled.contains(column)) {
                        unfilled.add(table.getKey() + "." + column);
                    }
                }
            }
            if (!exists) {
                unfilled.add(table.getKey() + " (no such table)");
            }
        }
        if (!unfilled.isEmpty()) {
            throw new IllegalStateException("The schema has NOT NULL columns the benchmark does not fill: " + unfilled
                    + "; add them to BulkLoad.columns and the inserts");
        }
    }
}
