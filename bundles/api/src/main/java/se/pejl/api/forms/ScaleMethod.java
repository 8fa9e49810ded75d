package se.pejl.api.forms;

import java.util.Arrays;
import java.util.Optional;

/** How a scale's score is computed from its items. */
public enum ScaleMethod {
  /** The sum of the item values; prorated when items are missing but enough are answered. */
  SUM("sum"),
  /** The mean of the answered item values. */
  MEAN("mean"),
  /**
   * The goal attainment T-score over the answered goals (Kiresuk &amp; Sherman):
   * {@code T = 50 + 10·Σx / sqrt((1−ρ)·n + ρ·n²)}, with {@code n} goals rated {@code x} from −2
   * to +2 and ρ the assumed correlation between goals, 0.3 by convention. All goals as expected
   * give 50.
   */
  GAS_T_SCORE("gas-t-score");

  private final String key;

  ScaleMethod(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  /**
   * Kiresuk and Sherman's goal attainment T-score over {@code n} rated goals with equal weights:
   * {@code 50 + 10·Σx / sqrt((1−ρ)·n + ρ·n²)}. Used for a scale's score and for an episode's goals
   * in the indicators, so both give the same number.
   */
  public static double gasT(double sumOfRatings, int n, double rho) {
    return 50 + 10 * sumOfRatings / Math.sqrt((1 - rho) * n + rho * n * n);
  }

  public static Optional<ScaleMethod> of(String key) {
    return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst();
  }
}
