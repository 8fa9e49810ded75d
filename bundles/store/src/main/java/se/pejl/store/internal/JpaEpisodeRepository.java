package se.pejl.store.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.persistence.config.QueryHints;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import se.pejl.api.ClientRef;
import se.pejl.api.ConflictException;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.NotFoundException;
import se.pejl.api.followup.Episode;
import se.pejl.api.followup.EpisodeOutline;
import se.pejl.api.followup.EpisodeQuery;
import se.pejl.api.followup.EpisodeRevision;
import se.pejl.api.followup.NewEpisode;
import se.pejl.api.store.EpisodeRepository;

/**
 * Episodes, their revisions and occasion marks. The municipality is part of every query, not a
 * check afterwards: another municipality's rows are never loaded at all.
 */
@Component(service = EpisodeRepository.class)
public final class JpaEpisodeRepository implements EpisodeRepository {
  private final Database db;
  private final Clock clock;

  @Activate
  public JpaEpisodeRepository(@Reference Database db) {
    this(db, Clock.systemUTC());
  }

  JpaEpisodeRepository(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public Episode insert(MunicipalityCode municipality, String caseworker, NewEpisode e) {
    return db.inTransaction(em -> {
      EpisodeEntity entity = new EpisodeEntity(municipality, caseworker, e);
      em.persist(entity);
      em.flush();
      return entity.toEpisode();
    });
  }

  @Override
  public Optional<Episode> find(MunicipalityCode municipality, long id) {
    return db.read(em -> entity(em, municipality, id).map(EpisodeEntity::toEpisode));
  }

  @Override
  public List<Episode> find(MunicipalityCode m, EpisodeQuery q) {
    return db.read(em -> {
      // The goals in the same query: eagerly read one episode at a time they cost a query each.
      TypedQuery<EpisodeEntity> query = matching(em, "SELECT e FROM EpisodeEntity e", m, q, EpisodeEntity.class)
          .setHint(QueryHints.LEFT_FETCH, "e.goals");
      return query.getResultStream().map(EpisodeEntity::toEpisode).toList();
    });
  }

  @Override
  public List<EpisodeOutline> outlines(MunicipalityCode m, EpisodeQuery q) {
    // Columns, not entities: no goals joined in and no texts read (a unit's occasions read the
    // outlines of thousands of episodes).
    return db.read(em -> matching(em, "SELECT e.id, e.clientRef, e.type, e.unit, e.caseworker, e.start,"
            + " e.plannedEnd, e.end FROM EpisodeEntity e", m, q, Object[].class)
        .getResultStream()
        .map(r -> new EpisodeOutline(((Number) r[0]).longValue(), new ClientRef((String) r[1]), (String) r[2],
            (String) r[3], (String) r[4], (LocalDate) r[5], (LocalDate) r[6], (LocalDate) r[7]))
        .toList());
  }

  /**
   * Over JDBC, in the order of the outline index (EPISODE_OUTLINE: unit, caseworker, start, id), so
   * that Derby walks it without sorting: 13 ms for the 9,314 episodes of a large unit, where the
   * outlines by start took 26 ms through EclipseLink.
   */
  @Override
  public List<List<EpisodeOutline>> outlinesByCaseworker(MunicipalityCode m, EpisodeQuery q) {
    EpisodeConditions where = EpisodeConditions.of(m, q);
    return db.readJdbc(c -> {
      // Keyed as Java compares, not by adjacency alone: a database may find 'x' and 'x ' equal.
      Map<List<String>, List<EpisodeOutline>> byCaseworker = new LinkedHashMap<>();
      try (PreparedStatement p = c.prepareStatement("SELECT e.ID, e.CLIENT_REF, e.EPISODE_TYPE, e.UNIT, e.CASEWORKER,"
          + " e.START_DATE, e.PLANNED_END, e.END_DATE FROM EPISODE e WHERE " + where.sql()
          + " ORDER BY e.UNIT, e.CASEWORKER, e.START_DATE, e.ID")) {
        where.bind(p);
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            EpisodeOutline e = new EpisodeOutline(rs.getLong(1), new ClientRef(rs.getString(2)), rs.getString(3),
                rs.getString(4), rs.getString(5), date(rs, 6), date(rs, 7), date(rs, 8));
            byCaseworker.computeIfAbsent(List.of(e.unit(), e.caseworker()), k -> new ArrayList<>()).add(e);
          }
        }
      }
      List<List<EpisodeOutline>> groups = new ArrayList<>(byCaseworker.values());
      // As the interface orders them on any database: PostgreSQL may collate by locale.
      groups.sort(Comparator.comparing((List<EpisodeOutline> g) -> g.get(0).unit())
          .thenComparing(g -> g.get(0).caseworker()));
      return groups;
    });
  }

  private static LocalDate date(ResultSet rs, int column) throws SQLException {
    java.sql.Date date = rs.getDate(column);
    return date == null ? null : date.toLocalDate();
  }

  /** The query's conditions after {@code select}, its parameters set, by start date. */
  private static <T> TypedQuery<T> matching(EntityManager em, String select, MunicipalityCode m, EpisodeQuery q,
      Class<T> type) {
    StringBuilder jpql = new StringBuilder(select).append(" WHERE e.municipality = :m");
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("m", m.value());
    if (q.client() != null) {
      jpql.append(" AND e.clientRef = :client");
      parameters.put("client", q.client().value());
    }
    if (q.caseworker() != null) {
      jpql.append(" AND e.caseworker = :caseworker");
      parameters.put("caseworker", q.caseworker());
    }
    if (q.unit() != null) {
      jpql.append(" AND e.unit = :unit");
      parameters.put("unit", q.unit());
    }
    if (q.openOnly()) {
      jpql.append(" AND e.end IS NULL");
    }
    if (q.startedBy() != null) {
      jpql.append(" AND e.start <= :startedBy");
      parameters.put("startedBy", q.startedBy());
    }
    jpql.append(" ORDER BY e.start, e.id");
    TypedQuery<T> query = em.createQuery(jpql.toString(), type);
    parameters.forEach(query::setParameter);
    return query;
  }

  @Override
  public long count(MunicipalityCode municipality) {
    return db.read(em -> em.createQuery(
            "SELECT COUNT(e) FROM EpisodeEntity e WHERE e.municipality = :m", Long.class)
        .setParameter("m", municipality.value())
        .getSingleResult());
  }

  @Override
  public Episode save(MunicipalityCode m, Episode changed, String changedBy,
      List<EpisodeRevision.FieldChange> changes) {
    return db.inTransaction(em -> {
      EpisodeEntity entity = entity(em, m, changed.id())
          .orElseThrow(() -> new NotFoundException("error.episode.notFound", changed.id()));
      em.lock(entity, LockModeType.PESSIMISTIC_WRITE);
      if (entity.revision() != changed.revision()) {
        throw new ConflictException("error.episode.conflict", changed.id());
      }
      entity.apply(changed);
      em.persist(new EpisodeRevisionEntity(m.value(), changed.id(), entity.revision(), changedBy,
          clock.instant(), changes));
      em.flush();
      return entity.toEpisode();
    });
  }

  @Override
  public List<EpisodeRevision> revisions(MunicipalityCode m, long episodeId) {
    return db.read(em -> em.createQuery("SELECT r FROM EpisodeRevisionEntity r WHERE r.municipality = :m"
                + " AND r.episodeId = :e ORDER BY r.revision", EpisodeRevisionEntity.class)
        .setParameter("m", m.value()).setParameter("e", episodeId)
        .getResultStream().map(EpisodeRevisionEntity::toRevision).toList());
  }

  @Override
  public void markNotApplicable(MunicipalityCode m, long episodeId, String occasion, String reason,
      String markedBy) {
    db.inTransaction(em -> {
      OccasionMarkEntity mark = em.createQuery("SELECT o FROM OccasionMarkEntity o WHERE"
                  + " o.municipality = :m AND o.episodeId = :e AND o.occasion = :o", OccasionMarkEntity.class)
          .setParameter("m", m.value()).setParameter("e", episodeId).setParameter("o", occasion)
          .getResultStream().findFirst()
          .orElseGet(() -> new OccasionMarkEntity(m.value(), episodeId, occasion));
      mark.mark(reason, markedBy, clock.instant());
      em.persist(mark);
      // Statistics read the marks with their episode, and only episodes that changed; real time,
      // as EpisodeEntity.stamp() sets it.
      em.createQuery("UPDATE EpisodeEntity e SET e.updatedAt = :now WHERE e.id = :e AND e.municipality = :m")
          .setParameter("now", Instant.now()).setParameter("e", episodeId).setParameter("m", m.value())
          .executeUpdate();
      return mark;
    });
  }

  @Override
  public Map<Long, Map<String, String>> notApplicable(MunicipalityCode m, Collection<Long> episodeIds) {
    Map<Long, Map<String, String>> result = new HashMap<>();
    if (episodeIds.isEmpty()) {
      return result;
    }
    db.read(em -> Chunks.of(episodeIds).stream().flatMap(ids -> em.createQuery(
                "SELECT o FROM OccasionMarkEntity o WHERE o.municipality = :m AND o.episodeId IN :ids",
                OccasionMarkEntity.class)
            .setParameter("m", m.value()).setParameter("ids", ids).getResultStream()).toList())
        .forEach(o -> result.computeIfAbsent(o.episodeId(), k -> new HashMap<>()).put(o.occasion(), o.reason()));
    return result;
  }

  private static Optional<EpisodeEntity> entity(EntityManager em, MunicipalityCode m, long id) {
    return em.createQuery("SELECT e FROM EpisodeEntity e WHERE e.id = :id AND e.municipality = :m",
            EpisodeEntity.class)
        .setParameter("id", id).setParameter("m", m.value())
        .getResultStream().findFirst();
  }
}
