package se.pejl.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import se.pejl.api.ClientRef;
import se.pejl.api.Gender;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.followup.EpisodeQuery;
import se.pejl.api.followup.Response;
import se.pejl.api.store.Demographics;
import se.pejl.api.store.NewResponse;
import se.pejl.api.store.PendingSnapshot;
import se.pejl.api.store.ResponseRepository;
import se.pejl.api.store.ScoreObservation;

@Component(service = ResponseRepository.class)
public final class JpaResponseRepository implements ResponseRepository {
  private final Database db;
  private final Clock clock;

  @Activate
  public JpaResponseRepository(@Reference Database db) {
    this(db, Clock.systemUTC());
  }

  JpaResponseRepository(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public Response insert(MunicipalityCode municipality, NewResponse response) {
    return db.inTransaction(em -> {
      ResponseEntity entity = new ResponseEntity(municipality.value(), response, clock.instant());
      em.persist(entity);
      em.flush();
      return entity.toResponse();
    });
  }

  @Override
  public List<Response> ofEpisode(MunicipalityCode municipality, long episodeId) {
    return db.read(em -> em.createQuery(
            "SELECT r FROM ResponseEntity r WHERE r.municipality = :m AND r.episodeId = :e"
                + " ORDER BY r.answeredOn, r.id", ResponseEntity.class)
        .setParameter("m", municipality.value())
        .setParameter("e", episodeId)
        .getResultStream()
        .map(ResponseEntity::toResponse)
        .toList());
  }

  /**
   * Over JDBC from the index that holds the three columns (RESPONSE_OCCASIONS): EclipseLink's rows
   * for the 28,000 answers of a large unit's episodes took twice Derby's own time.
   */
  @Override
  public Map<Long, Map<String, Set<String>>> answered(MunicipalityCode m, Collection<Long> episodeIds) {
    Map<Long, Map<String, Set<String>>> result = new HashMap<>();
    db.readJdbc(c -> {
      for (List<Long> ids : Chunks.of(episodeIds)) {
        // Not DISTINCT: the sets below drop repeats, and Derby would sort every chunk for it.
        try (PreparedStatement p = c.prepareStatement("SELECT EPISODE_ID, OCCASION, INSTRUMENT_ID FROM RESPONSE"
            + " WHERE MUNICIPALITY = ? AND EPISODE_ID IN (" + "?, ".repeat(ids.size() - 1) + "?)")) {
          p.setString(1, m.value());
          for (int i = 0; i < ids.size(); i++) {
            p.setLong(i + 2, ids.get(i));
          }
          collect(p, result);
        }
      }
      return null;
    });
    return result;
  }

  /**
   * One join from the episodes' outline index to the answers' (9,314 episodes of a unit, 28,000
   * answers: 65 ms, where 19 lists of ids took 115 ms).
   */
  @Override
  public Map<Long, Map<String, Set<String>>> answeredWhere(MunicipalityCode m, EpisodeQuery q) {
    Map<Long, Map<String, Set<String>>> result = new HashMap<>();
    EpisodeConditions where = EpisodeConditions.of(m, q);
    db.readJdbc(c -> {
      try (PreparedStatement p = c.prepareStatement("SELECT r.EPISODE_ID, r.OCCASION, r.INSTRUMENT_ID"
          + " FROM EPISODE e JOIN RESPONSE r ON r.EPISODE_ID = e.ID AND r.MUNICIPALITY = e.MUNICIPALITY"
          + " WHERE " + where.sql())) {
        where.bind(p);
        collect(p, result);
      }
      return null;
    });
    return result;
  }

  private static void collect(PreparedStatement p, Map<Long, Map<String, Set<String>>> result)
      throws SQLException {
    try (ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        result.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
            .computeIfAbsent(rs.getString(2), k -> new HashSet<>()).add(rs.getString(3));
      }
    }
  }

  @Override
  public List<PendingSnapshot> pendingSnapshots(int limit) {
    return db.read(em -> em.createQuery(
            "SELECT r.id, r.municipality, e.clientRef, e.unit, r.answeredOn FROM ResponseEntity r,"
                + " EpisodeEntity e WHERE r.gender IS NULL AND r.anonymous = FALSE AND e.id = r.episodeId"
                + " AND e.municipality = r.municipality ORDER BY r.id", Object[].class)
        .setMaxResults(limit)
        .getResultStream()
        .map(row -> new PendingSnapshot(((Number) row[0]).longValue(), new MunicipalityCode((String) row[1]),
            new ClientRef((String) row[2]), (String) row[3], (LocalDate) row[4]))
        .toList());
  }

  @Override
  public void completeSnapshot(long responseId, Demographics demographics) {
    db.inTransaction(em -> {
      ResponseEntity r = em.find(ResponseEntity.class, responseId);
      if (r != null) {
        r.complete(demographics);
      }
      return r;
    });
  }

  @Override
  public List<ScoreObservation> scores(String instrumentId, String scaleId) {
    return db.read(em -> em.createQuery(
            "SELECT r.episodeId, r.occasion, r.instrumentVersion, r.municipality, r.gender, r.age, r.unit, VALUE(s)"
                + " FROM ResponseEntity r JOIN r.scores s"
                + " WHERE r.instrumentId = :i AND KEY(s) = :scale AND r.gender IS NOT NULL"
                // anonymous group answers have no episode to pair and no gender to split by
                + " AND r.anonymous = FALSE"
                + " ORDER BY r.answeredOn, r.id",
            Object[].class)
        .setParameter("i", instrumentId)
        .setParameter("scale", scaleId)
        .getResultStream()
        .map(row -> new ScoreObservation(
            ((Number) row[0]).longValue(),
            (String) row[1],
            ((Number) row[2]).intValue(),
            new MunicipalityCode((String) row[3]),
            Gender.valueOf((String) row[4]),
            ((Number) row[5]).intValue(),
            (String) row[6],
            ((Number) row[7]).doubleValue()))
        .toList());
  }
}
