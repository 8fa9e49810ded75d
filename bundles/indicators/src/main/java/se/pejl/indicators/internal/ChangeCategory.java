package se.pejl.indicators.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * A child's change between two occasions by the Jacobson–Truax reliable change index: reliable
 * when |RCI| &gt; 1.96; recovered and deteriorated when it is reliable and also crosses the
 * scale's clinical cut-off.
 */
enum ChangeCategory {
  IMPROVED("improved"),
  UNCHANGED("unchanged"),
  WORSENED("worsened"),
  RECOVERED("recovered"),
  DETERIORATED("deteriorated"),
  /** Any change towards the better, however small: for scales without a norm, and for trends. */
  BETTER("better"),
  /** Any change towards the worse, however small. */
  WORSE("worse");

  /** The two-sided 5 % critical value of the standard normal distribution. */
  static final double CRITICAL = 1.96;

  private final String key;

  ChangeCategory(String key) {
    this.key = key;
  }

  String key() {
    return key;
  }

  static Optional<ChangeCategory> of(String key) {
    return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
  }

  /** Whether the category rests on the reliable change index, and so on the scale's norm. */
  boolean needsNorm() {
    return this != BETTER && this != WORSE;
  }

  boolean needsCutOff() {
    return this == RECOVERED || this == DETERIORATED;
  }

  /**
   * Whether a change falls in this category.
   *
   * @param difference the second score minus the first
   * @param sDiff the standard error of the difference ({@link se.pejl.api.forms.Norm}); not read for
   *     {@link #BETTER} and {@link #WORSE}
   * @param higherIsBetter the scale's polarity
   * @param concernBefore the first score was of clinical concern (at or beyond the cut-off)
   * @param concernAfter the second score was
   */
  boolean holds(double difference, double sDiff, boolean higherIsBetter, boolean concernBefore,
      boolean concernAfter) {
    boolean better = (difference > 0) == higherIsBetter;
    if (!needsNorm()) {
      return difference != 0 && (this == BETTER) == better;
    }
    boolean reliable = Math.abs(difference / sDiff) > CRITICAL;
    return switch (this) {
      case IMPROVED -> reliable && better;
      case WORSENED -> reliable && !better;
      case UNCHANGED -> !reliable;
      case RECOVERED -> reliable && better && concernBefore && !concernAfter;
      case DETERIORATED -> reliable && !better && !concernBefore && concernAfter;
      case BETTER, WORSE -> throw new IllegalStateException("answered above");
    };
  }
}
