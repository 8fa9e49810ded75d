package se.pejl.api.followup;

import java.time.LocalDate;
import java.util.List;

/**
 * Ends an episode.
 *
 * @param end the last day
 * @param endReason why it ended, e.g. "planned end", "client moved", "declined"
 * @param result resultat, the documented result
 * @param goalAttainments each goal's attainment (−2 … +2) in the goals' order, or null when not rated
 */
public record EpisodeClosing(LocalDate end, String endReason, String result, List<Integer> goalAttainments) {
  public EpisodeClosing {
    goalAttainments = goalAttainments == null ? null : java.util.Collections.unmodifiableList(
        new java.util.ArrayList<>(goalAttainments));
  }
}
