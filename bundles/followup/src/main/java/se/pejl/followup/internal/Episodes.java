package se.pejl.followup.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import se.pejl.api.InvalidInputException;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.NotFoundException;
import se.pejl.api.PejlUser;
import se.pejl.api.followup.Episode;
import se.pejl.api.followup.EpisodeChange;
import se.pejl.api.followup.EpisodeClosing;
import se.pejl.api.followup.EpisodeOutline;
import se.pejl.api.followup.EpisodeQuery;
import se.pejl.api.followup.NewEpisode;
import se.pejl.api.followup.OccasionQuery;
import se.pejl.api.followup.PlannedOccasion;
import se.pejl.api.store.EpisodeRepository;
import se.pejl.api.store.ResponseRepository;

/** Episodes and their occasions within one municipality; no access checks or auditing here. */
@Component(service = Episodes.class)
public final class Episodes {
  private final EpisodeRepository episodes;
  private final ResponseRepository responses;
  private final Plans plans;
  private final Clock clock;

  @Activate
  public Episodes(@Reference EpisodeRepository episodes, @Reference ResponseRepository responses,
      @Reference Plans plans) {
    this(episodes, responses, plans, Clock.systemDefaultZone());
  }

  Episodes(EpisodeRepository episodes, ResponseRepository responses, Plans plans, Clock clock) {
    this.episodes = episodes;
    this.responses = responses;
    this.plans = plans;
    this.clock = clock;
  }

  Episode start(PejlUser user, NewEpisode e) {
    EpisodeRules.check(e, plans);
    return episodes.insert(user.municipality(), user.id(), e);
  }

  Episode get(MunicipalityCode m, long id) {
    return episodes.find(m, id).orElseThrow(() -> new NotFoundException("error.episode.notFound", id));
  }

  List<Episode> find(MunicipalityCode m, EpisodeQuery q) {
    return episodes.find(m, q);
  }

  Episode update(PejlUser user, long id, EpisodeChange change) {
    Episode before = get(user.municipality(), id);
    return save(user, before, EpisodeRules.apply(before, change));
  }

  Episode close(PejlUser user, long id, EpisodeClosing closing) {
    Episode before = get(user.municipality(), id);
    return save(user, before, EpisodeRules.close(before, closing));
  }

  List<se.pejl.api.followup.EpisodeRevision> revisions(MunicipalityCode m, long id) {
    return episodes.revisions(m, get(m, id).id());
  }

  List<PlannedOccasion> occasions(MunicipalityCode m, Episode e) {
    return occasions(m, List.of(EpisodeOutline.of(e)), responses.answered(m, List.of(e.id())), new Schedules(),
        LocalDate.now(clock));
  }

  List<PlannedOccasion> occasions(MunicipalityCode m, OccasionQuery q) {
    List<PlannedOccasion> all = new ArrayList<>();
    occasionsInTurn(m, List.of(q), n -> { }, all::addAll);
    return all;
  }

  /**
   * Each query's occasions in {@link PlannedOccasion#LIST_ORDER}, one query after the other and one
   * unit and caseworker at a time: {@code expected} is told how many there are at most before any
   * answers are read, then {@code each} gets every group as soon as it is read.
   */
  void occasionsInTurn(MunicipalityCode m, List<OccasionQuery> queries, IntConsumer expected,
      Consumer<List<PlannedOccasion>> each) {
    LocalDate today = LocalDate.now(clock);
    Schedules schedules = new Schedules();
    List<DueList> lists = queries.stream().map(q -> due(m, q, schedules, today)).toList();
    expected.accept(lists.stream().mapToInt(DueList::occasions).sum());
    for (DueList list : lists) {
      OccasionQuery q = list.query();
      for (List<EpisodeOutline> group : list.groups()) {
        EpisodeOutline first = group.get(0);
        var answered = list.most()
            ? responses.answeredWhere(m, new EpisodeQuery(null, first.caseworker(), first.unit(), false, q.dueTo()))
            : responses.answered(m, group.stream().map(EpisodeOutline::id).toList());
        List<PlannedOccasion> listed = occasions(m, group, answered, schedules, today).stream()
            .filter(o -> q.wantsDue(o.dueDate()))
            .filter(o -> q.statuses().isEmpty() || q.statuses().contains(o.status()))
            .sorted(PlannedOccasion.LIST_ORDER)
            .toList();
        if (!listed.isEmpty()) {
          each.accept(listed);
        }
      }
    }
  }

  /**
   * The episodes with an occasion due in the query's period, by unit and caseworker; how many
   * occasions; and whether they are most of those read (so their answers are read with them).
   */
  private record DueList(OccasionQuery query, List<List<EpisodeOutline>> groups, int occasions, boolean most) {}

  private DueList due(MunicipalityCode m, OccasionQuery q, Schedules schedules, LocalDate today) {
    // Every occasion is due on or after its episode's start (plans count forward from the start
    // or the end, and an episode cannot end before it starts), so one started after the period
    // has none in it.
    List<List<EpisodeOutline>> byCaseworker = episodes.outlinesByCaseworker(m,
        new EpisodeQuery(null, q.caseworker(), q.unit(), false, q.dueTo()));
    // Due days do not depend on answers: the answers are read only for episodes with an occasion
    // due in the period (a month of a large unit names a fraction of its episodes); when most
    // have one (a year's list), with the episodes, which costs less than by their ids.
    List<List<EpisodeOutline>> groups = new ArrayList<>();
    int occasions = 0;
    int episodesDue = 0;
    int read = 0;
    for (List<EpisodeOutline> outlines : byCaseworker) {
      List<EpisodeOutline> due = new ArrayList<>();
      for (EpisodeOutline e : outlines) {
        long n = schedules.of(e).dueCount(e, q, today);
        if (n > 0) {
          due.add(e);
          occasions += (int) n;
        }
      }
      if (!due.isEmpty()) {
        groups.add(due);
        episodesDue += due.size();
      }
      read += outlines.size();
    }
    return new DueList(q, groups, occasions, episodesDue * 2 > read);
  }

  PlannedOccasion markNotApplicable(PejlUser user, long id, String key, String reason) {
    Episode e = get(user.municipality(), id);
    requireOccasion(e, key);
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("reason", "error.occasion.reason");
    }
    episodes.markNotApplicable(user.municipality(), e.id(), key, reason.trim(), user.id());
    return occasions(user.municipality(), e).stream().filter(o -> o.key().equals(key)).findFirst()
        .orElseThrow();
  }

  /** @throws InvalidInputException when the episode's plan has no such occasion */
  void requireOccasion(Episode e, String key) {
    EpisodeOutline outline = EpisodeOutline.of(e);
    OccasionSchedule schedule = new Schedules().of(outline);
    if (key == null || !schedule.accepts(outline, key, LocalDate.now(clock))) {
      throw new InvalidInputException("occasion", "error.occasion.unknown", key, e.id(), schedule.keys());
    }
  }

  /** Each episode type's schedule, made once for one list of occasions. */
  private final class Schedules {
    private final Map<String, OccasionSchedule> byType = new HashMap<>();

    OccasionSchedule of(EpisodeOutline e) {
      return byType.computeIfAbsent(e.type(), type -> new OccasionSchedule(plans.planFor(type)));
    }
  }

  private List<PlannedOccasion> occasions(MunicipalityCode m, List<EpisodeOutline> list,
      Map<Long, Map<String, Set<String>>> answered, Schedules schedules, LocalDate today) {
    var notApplicable = episodes.notApplicable(m, list.stream().map(EpisodeOutline::id).toList());
    List<PlannedOccasion> result = new ArrayList<>();
    for (EpisodeOutline e : list) {
      result.addAll(schedules.of(e).occasions(e,
          answered.getOrDefault(e.id(), Map.of()), notApplicable.getOrDefault(e.id(), Map.of()), today));
    }
    return result;
  }

  private Episode save(PejlUser user, Episode before, Episode after) {
    var changes = EpisodeDiff.between(before, after);
    if (changes.isEmpty()) {
      return before;
    }
    return episodes.save(user.municipality(), after, user.id(), changes);
  }
}
