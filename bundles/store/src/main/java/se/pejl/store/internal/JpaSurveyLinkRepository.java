package se.pejl.store.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.NotFoundException;
import se.pejl.api.followup.Response;
import se.pejl.api.store.NewAnswer;
import se.pejl.api.store.SurveyLinkRepository;
import se.pejl.api.survey.SurveyLink;
import se.pejl.api.survey.SurveyLinkClosedException;
import se.pejl.api.survey.SurveyLinkStatus;

/** Survey links by the hash of their token, and the answers given through them. */
@Component(service = SurveyLinkRepository.class)
public final class JpaSurveyLinkRepository implements SurveyLinkRepository {
  private final Database db;
  private final AnswersJson json;

  @Activate
  public JpaSurveyLinkRepository(@Reference Database db, @Reference AnswersJson json) {
    this.db = db;
    this.json = json;
  }

  @Override
  public SurveyLink insert(String tokenHash, SurveyLink link) {
    return db.inTransaction(em -> {
      SurveyLinkEntity e = new SurveyLinkEntity(tokenHash, link);
      em.persist(e);
      em.flush();
      return e.toLink();
    });
  }

  @Override
  public Optional<SurveyLink> findByTokenHash(String tokenHash) {
    return db.read(em -> em.createQuery("SELECT l FROM SurveyLinkEntity l WHERE l.tokenHash = :h",
            SurveyLinkEntity.class)
        .setParameter("h", tokenHash).getResultStream()
        // The index finds the row; the hash is compared again in constant time so that how long
        // a wrong token takes tells nothing about how close it was.
        .filter(l -> MessageDigest.isEqual(l.tokenHash().getBytes(StandardCharsets.US_ASCII),
            tokenHash.getBytes(StandardCharsets.US_ASCII)))
        .findFirst().map(SurveyLinkEntity::toLink));
  }

  @Override
  public Optional<SurveyLink> find(MunicipalityCode m, long linkId) {
    return db.read(em -> entity(em, m, linkId).map(SurveyLinkEntity::toLink));
  }

  @Override
  public List<SurveyLink> ofEpisode(MunicipalityCode m, long episodeId) {
    return db.read(em -> em.createQuery("SELECT l FROM SurveyLinkEntity l WHERE l.municipality = :m"
            + " AND l.episodeId = :e ORDER BY l.id DESC", SurveyLinkEntity.class)
        .setParameter("m", m.value()).setParameter("e", episodeId)
        .getResultStream().map(SurveyLinkEntity::toLink).toList());
  }

  @Override
  public List<SurveyLink> ofGroup(MunicipalityCode m, String groupId) {
    return db.read(em -> em.createQuery("SELECT l FROM SurveyLinkEntity l WHERE l.municipality = :m"
            + " AND l.groupId = :g ORDER BY l.id DESC", SurveyLinkEntity.class)
        .setParameter("m", m.value()).setParameter("g", groupId)
        .getResultStream().map(SurveyLinkEntity::toLink).toList());
  }

  @Override
  public SurveyLink withdraw(MunicipalityCode m, long linkId, Instant at) {
    return db.inTransaction(em -> {
      SurveyLinkEntity l = entity(em, m, linkId)
          .orElseThrow(() -> new NotFoundException("error.surveyLink.notFound", linkId));
      l.withdraw(at);
      em.flush();
      return l.toLink();
    });
  }

  @Override
  public Response answer(long linkId, NewAnswer answer, Instant at) {
    String answers = json.write(answer.answers());
    return db.inTransaction(em -> {
      // The row lock (SELECT … FOR UPDATE) makes the check and the use one step: of two racing
      // answers to a personal link, the second waits and then finds the link used.
      SurveyLinkEntity link = em.find(SurveyLinkEntity.class, linkId, LockModeType.PESSIMISTIC_WRITE);
      if (link == null) {
        throw new NotFoundException("error.surveyLink.notFound", linkId);
      }
      SurveyLink before = link.toLink();
      if (before.status(at) != SurveyLinkStatus.OPEN) {
        throw new SurveyLinkClosedException(before.status(at), before.language());
      }
      link.use(at);
      return JpaAnswerRepository.persist(em, before.municipality(), answer, answers, at);
    });
  }

  private static Optional<SurveyLinkEntity> entity(EntityManager em, MunicipalityCode m, long id) {
    return em.createQuery("SELECT l FROM SurveyLinkEntity l WHERE l.id = :id AND l.municipality = :m",
            SurveyLinkEntity.class)
        .setParameter("id", id).setParameter("m", m.value()).getResultStream().findFirst();
  }
}
