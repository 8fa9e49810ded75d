package se.pejl.api.followup;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import se.pejl.api.ClientRef;

/**
 * One occasion of an episode's measurement plan, with its status today.
 *
 * @param episodeId the episode
 * @param client the episode's client
 * @param unit the episode's unit
 * @param caseworker the episode's responsible caseworker
 * @param key the occasion's key in the plan, e.g. {@code start}, {@code end}, {@code followup-6m}
 * @param dueDate the day it is due, or null while it depends on an end not yet planned
 * @param windowStart first day an answer counts for it
 * @param windowEnd last day an answer counts for it
 * @param instruments the instruments to answer at it
 * @param status its status today
 * @param notApplicableReason why it does not apply, when {@link OccasionStatus#NOT_APPLICABLE}
 * @param episodeType the episode's type, e.g. {@link Episode#SUPPORT_GROUP}, so that a list of
 *     occasions needs no second read of the episodes (since 1.4)
 */
public record PlannedOccasion(
    long episodeId,
    ClientRef client,
    String unit,
    String caseworker,
    String key,
    LocalDate dueDate,
    LocalDate windowStart,
    LocalDate windowEnd,
    List<String> instruments,
    OccasionStatus status,
    String notApplicableReason,
    String episodeType) {

  /**
   * The order of a list of occasions: by unit, then caseworker, then due day (unknown last), then
   * episode; an episode's occasions due the same day in the order of its plan.
   *
   * @since 1.7
   */
  public static final Comparator<PlannedOccasion> LIST_ORDER = Comparator.comparing(PlannedOccasion::unit)
      .thenComparing(PlannedOccasion::caseworker)
      .thenComparing(PlannedOccasion::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparingLong(PlannedOccasion::episodeId);

  public PlannedOccasion {
    instruments = List.copyOf(instruments);
  }

  /** As before 1.4, without the episode's type. */
  public PlannedOccasion(long episodeId, ClientRef client, String unit, String caseworker, String key,
      LocalDate dueDate, LocalDate windowStart, LocalDate windowEnd, List<String> instruments,
      OccasionStatus status, String notApplicableReason) {
    this(episodeId, client, unit, caseworker, key, dueDate, windowStart, windowEnd, instruments, status,
        notApplicableReason, null);
  }
}
