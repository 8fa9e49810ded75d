package se.pejl.api.followup;

import java.util.Set;

/**
 * Which occasions to list, within the user's municipality.
 *
 * @param statuses the statuses wanted; empty means all
 * @param caseworker only this caseworker's episodes, or null
 * @param unit only this unit's episodes, or null
 */
public record OccasionQuery(Set<OccasionStatus> statuses, String caseworker, String unit) {
  public OccasionQuery {
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
  }
}
