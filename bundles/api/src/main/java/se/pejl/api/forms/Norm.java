package se.pejl.api.forms;

/**
 * A scale's norm values, for reliable change (Jacobson–Truax) in the indicators.
 *
 * @param mean the norm group's mean
 * @param sd the norm group's standard deviation, above 0
 * @param reliability e.g. Cronbach's alpha or test–retest, between 0 and 1
 */
public record Norm(double mean, double sd, double reliability) {

  /**
   * Whether the norm gives a finite, positive standard error of the difference. A reliability of
   * 1 would make every change reliable, so it is treated like a missing norm rather than divided by.
   */
  public boolean usable() {
    return Double.isFinite(sd) && sd > 0 && reliability >= 0 && reliability < 1;
  }

  /** Jacobson–Truax's {@code S_diff = √2 · SD · √(1 − r)}: the unit of the reliable change index. */
  public double standardErrorOfDifference() {
    return Math.sqrt(2) * sd * Math.sqrt(1 - reliability);
  }
}
