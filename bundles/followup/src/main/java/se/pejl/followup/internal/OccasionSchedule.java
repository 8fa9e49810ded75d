package se.pejl.followup.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.pejl.api.followup.EpisodeOutline;
import se.pejl.api.followup.MeasurementPlans;
import se.pejl.api.followup.OccasionQuery;
import se.pejl.api.followup.OccasionStatus;
import se.pejl.api.followup.PlannedOccasion;

/**
 * Works out an episode's occasions from its plan and their status on a given day. Pure, so the
 * rules can be read and tested without a database.
 */
final class OccasionSchedule {
  /** A repeated occasion is listed until the episode ends, and at most this far ahead. */
  private static final int REPEAT_LIMIT = 100;

  private final MeasurementPlan plan;

  OccasionSchedule(MeasurementPlan plan) {
    this.plan = plan;
  }

  /**
   * @param answered occasion key to the instruments answered at it
   * @param notApplicable occasion key to the reason it does not apply
   */
  List<PlannedOccasion> occasions(EpisodeOutline e, Map<String, Set<String>> answered,
      Map<String, String> notApplicable, LocalDate today) {
    List<PlannedOccasion> result = new ArrayList<>();
    for (OccasionRule rule : plan.occasions()) {
      LocalDate anchor = rule.fromEnd() ? (e.end() != null ? e.end() : e.plannedEnd()) : e.start();
      LocalDate due = rule.dueFrom(anchor);
      if (rule.every() == null) {
        result.add(occasion(e, rule, rule.key(), due, answered, notApplicable, today));
        continue;
      }
      LocalDate last = e.end() != null ? e.end() : today.plus(rule.every());
      for (int n = 1; due != null && !due.isAfter(last) && n <= REPEAT_LIMIT; n++) {
        String key = rule.key() + "-" + (rule.offset().toTotalMonths() + (n - 1) * rule.every().toTotalMonths()) + "m";
        result.add(occasion(e, rule, key, due, answered, notApplicable, today));
        due = due.plus(rule.every());
      }
    }
    return result;
  }

  /** How many of the episode's occasions are due on a day the query wants (the answers do not move them). */
  long dueCount(EpisodeOutline e, OccasionQuery q, LocalDate today) {
    return occasions(e, Map.of(), Map.of(), today).stream().filter(o -> q.wantsDue(o.dueDate())).count();
  }

  /** The occasions with a known due day not after {@code until}, for statistics over many episodes. */
  List<MeasurementPlans.OccasionWindow> windows(LocalDate start, LocalDate plannedEnd, LocalDate end,
      LocalDate until) {
    List<MeasurementPlans.OccasionWindow> result = new ArrayList<>();
    for (OccasionRule rule : plan.occasions()) {
      LocalDate due = rule.dueFrom(rule.fromEnd() ? (end != null ? end : plannedEnd) : start);
      LocalDate last = rule.every() == null ? due : end != null && end.isBefore(until) ? end : until;
      for (int n = 1; due != null && !due.isAfter(until) && !due.isAfter(last) && n <= REPEAT_LIMIT; n++) {
        String key = rule.every() == null ? rule.key()
            : rule.key() + "-" + (rule.offset().toTotalMonths() + (n - 1) * rule.every().toTotalMonths()) + "m";
        result.add(new MeasurementPlans.OccasionWindow(key, due, due.minusDays(rule.before()),
            due.plusDays(rule.after()), rule.instruments()));
        if (rule.every() == null) {
          break;
        }
        due = due.plus(rule.every());
      }
    }
    return result;
  }

  /** Whether answers may be given at this occasion key of the episode. */
  boolean accepts(EpisodeOutline e, String key, LocalDate today) {
    return plan.occasions().stream().anyMatch(r -> r.every() == null && r.key().equals(key))
        || occasions(e, Map.of(), Map.of(), today).stream().anyMatch(o -> o.key().equals(key));
  }

  /** The occasion keys of the plan, for error messages; a repeated one as {@code key-<N>m}. */
  List<String> keys() {
    return plan.occasions().stream().map(r -> r.every() == null ? r.key() : r.key() + "-<N>m").toList();
  }

  private static PlannedOccasion occasion(EpisodeOutline e, OccasionRule rule, String key, LocalDate due,
      Map<String, Set<String>> answered, Map<String, String> notApplicable, LocalDate today) {
    LocalDate from = due == null ? null : due.minusDays(rule.before());
    LocalDate to = due == null ? null : due.plusDays(rule.after());
    String reason = notApplicable.get(key);
    OccasionStatus status = status(rule, answered.getOrDefault(key, Set.of()), reason, due, from, to, today);
    return new PlannedOccasion(e.id(), e.client(), e.unit(), e.caseworker(), key, due, from, to,
        rule.instruments(), status, reason, e.type());
  }

  private static OccasionStatus status(OccasionRule rule, Set<String> answered, String notApplicable,
      LocalDate due, LocalDate from, LocalDate to, LocalDate today) {
    if (notApplicable != null) {
      return OccasionStatus.NOT_APPLICABLE;
    }
    if (answered.containsAll(rule.instruments())) {
      return OccasionStatus.DONE;
    }
    if (due == null || today.isBefore(from)) {
      return OccasionStatus.PLANNED;
    }
    if (!today.isAfter(due)) {
      return OccasionStatus.DUE;
    }
    return today.isAfter(to) ? OccasionStatus.MISSED : OccasionStatus.OVERDUE;
  }
}
