package se.pejl.store.internal;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import se.pejl.api.store.InstrumentDefinitionRepository;
import se.pejl.api.store.StoredInstrumentDefinition;

/** Instrument definitions as first seen; a stored one is never replaced. */
@Component(service = InstrumentDefinitionRepository.class)
public final class JpaInstrumentDefinitionRepository implements InstrumentDefinitionRepository {
  private final Database db;

  @Activate
  public JpaInstrumentDefinitionRepository(@Reference Database db) {
    this.db = db;
  }

  /**
   * Synchronized because bundles start on several framework threads, and two may ship the same
   * version: the second must see the first's row, not fail on the unique index. The database is
   * embedded, so no other process writes to it.
   */
  @Override
  public synchronized StoredInstrumentDefinition saveIfAbsent(StoredInstrumentDefinition definition) {
    return db.inTransaction(em -> find(em, definition.instrumentId(), definition.version()).orElseGet(() -> {
      InstrumentDefinitionEntity e = new InstrumentDefinitionEntity(definition);
      em.persist(e);
      em.flush();
      return e;
    }).toDefinition());
  }

  @Override
  public List<StoredInstrumentDefinition> all() {
    return db.read(em -> em.createQuery("SELECT d FROM InstrumentDefinitionEntity d"
            + " ORDER BY d.instrumentId, d.version", InstrumentDefinitionEntity.class)
        .getResultStream().map(InstrumentDefinitionEntity::toDefinition).toList());
  }

  private static Optional<InstrumentDefinitionEntity> find(EntityManager em, String id, int version) {
    return em.createQuery("SELECT d FROM InstrumentDefinitionEntity d WHERE d.instrumentId = :i"
            + " AND d.version = :v", InstrumentDefinitionEntity.class)
        .setParameter("i", id).setParameter("v", version).getResultStream().findFirst();
  }
}
