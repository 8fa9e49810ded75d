package se.pejl.store.internal;

import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import se.pejl.api.ClientRef;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.audit.AuditEntry;
import se.pejl.api.audit.AuditQuery;
import se.pejl.api.audit.ChainCheck;
import se.pejl.api.store.AuditRepository;

/** The audit log's rows: appended with their hash, never updated or deleted. */
@Component(service = AuditRepository.class)
public final class JpaAuditRepository implements AuditRepository {
  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  private static final String INSERT = "INSERT INTO AUDIT_ENTRY (MUNICIPALITY, SEQ, READ_AT, USER_ID, CLIENT_REF,"
      + " WHAT, ENDPOINT, PREV_HASH, HASH, READ_AT_NANOS) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final int BATCH = 1_000;

  private final Database db;

  @Activate
  public JpaAuditRepository(@Reference Database db) {
    this.db = db;
  }

  /** Synchronized so that this node never forks a chain; across nodes the unique key does. */
  @Override
  public synchronized AuditEntry append(MunicipalityCode m, Instant at, String user, ClientRef client,
      String what, String endpoint) {
    return appendAll(m, at, user, List.of(client), what, endpoint).get(0);
  }

  /**
   * One transaction, one look at the chain's end and one JDBC batch for the whole list: a coverage
   * report names thousands of clients, and EclipseLink inserts rows with an identity key one
   * statement at a time.
   */
  @Override
  public synchronized List<AuditEntry> appendAll(MunicipalityCode m, Instant at, String user,
      List<ClientRef> clients, String what, String endpoint) {
    if (clients.isEmpty()) {
      return List.of();
    }
    return db.writeJdbc(c -> {
      ChainEnd end = end(c, m);
      String previous = end.hash();
      long sequence = end.sequence() + 1;
      List<AuditEntry> written = new ArrayList<>(clients.size());
      try (PreparedStatement insert = c.prepareStatement(INSERT)) {
        for (ClientRef client : clients) {
          AuditEntry unsigned = new AuditEntry(sequence, at, user, m, client, what, endpoint, null);
          AuditEntry entry = new AuditEntry(sequence, at, user, m, client, what, endpoint,
              AuditChain.hash(previous, unsigned));
          bind(insert, entry, previous);
          insert.addBatch();
          if (written.add(entry) && written.size() % BATCH == 0) {
            insert.executeBatch();
          }
          previous = entry.hash();
          sequence++;
        }
        insert.executeBatch();
      }
      return written;
    });
  }

  /** Where a municipality's chain ends: its newest entry's sequence and hash. */
  private record ChainEnd(long sequence, String hash) {}

  private static ChainEnd end(Connection c, MunicipalityCode m) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT SEQ, HASH FROM AUDIT_ENTRY WHERE MUNICIPALITY = ?"
        + " ORDER BY SEQ DESC FETCH FIRST 1 ROWS ONLY")) {
      p.setString(1, m.value());
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? new ChainEnd(rs.getLong(1), rs.getString(2)) : new ChainEnd(0, AuditChain.GENESIS);
      }
    }
  }

  /** As {@link AuditEntryEntity} maps it; the time as {@link InstantConverter} writes it. */
  private static void bind(PreparedStatement p, AuditEntry e, String previousHash) throws SQLException {
    p.setString(1, e.municipality().value());
    p.setLong(2, e.sequence());
    p.setTimestamp(3, Timestamp.from(e.at()));
    p.setString(4, e.user());
    p.setString(5, e.client().value());
    p.setString(6, e.what());
    p.setString(7, e.endpoint());
    p.setString(8, previousHash);
    p.setString(9, e.hash());
    p.setLong(10, AuditEntryEntity.nanos(e.at()));
  }

  @Override
  public List<AuditEntry> find(MunicipalityCode m, AuditQuery q) {
    StringBuilder jpql = new StringBuilder("SELECT a FROM AuditEntryEntity a WHERE a.municipality = :m");
    if (q.user() != null) {
      jpql.append(" AND a.user = :user");
    }
    if (q.client() != null) {
      jpql.append(" AND a.client = :client");
    }
    if (q.from() != null) {
      jpql.append(" AND a.at >= :from");
    }
    if (q.to() != null) {
      jpql.append(" AND a.at < :to");
    }
    jpql.append(" ORDER BY a.sequence DESC");
    return db.read(em -> {
      TypedQuery<AuditEntryEntity> query = em.createQuery(jpql.toString(), AuditEntryEntity.class)
          .setParameter("m", m.value()).setMaxResults(q.limit());
      if (q.user() != null) {
        query.setParameter("user", q.user());
      }
      if (q.client() != null) {
        query.setParameter("client", q.client().value());
      }
      if (q.from() != null) {
        query.setParameter("from", q.from().atStartOfDay(SWEDEN).toInstant());
      }
      if (q.to() != null) {
        query.setParameter("to", q.to().plusDays(1).atStartOfDay(SWEDEN).toInstant());
      }
      return query.getResultStream().map(AuditEntryEntity::toEntry).toList();
    });
  }

  @Override
  public ChainCheck verify(MunicipalityCode m) {
    // Read row by row in the chain's order (the unique index gives it): a municipality's log
    // grows by an entry per client read and is never emptied, so it is not loaded whole.
    return db.readJdbc(c -> {
      try (PreparedStatement p = c.prepareStatement("SELECT SEQ, READ_AT, READ_AT_NANOS, USER_ID, CLIENT_REF, WHAT,"
          + " ENDPOINT, PREV_HASH, HASH FROM AUDIT_ENTRY WHERE MUNICIPALITY = ? ORDER BY SEQ",
          ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
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
            AuditEntry e = entry(rs, m);
            if (e.sequence() != checked || !rs.getString(8).equals(previous)
                || !AuditChain.hash(previous, e).equals(e.hash())) {
              broken = e.sequence();
            }
            previous = e.hash();
          }
          return new ChainCheck(broken == null, checked, broken);
        }
      }
    });
  }

  /** A row of the query in {@link #verify}, as {@link AuditEntryEntity#toEntry} makes it. */
  private static AuditEntry entry(ResultSet rs, MunicipalityCode m) throws SQLException {
    Instant at = AuditEntryEntity.exactTime(rs.getTimestamp(2).toInstant(), rs.getObject(3, Long.class));
    return new AuditEntry(rs.getLong(1), at, rs.getString(4), m, new ClientRef(rs.getString(5)), rs.getString(6),
        rs.getString(7), rs.getString(9));
  }
}
