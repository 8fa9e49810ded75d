package se.pejl.api.followup;

import java.time.LocalDate;
import java.util.List;

/**
 * A change to an episode's documentation. A {@code null} field is left as it is.
 *
 * @param unit a new unit
 * @param caseworker a new responsible caseworker (user id)
 * @param plannedEnd a new planned end
 * @param purpose syfte
 * @param goals the goals, replacing the earlier list
 * @param content innehåll
 * @param result resultat
 */
public record EpisodeChange(
    String unit,
    String caseworker,
    LocalDate plannedEnd,
    String purpose,
    List<Goal> goals,
    String content,
    String result) {

  public EpisodeChange {
    goals = goals == null ? null : List.copyOf(goals);
  }
}
