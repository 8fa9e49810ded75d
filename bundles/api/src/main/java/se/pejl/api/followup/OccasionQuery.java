package se.pejl.api.followup;

import java.time.LocalDate;
import java.util.Set;
import se.pejl.api.InvalidInputException;

/**
 * Which occasions to list, within the user's municipality.
 *
 * @param statuses the statuses wanted; empty means all
 * @param caseworker only this caseworker's episodes, or null
 * @param unit only this unit's episodes, or null
 * @param dueFrom only occasions due on or after this day, or null; an occasion without a due day
 *     is then left out
 * @param dueTo only occasions due on or before this day, or null; as {@code dueFrom}
 */
public record OccasionQuery(Set<OccasionStatus> statuses, String caseworker, String unit,
    LocalDate dueFrom, LocalDate dueTo) {
  public OccasionQuery {
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    if (dueFrom != null && dueTo != null && dueTo.isBefore(dueFrom)) {
      throw new InvalidInputException("period", "error.period.reversed", dueFrom, dueTo);
    }
  }

  /** Occasions due on any day, and those without a due day. */
  public OccasionQuery(Set<OccasionStatus> statuses, String caseworker, String unit) {
    this(statuses, caseworker, unit, null, null);
  }

  /** Whether an occasion due on this day (null: none yet) is wanted. */
  public boolean wantsDue(LocalDate due) {
    if (dueFrom == null && dueTo == null) {
      return true;
    }
    return due != null && (dueFrom == null || !due.isBefore(dueFrom)) && (dueTo == null || !due.isAfter(dueTo));
  }
}
