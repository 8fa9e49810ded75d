package se.pejl.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import se.pejl.api.ClientRef;
import se.pejl.api.MunicipalityCode;

/**
 * The index that finds the list reads that named a client ({@code AUDIT_LIST_CLIENT}), written
 * behind the log: a list entry names its clients itself ({@link ListClients}), and its index rows
 * follow, one list at a time in the chain's order, so that {@code AUDIT_LIST_INDEXED} can say how
 * far the index has come. Lists written by schema 7 had their rows written with them.
 */
final class ListIndex {
  private ListIndex() {}

  /** The last list entry of the municipality in the index: every one up to it is, none after it. */
  static long indexedTo(Connection c, MunicipalityCode m) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT SEQ FROM AUDIT_LIST_INDEXED WHERE MUNICIPALITY = ?")) {
      p.setString(1, m.value());
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
  }

  /**
   * Indexes the municipality's next list not yet indexed, in the caller's transaction.
   *
   * @return whether there was one
   */
  static boolean indexNext(Connection c, MunicipalityCode m, ListClients codec) throws SQLException {
    long after = indexedTo(c, m);
    long sequence;
    String text;
    try (PreparedStatement p = c.prepareStatement("SELECT SEQ, CLIENTS FROM AUDIT_ENTRY WHERE MUNICIPALITY = ?"
        + " AND SEQ > ? AND CLIENT_REF IS NULL AND CLIENTS IS NOT NULL ORDER BY SEQ FETCH FIRST 1 ROWS ONLY")) {
      p.setString(1, m.value());
      p.setLong(2, after);
      try (ResultSet rs = p.executeQuery()) {
        if (!rs.next()) {
          return false;
        }
        sequence = rs.getLong(1);
        text = rs.getString(2);
      }
    }
    List<ClientRef> clients = codec.read(text);
    // A list changed by hand into no list gets no rows; verify shows it broken.
    if (clients != null) {
      AuditRows.insertList(c, m, sequence, clients);
    }
    moveTo(c, m, after, sequence);
    return true;
  }

  private static void moveTo(Connection c, MunicipalityCode m, long from, long to) throws SQLException {
    try (PreparedStatement update = c.prepareStatement(
        "UPDATE AUDIT_LIST_INDEXED SET SEQ = ? WHERE MUNICIPALITY = ? AND SEQ = ?")) {
      update.setLong(1, to);
      update.setString(2, m.value());
      update.setLong(3, from);
      if (update.executeUpdate() == 1) {
        return;
      }
    }
    // The first list indexed; a second node doing the same fails on the key and its rows go with it.
    try (PreparedStatement insert = c.prepareStatement(
        "INSERT INTO AUDIT_LIST_INDEXED (MUNICIPALITY, SEQ) VALUES (?, ?)")) {
      insert.setString(1, m.value());
      insert.setLong(2, to);
      insert.executeUpdate();
    }
  }
}
