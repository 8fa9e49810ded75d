package se.pejl.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import se.pejl.api.ClientRef;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.audit.AuditEntry;
import se.pejl.api.audit.ChainCheck;

/**
 * Recomputes a municipality's audit chain from its first entry, and holds the index by client to
 * the lists it has come to ({@link ListIndex}): a row there that no list names, or a list's client
 * missing there, would hide a read from a question by client or make one up.
 */
final class AuditVerification {
  private final ListClients codec;

  AuditVerification(ListClients codec) {
    this.codec = codec;
  }

  /**
   * Read row by row in the chain's order (the unique index gives it): a municipality's log grows
   * with every read and is never emptied, so it is not loaded whole. The index may move on while
   * it is read (another node, or this one's indexer): a list it took in meanwhile may have its
   * rows or none.
   */
  ChainCheck check(Connection c, MunicipalityCode m) throws SQLException {
    long indexedBefore = ListIndex.indexedTo(c, m);
    List<Long> aheadWithRows = new ArrayList<>();
    ChainCheck chain = chain(c, m, indexedBefore, aheadWithRows);
    long indexedAfter = ListIndex.indexedTo(c, m);
    Long broken = chain.intact() ? null : chain.firstBroken();
    broken = first(broken, strayListRow(c, m));
    // Rows for a list after the mark: put in by hand, or the mark moved back.
    broken = first(broken, aheadWithRows.stream().filter(s -> s > indexedAfter).findFirst().orElse(null));
    if (!marksAList(c, m, indexedAfter)) {
      broken = first(broken, chain.entries() == 0 ? indexedAfter : Math.min(indexedAfter, chain.entries()));
    }
    return broken == null ? chain : new ChainCheck(false, chain.entries(), broken);
  }

  /** @param aheadWithRows told the lists after the mark that have their index rows */
  private ChainCheck chain(Connection c, MunicipalityCode m, long indexedBefore, List<Long> aheadWithRows)
      throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT " + AuditRows.WITH_CLIENTS + " FROM AUDIT_ENTRY e"
        + " WHERE e.MUNICIPALITY = ? ORDER BY e.SEQ", ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        PreparedStatement lists = AuditRows.listQuery(c)) {
      p.setString(1, m.value());
      p.setFetchSize(1_000);
      try (ResultSet rs = p.executeQuery()) {
        String previous = AuditChain.GENESIS;
        long checked = 0;
        Long broken = null;
        while (rs.next()) {
          checked++;
          if (broken != null) {
            continue; // counted only, as the whole chain's size is reported
          }
          AuditEntry e = AuditRows.entry(rs, m);
          if (e.sequence() != checked || !rs.getString(9).equals(previous)
              || !intact(e, previous, rs.getString(10), lists, m, indexedBefore, aheadWithRows)) {
            broken = e.sequence();
          }
          previous = e.hash();
        }
        return new ChainCheck(broken == null, checked, broken);
      }
    }
  }

  /**
   * A list names two clients at least ({@link JdbcAuditRepository#appendAll} writes one client as
   * an entry of its own); its index rows name them all once the index has come to it, and none
   * or all while it is being taken in.
   */
  private boolean intact(AuditEntry e, String previous, String named, PreparedStatement lists,
      MunicipalityCode m, long indexedBefore, List<Long> aheadWithRows) throws SQLException {
    if (e.client() != null) {
      return named == null && AuditChain.hash(previous, e).equals(e.hash());
    }
    List<ClientRef> rows = AuditRows.listClients(lists, m, e.sequence(), Long.MAX_VALUE);
    List<ClientRef> clients = named == null ? rows : codec.read(named);
    if (clients == null || clients.size() < 2 || !AuditChain.hash(previous, e, clients).equals(e.hash())) {
      return false;
    }
    if (named == null || e.sequence() <= indexedBefore) {
      return rows.equals(clients);
    }
    if (!rows.isEmpty()) {
      aheadWithRows.add(e.sequence());
    }
    return rows.isEmpty() || rows.equals(clients);
  }

  /**
   * The first list row that belongs to no list entry (put in by hand, beside an entry of one
   * client or ahead of the chain's end), or null: it would pass a read off as one that happened.
   */
  private static Long strayListRow(Connection c, MunicipalityCode m) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT MIN(l.SEQ) FROM AUDIT_LIST_CLIENT l"
        + " WHERE l.MUNICIPALITY = ? AND NOT EXISTS (SELECT 1 FROM AUDIT_ENTRY e WHERE e.MUNICIPALITY = l.MUNICIPALITY"
        + " AND e.SEQ = l.SEQ AND e.CLIENT_REF IS NULL)")) {
      p.setString(1, m.value());
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? rs.getObject(1, Long.class) : null;
      }
    }
  }

  /**
   * The index's mark is where {@link ListIndex} puts it, on a list that names its clients, or
   * nowhere yet: moved on by hand, the lists after it would never be taken in.
   */
  private static boolean marksAList(Connection c, MunicipalityCode m, long indexedTo) throws SQLException {
    if (indexedTo == 0) {
      return true;
    }
    try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM AUDIT_ENTRY WHERE MUNICIPALITY = ? AND SEQ = ?"
        + " AND CLIENT_REF IS NULL AND CLIENTS IS NOT NULL")) {
      p.setString(1, m.value());
      p.setLong(2, indexedTo);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static Long first(Long a, Long b) {
    return a == null ? b : b == null ? a : Long.valueOf(Math.min(a, b));
  }
}
