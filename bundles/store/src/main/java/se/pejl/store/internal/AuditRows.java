package se.pejl.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import se.pejl.api.ClientRef;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.audit.AuditEntry;

/**
 * The audit tables' rows as JDBC writes and reads them. {@code AUDIT_ENTRY} holds one row per
 * read; a read of a list of clients has no {@code CLIENT_REF} and names them in {@code CLIENTS}, in
 * the order read ({@link ListClients}; before schema 8 in {@code AUDIT_LIST_CLIENT} only, which is
 * now the index by client, {@link ListIndex}). {@code READ_AT} is local wall-clock time for
 * searching by day; {@code READ_AT_NANOS} the exact instant the hash covers (null before schema 6).
 */
final class AuditRows {
  /** The columns {@link #entry} reads, in its order, of an {@code AUDIT_ENTRY} aliased {@code e}. */
  static final String COLUMNS = "e.SEQ, e.READ_AT, e.READ_AT_NANOS, e.USER_ID, e.CLIENT_REF, e.WHAT, e.ENDPOINT,"
      + " e.HASH, e.PREV_HASH";
  /** {@link #COLUMNS} and a list entry's clients as it names them ({@link ListClients}), the tenth. */
  static final String WITH_CLIENTS = COLUMNS + ", e.CLIENTS";
  private static final String INSERT = "INSERT INTO AUDIT_ENTRY (MUNICIPALITY, SEQ, READ_AT, USER_ID, CLIENT_REF,"
      + " WHAT, ENDPOINT, PREV_HASH, HASH, READ_AT_NANOS, CLIENTS) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String LIST_CLIENTS = "SELECT CLIENT_REF FROM AUDIT_LIST_CLIENT WHERE MUNICIPALITY = ?"
      + " AND SEQ = ? ORDER BY POSITION";
  /** Rows per INSERT of a list's clients: Derby runs a statement per row of a JDBC batch. */
  private static final int LIST_ROWS = 50;
  private static final long NANOS = 1_000_000_000L;

  private AuditRows() {}

  /** Writes entry rows. */
  static PreparedStatement entryInsert(Connection c) throws SQLException {
    return c.prepareStatement(INSERT);
  }

  /** @param clients a list entry's clients as {@link ListClients} writes them, or null */
  static void bind(PreparedStatement p, AuditEntry e, String previousHash, String clients) throws SQLException {
    p.setString(1, e.municipality().value());
    p.setLong(2, e.sequence());
    p.setTimestamp(3, Timestamp.from(e.at()));
    p.setString(4, e.user());
    if (e.client() == null) {
      p.setNull(5, Types.VARCHAR);
    } else {
      p.setString(5, e.client().value());
    }
    p.setString(6, e.what());
    p.setString(7, e.endpoint());
    p.setString(8, previousHash);
    p.setString(9, e.hash());
    p.setLong(10, Math.addExact(Math.multiplyExact(e.at().getEpochSecond(), NANOS), e.at().getNano()));
    // setString for null too: a null CLOB type would be sent to PostgreSQL as an oid.
    p.setString(11, clients);
  }

  /** The index rows of the list entry {@code sequence}, {@value #LIST_ROWS} to a statement. */
  static void insertList(Connection c, MunicipalityCode m, long sequence, List<ClientRef> clients)
      throws SQLException {
    int whole = clients.size() - clients.size() % LIST_ROWS;
    if (whole > 0) {
      try (PreparedStatement p = c.prepareStatement(listInsert(LIST_ROWS))) {
        for (int start = 0; start < whole; start += LIST_ROWS) {
          bindList(p, m, sequence, clients, start, LIST_ROWS);
          p.executeUpdate();
        }
      }
    }
    if (whole < clients.size()) {
      try (PreparedStatement p = c.prepareStatement(listInsert(clients.size() - whole))) {
        bindList(p, m, sequence, clients, whole, clients.size() - whole);
        p.executeUpdate();
      }
    }
  }

  private static String listInsert(int rows) {
    StringBuilder sql = new StringBuilder("INSERT INTO AUDIT_LIST_CLIENT (MUNICIPALITY, SEQ, POSITION, CLIENT_REF)"
        + " VALUES (?, ?, ?, ?)");
    sql.append(", (?, ?, ?, ?)".repeat(rows - 1));
    return sql.toString();
  }

  private static void bindList(PreparedStatement p, MunicipalityCode m, long sequence, List<ClientRef> clients,
      int start, int rows) throws SQLException {
    for (int i = 0; i < rows; i++) {
      int column = 4 * i;
      p.setString(column + 1, m.value());
      p.setLong(column + 2, sequence);
      p.setInt(column + 3, start + i);
      p.setString(column + 4, clients.get(start + i).value());
    }
  }

  /** A statement for {@link #listClients}, to be reused over many entries. */
  static PreparedStatement listQuery(Connection c) throws SQLException {
    return c.prepareStatement(LIST_CLIENTS);
  }

  /** A list entry's index rows, in the order read; at most {@code limit}. */
  static List<ClientRef> listClients(PreparedStatement query, MunicipalityCode m, long sequence, long limit)
      throws SQLException {
    query.setString(1, m.value());
    query.setLong(2, sequence);
    List<ClientRef> clients = new ArrayList<>();
    try (ResultSet rs = query.executeQuery()) {
      while (clients.size() < limit && rs.next()) {
        clients.add(new ClientRef(rs.getString(1)));
      }
    }
    return clients;
  }

  /** The row at the result set's cursor, selected by {@link #COLUMNS}; its client null for a list entry. */
  static AuditEntry entry(ResultSet rs, MunicipalityCode m) throws SQLException {
    Instant readAt = rs.getTimestamp(2).toInstant();
    Long nanos = rs.getObject(3, Long.class);
    Instant at = nanos == null ? readAt
        : Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS), Math.floorMod(nanos, NANOS));
    String client = rs.getString(5);
    return new AuditEntry(rs.getLong(1), at, rs.getString(4), m, client == null ? null : new ClientRef(client),
        rs.getString(6), rs.getString(7), rs.getString(8));
  }

  /** The entry as read by one of the clients it names. */
  static AuditEntry of(AuditEntry list, ClientRef client) {
    return new AuditEntry(list.sequence(), list.at(), list.user(), list.municipality(), client, list.what(),
        list.endpoint(), list.hash());
  }
}
