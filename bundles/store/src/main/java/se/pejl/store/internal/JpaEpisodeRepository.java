package se.pejl.store.internal;

import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.followup.Episode;
import se.pejl.api.followup.NewEpisode;
import se.pejl.api.store.EpisodeRepository;

@Component(service = EpisodeRepository.class)
public final class JpaEpisodeRepository implements EpisodeRepository {
  private final Database db;

  @Activate
  public JpaEpisodeRepository(@Reference Database db) {
    this.db = db;
  }

  @Override
  public Episode insert(MunicipalityCode municipality, String caseworker, NewEpisode e) {
    return db.inTransaction(em -> {
      EpisodeEntity entity = new EpisodeEntity(municipality, e.client(), e.type(), e.unit(),
          caseworker, e.start(), e.purpose(), e.goals());
      em.persist(entity);
      em.flush();
      return entity.toEpisode();
    });
  }

  @Override
  public Optional<Episode> find(MunicipalityCode municipality, long id) {
    // The municipality is part of the query, not a check afterwards: another municipality's
    // episode is never loaded at all.
    return db.read(em -> em.createQuery(
            "SELECT e FROM EpisodeEntity e WHERE e.id = :id AND e.municipality = :m", EpisodeEntity.class)
        .setParameter("id", id)
        .setParameter("m", municipality.value())
        .getResultStream()
        .findFirst()
        .map(EpisodeEntity::toEpisode));
  }

  @Override
  public long count(MunicipalityCode municipality) {
    return db.read(em -> em.createQuery(
            "SELECT COUNT(e) FROM EpisodeEntity e WHERE e.municipality = :m", Long.class)
        .setParameter("m", municipality.value())
        .getSingleResult());
  }
}
