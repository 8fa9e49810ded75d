package se.pejl.store.internal;

import jakarta.json.spi.JsonProvider;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.pejl.api.ClientRef;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.audit.AuditEntry;
import se.pejl.api.audit.AuditQuery;
import se.pejl.api.audit.ChainCheck;
import se.pejl.api.store.AuditRepository;

/**
 * The audit log's rows (see {@link AuditRows}): appended with their hash, never updated or deleted.
 * Over JDBC, as the rows are few and plain. A list read is one row naming its clients; the index
 * that finds it by client ({@link ListIndex}) is written a while later, off the way of the report
 * that made it; a question by client meanwhile reads the lists not yet in it from their own names.
 */
@Component(service = AuditRepository.class, configurationPid = StoreConfig.PID)
public final class JdbcAuditRepository implements AuditRepository {
  private static final Logger LOG = LoggerFactory.getLogger(JdbcAuditRepository.class);
  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  private final Database db;
  private final ListClients codec;
  private final AuditVerification verification;
  private final Duration indexDelay;
  private final ScheduledThreadPoolExecutor later;
  /** Municipalities with lists waiting for the index. */
  private final Set<MunicipalityCode> waiting = ConcurrentHashMap.newKeySet();
  /** Held while the index moves: one list at a time. */
  private final Object indexing = new Object();
  private volatile boolean closed;

  @Activate
  public JdbcAuditRepository(@Reference Database db, @Reference JsonProvider json, StoreConfig config) {
    this(db, json, Duration.ofSeconds(Math.max(0, config.auditIndexDelaySeconds())));
  }

  JdbcAuditRepository(Database db, JsonProvider json, Duration indexDelay) {
    this.db = db;
    this.codec = new ListClients(json);
    this.verification = new AuditVerification(codec);
    this.indexDelay = indexDelay;
    this.later = new ScheduledThreadPoolExecutor(1, task -> {
      Thread thread = new Thread(task, "pejl-audit-index");
      thread.setDaemon(true);
      return thread;
    });
    later.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
  }

  /**
   * Lets an index write under way end (not interrupted inside Derby); lists left out are taken in
   * after the next list of their municipality, and found by client from their names until then.
   */
  @Deactivate
  public void close() {
    closed = true;
    later.shutdown();
    try {
      later.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Synchronized so that this node never forks a chain; across nodes the unique (municipality,
   * sequence) key does: the second insert fails instead.
   */
  @Override
  public synchronized AuditEntry append(MunicipalityCode m, Instant at, String user, ClientRef client,
      String what, String endpoint) {
    return db.writeJdbc(c -> {
      ChainEnd end = end(c, m);
      AuditEntry unsigned = new AuditEntry(end.sequence() + 1, at, user, m, client, what, endpoint, null);
      AuditEntry entry = signed(unsigned, AuditChain.hash(end.hash(), unsigned));
      try (PreparedStatement insert = AuditRows.entryInsert(c)) {
        AuditRows.bind(insert, entry, end.hash(), null);
        insert.executeUpdate();
      }
      return entry;
    });
  }

  /**
   * One entry naming every client in one row: a coverage report names thousands. Each returned
   * entry is the read of one of them; they share the entry's sequence and hash.
   */
  @Override
  public synchronized List<AuditEntry> appendAll(MunicipalityCode m, Instant at, String user,
      List<ClientRef> clients, String what, String endpoint) {
    if (clients.size() < 2) {
      return clients.stream().map(client -> append(m, at, user, client, what, endpoint)).toList();
    }
    String named = codec.write(clients);
    List<AuditEntry> written = db.writeJdbc(c -> {
      ChainEnd end = end(c, m);
      AuditEntry unsigned = new AuditEntry(end.sequence() + 1, at, user, m, null, what, endpoint, null);
      AuditEntry list = signed(unsigned, AuditChain.hash(end.hash(), unsigned, clients));
      try (PreparedStatement insert = AuditRows.entryInsert(c)) {
        AuditRows.bind(insert, list, end.hash(), named);
        insert.executeUpdate();
      }
      return clients.stream().map(client -> AuditRows.of(list, client)).toList();
    });
    indexLater(m);
    return written;
  }

  /** The municipality's lists into the index after the delay, with any written meanwhile. */
  private void indexLater(MunicipalityCode m) {
    if (!waiting.add(m)) {
      return;
    }
    try {
      later.schedule(() -> {
        waiting.remove(m);
        try {
          index(m);
        } catch (RuntimeException e) {
          LOG.warn("Audit lists of {} not indexed by client yet; tried again after its next list", m, e);
        }
      }, indexDelay.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      waiting.remove(m); // stopping: taken in after the municipality's next list
    }
  }

  /**
   * Brings the municipality's index by client up to its last list, a list per transaction: a list of
   * thousands takes a table lock on the index for a tenth of a second (Derby escalates past 5,000
   * row locks), not for the whole catch-up. One at a time in this JVM; another node's duplicate
   * rows fail on the index's key and are left to the one that wrote them first.
   */
  private void index(MunicipalityCode m) {
    synchronized (indexing) {
      while (!closed && db.writeJdbc(c -> ListIndex.indexNext(c, m, codec))) {
        // next list
      }
    }
  }

  private static AuditEntry signed(AuditEntry e, String hash) {
    return new AuditEntry(e.sequence(), e.at(), e.user(), e.municipality(), e.client(), e.what(), e.endpoint(),
        hash);
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

  /** One line per client read, newest first; the clients of one list read in the order read. */
  @Override
  public List<AuditEntry> find(MunicipalityCode m, AuditQuery q) {
    return db.readJdbc(c -> q.client() == null ? newest(c, m, q) : ofClient(c, m, q));
  }

  private List<AuditEntry> newest(Connection c, MunicipalityCode m, AuditQuery q) throws SQLException {
    Conditions where = Conditions.of(m, q);
    List<AuditEntry> found = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement("SELECT " + AuditRows.WITH_CLIENTS + " FROM AUDIT_ENTRY e WHERE"
        + " e.MUNICIPALITY = ?" + where.sql() + " ORDER BY e.SEQ DESC FETCH FIRST " + q.limit() + " ROWS ONLY");
        PreparedStatement clients = AuditRows.listQuery(c)) {
      where.bind(p, 1);
      try (ResultSet rs = p.executeQuery()) {
        while (found.size() < q.limit() && rs.next()) {
          AuditEntry e = AuditRows.entry(rs, m);
          if (e.client() != null) {
            found.add(e);
          } else {
            named(rs.getString(10), clients, m, e.sequence()).stream().limit(q.limit() - found.size())
                .forEach(client -> found.add(AuditRows.of(e, client)));
          }
        }
      }
    }
    return found;
  }

  /** A list entry's clients: as it names them, or before schema 8 as its index rows do; none when unreadable. */
  private List<ClientRef> named(String text, PreparedStatement rows, MunicipalityCode m, long sequence)
      throws SQLException {
    if (text == null) {
      return AuditRows.listClients(rows, m, sequence, Long.MAX_VALUE);
    }
    List<ClientRef> clients = codec.read(text);
    return clients == null ? List.of() : clients;
  }

  /**
   * The entries of the client and the lists that named them, newest first: the lists in the index
   * by client from its rows, the few written since from their own names. Read in one transaction
   * with the index's mark, so a list the index takes in meanwhile is found once either way.
   */
  private List<AuditEntry> ofClient(Connection c, MunicipalityCode m, AuditQuery q) throws SQLException {
    Conditions where = Conditions.of(m, q);
    long indexedTo = ListIndex.indexedTo(c, m);
    String columns = AuditRows.COLUMNS.replace("e.CLIENT_REF", "l.CLIENT_REF");
    Map<Long, AuditEntry> found = new TreeMap<>(Comparator.reverseOrder());
    try (PreparedStatement p = c.prepareStatement("SELECT " + AuditRows.COLUMNS + " FROM AUDIT_ENTRY e"
        + " WHERE e.MUNICIPALITY = ?" + where.sql() + " AND e.CLIENT_REF = ?"
        + " UNION ALL SELECT " + columns + " FROM AUDIT_LIST_CLIENT l JOIN AUDIT_ENTRY e"
        + " ON e.MUNICIPALITY = l.MUNICIPALITY AND e.SEQ = l.SEQ AND e.CLIENT_REF IS NULL"
        + " WHERE l.MUNICIPALITY = ?" + where.sql() + " AND l.CLIENT_REF = ?"
        + " ORDER BY 1 DESC FETCH FIRST " + q.limit() + " ROWS ONLY")) {
      int next = where.bind(p, 1);
      p.setString(next, q.client().value());
      next = where.bind(p, next + 1);
      p.setString(next, q.client().value());
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          AuditEntry e = AuditRows.entry(rs, m);
          found.put(e.sequence(), e);
        }
      }
    }
    try (PreparedStatement p = c.prepareStatement("SELECT " + AuditRows.WITH_CLIENTS + " FROM AUDIT_ENTRY e"
        + " WHERE e.MUNICIPALITY = ?" + where.sql() + " AND e.SEQ > ? AND e.CLIENT_REF IS NULL"
        + " AND e.CLIENTS IS NOT NULL")) {
      p.setLong(where.bind(p, 1), indexedTo);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          List<ClientRef> named = codec.read(rs.getString(10));
          if (named != null && named.contains(q.client())) {
            found.put(rs.getLong(1), AuditRows.of(AuditRows.entry(rs, m), q.client()));
          }
        }
      }
    }
    return found.values().stream().limit(q.limit()).toList();
  }

  /**
   * The query's conditions on an entry aliased {@code e}, after its municipality: bound from the
   * municipality's parameter on, returning the next parameter's index.
   */
  private record Conditions(String sql, List<Object> values) {
    static Conditions of(MunicipalityCode m, AuditQuery q) {
      StringBuilder sql = new StringBuilder();
      List<Object> values = new ArrayList<>();
      if (q.user() != null) {
        sql.append(" AND e.USER_ID = ?");
        values.add(q.user());
      }
      // READ_AT is written as local time (Timestamp.from), so a day's bounds are too.
      if (q.from() != null) {
        sql.append(" AND e.READ_AT >= ?");
        values.add(Timestamp.from(q.from().atStartOfDay(SWEDEN).toInstant()));
      }
      if (q.to() != null) {
        sql.append(" AND e.READ_AT < ?");
        values.add(Timestamp.from(q.to().plusDays(1).atStartOfDay(SWEDEN).toInstant()));
      }
      values.add(0, m.value());
      return new Conditions(sql.toString(), values);
    }

    int bind(PreparedStatement p, int first) throws SQLException {
      for (int i = 0; i < values.size(); i++) {
        p.setObject(first + i, values.get(i));
      }
      return first + values.size();
    }
  }

  @Override
  public ChainCheck verify(MunicipalityCode m) {
    return db.readJdbc(c -> verification.check(c, m));
  }
}
