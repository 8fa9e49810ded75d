package se.pejl.store.internal;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.NotFoundException;
import se.pejl.api.followup.Draft;
import se.pejl.api.store.DraftRepository;

/** Drafts; the municipality is part of every query, so another's rows are never loaded. */
@Component(service = DraftRepository.class)
public final class JpaDraftRepository implements DraftRepository {
  private final Database db;
  private final AnswersJson json;

  @Activate
  public JpaDraftRepository(@Reference Database db, @Reference AnswersJson json) {
    this.db = db;
    this.json = json;
  }

  @Override
  public Draft insert(MunicipalityCode m, long episodeId, String instrumentId, String occasion,
      LocalDate answeredOn, Map<String, Object> answers, String by, Instant at) {
    String text = json.write(answers);
    return db.inTransaction(em -> {
      DraftEntity d = new DraftEntity(m.value(), episodeId, instrumentId, occasion, by, at);
      d.save(answeredOn, text, by, at);
      em.persist(d);
      em.flush();
      return d.toDraft(json);
    });
  }

  @Override
  public Optional<Draft> find(MunicipalityCode m, long draftId) {
    return db.read(em -> entity(em, m, draftId).map(d -> d.toDraft(json)));
  }

  @Override
  public List<Draft> ofEpisode(MunicipalityCode m, long episodeId) {
    return db.read(em -> em.createQuery("SELECT d FROM DraftEntity d WHERE d.municipality = :m"
            + " AND d.episodeId = :e ORDER BY d.id", DraftEntity.class)
        .setParameter("m", m.value()).setParameter("e", episodeId)
        .getResultStream().map(d -> d.toDraft(json)).toList());
  }

  @Override
  public Draft replace(MunicipalityCode m, long draftId, LocalDate answeredOn, Map<String, Object> answers,
      String by, Instant at) {
    String text = json.write(answers);
    return db.inTransaction(em -> {
      DraftEntity d = entity(em, m, draftId).orElseThrow(() -> new NotFoundException("error.draft.notFound", draftId));
      d.save(answeredOn, text, by, at);
      em.flush();
      return d.toDraft(json);
    });
  }

  @Override
  public boolean delete(MunicipalityCode m, long draftId) {
    return db.inTransaction(em -> JpaAnswerRepository.deleteDraft(em, m, draftId) > 0);
  }

  private static Optional<DraftEntity> entity(EntityManager em, MunicipalityCode m, long id) {
    return em.createQuery("SELECT d FROM DraftEntity d WHERE d.id = :id AND d.municipality = :m", DraftEntity.class)
        .setParameter("id", id).setParameter("m", m.value()).getResultStream().findFirst();
  }
}
