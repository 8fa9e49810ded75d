package se.pejl.store.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import se.pejl.api.ConflictException;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.NotFoundException;
import se.pejl.api.followup.Response;
import se.pejl.api.followup.ResponseRevision;
import se.pejl.api.store.AnswerRepository;
import se.pejl.api.store.NewAnswer;

/**
 * Answers with their revisions. RESPONSE keeps one row per answer holding its newest revision, so
 * every statistic over RESPONSE counts an answer once; RESPONSE_REVISION keeps the earlier ones.
 */
@Component(service = AnswerRepository.class)
public final class JpaAnswerRepository implements AnswerRepository {
  private final Database db;
  private final AnswersJson json;
  private final Clock clock;

  @Activate
  public JpaAnswerRepository(@Reference Database db, @Reference AnswersJson json) {
    this(db, json, Clock.systemUTC());
  }

  JpaAnswerRepository(Database db, AnswersJson json, Clock clock) {
    this.db = db;
    this.json = json;
    this.clock = clock;
  }

  @Override
  public Response insert(MunicipalityCode m, NewAnswer answer, Long fromDraft) {
    String answers = json.write(answer.answers());
    return db.inTransaction(em -> {
      if (fromDraft != null && deleteDraft(em, m, fromDraft) == 0) {
        // Submitted twice at once, or discarded meanwhile: store nothing rather than twice.
        throw new NotFoundException("error.draft.notFound", fromDraft);
      }
      return persist(em, m, answer, answers, clock.instant());
    });
  }

  /** Shared with the survey links, which store an answer in their own transaction. */
  static Response persist(EntityManager em, MunicipalityCode m, NewAnswer answer, String answersJson,
      Instant at) {
    ResponseEntity entity = new ResponseEntity(m.value(), answer, answersJson, at);
    em.persist(entity);
    em.flush();
    return entity.toResponse();
  }

  static int deleteDraft(EntityManager em, MunicipalityCode m, long draftId) {
    return em.createQuery("DELETE FROM DraftEntity d WHERE d.id = :id AND d.municipality = :m")
        .setParameter("id", draftId).setParameter("m", m.value()).executeUpdate();
  }

  @Override
  public Optional<ResponseRevision> current(MunicipalityCode m, long responseId) {
    return db.read(em -> response(em, m, responseId).map(r -> r.toRevision(json)));
  }

  @Override
  public List<ResponseRevision> revisions(MunicipalityCode m, long responseId) {
    return db.read(em -> {
      Optional<ResponseEntity> response = response(em, m, responseId);
      if (response.isEmpty()) {
        return List.of();
      }
      List<ResponseRevision> all = new ArrayList<>();
      em.createQuery("SELECT v FROM ResponseRevisionEntity v WHERE v.municipality = :m"
              + " AND v.responseId = :r ORDER BY v.revision", ResponseRevisionEntity.class)
          .setParameter("m", m.value()).setParameter("r", responseId)
          .getResultStream().forEach(v -> all.add(v.toRevision(response.get(), json)));
      all.add(response.get().toRevision(json));
      return all;
    });
  }

  @Override
  public ResponseRevision revise(MunicipalityCode m, long responseId, int basedOn, Map<String, Object> answers,
      Map<String, Double> itemValues, Map<String, Double> scores, String changedBy, Instant changedAt,
      String reason) {
    String answersJson = json.write(answers);
    return db.inTransaction(em -> {
      ResponseEntity entity = response(em, m, responseId)
          .orElseThrow(() -> new NotFoundException("error.response.notFound", responseId));
      em.refresh(entity, LockModeType.PESSIMISTIC_WRITE); // the state under the lock, not before it
      if (entity.revision() != basedOn) {
        throw new ConflictException("error.response.conflict", responseId, entity.revision());
      }
      em.persist(entity.revise(answersJson, itemValues, scores, changedBy, changedAt, reason));
      em.flush();
      return entity.toRevision(json);
    });
  }

  private static Optional<ResponseEntity> response(EntityManager em, MunicipalityCode m, long id) {
    return em.createQuery("SELECT r FROM ResponseEntity r WHERE r.id = :id AND r.municipality = :m",
            ResponseEntity.class)
        .setParameter("id", id).setParameter("m", m.value())
        .getResultStream().findFirst();
  }
}
