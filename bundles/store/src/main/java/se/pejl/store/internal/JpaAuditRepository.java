package se.pejl.store.internal;

import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.ZoneId;
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

  private final Database db;

  @Activate
  public JpaAuditRepository(@Reference Database db) {
    this.db = db;
  }

  /** Synchronized so that this node never forks a chain; across nodes the unique key does. */
  @Override
  public synchronized AuditEntry append(MunicipalityCode m, Instant at, String user, ClientRef client,
      String what, String endpoint) {
    return db.inTransaction(em -> {
      List<AuditEntryEntity> last = em.createQuery(
              "SELECT a FROM AuditEntryEntity a WHERE a.municipality = :m ORDER BY a.sequence DESC",
              AuditEntryEntity.class)
          .setParameter("m", m.value()).setMaxResults(1).getResultList();
      String previous = last.isEmpty() ? AuditChain.GENESIS : last.get(0).toEntry().hash();
      long sequence = last.isEmpty() ? 1 : last.get(0).toEntry().sequence() + 1;
      AuditEntry unsigned = new AuditEntry(sequence, at, user, m, client, what, endpoint, null);
      AuditEntry entry = new AuditEntry(sequence, at, user, m, client, what, endpoint,
          AuditChain.hash(previous, unsigned));
      em.persist(new AuditEntryEntity(entry, previous));
      return entry;
    });
  }

  /** One transaction and one look at the chain's end for the whole list. */
  @Override
  public synchronized List<AuditEntry> appendAll(MunicipalityCode m, Instant at, String user,
      List<ClientRef> clients, String what, String endpoint) {
    if (clients.isEmpty()) {
      return List.of();
    }
    return db.inTransaction(em -> {
      List<AuditEntryEntity> last = em.createQuery(
              "SELECT a FROM AuditEntryEntity a WHERE a.municipality = :m ORDER BY a.sequence DESC",
              AuditEntryEntity.class)
          .setParameter("m", m.value()).setMaxResults(1).getResultList();
      String previous = last.isEmpty() ? AuditChain.GENESIS : last.get(0).toEntry().hash();
      long sequence = last.isEmpty() ? 1 : last.get(0).toEntry().sequence() + 1;
      List<AuditEntry> written = new java.util.ArrayList<>(clients.size());
      for (ClientRef client : clients) {
        AuditEntry unsigned = new AuditEntry(sequence, at, user, m, client, what, endpoint, null);
        AuditEntry entry = new AuditEntry(sequence, at, user, m, client, what, endpoint,
            AuditChain.hash(previous, unsigned));
        em.persist(new AuditEntryEntity(entry, previous));
        written.add(entry);
        previous = entry.hash();
        sequence++;
      }
      return written;
    });
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
    return db.read(em -> {
      String previous = AuditChain.GENESIS;
      long expected = 1;
      List<AuditEntryEntity> rows = em.createQuery(
              "SELECT a FROM AuditEntryEntity a WHERE a.municipality = :m ORDER BY a.sequence",
              AuditEntryEntity.class)
          .setParameter("m", m.value()).getResultList();
      for (AuditEntryEntity row : rows) {
        AuditEntry e = row.toEntry();
        if (e.sequence() != expected || !row.previousHash().equals(previous)
            || !AuditChain.hash(previous, e).equals(e.hash())) {
          return new ChainCheck(false, rows.size(), e.sequence());
        }
        previous = e.hash();
        expected++;
      }
      return new ChainCheck(true, rows.size(), null);
    });
  }
}
