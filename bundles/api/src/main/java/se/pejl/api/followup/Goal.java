package se.pejl.api.followup;

/**
 * One goal (mål) of an episode, rated by goal attainment (−2 … +2, GAS) when it is followed up.
 *
 * @param text the goal as the caseworker wrote it
 * @param attainment −2 much less than expected … 0 as expected … +2 much more; {@code null}
 *     until rated
 */
public record Goal(String text, Integer attainment) {
  public static Goal of(String text) {
    return new Goal(text, null);
  }
}
