package se.pejl.api.followup;

import java.util.Objects;

/**
 * A child's change on one scale from the first answered occasion to the latest, by the
 * Jacobson–Truax reliable change index (Jacobson &amp; Truax 1991):
 * {@code RCI = (to − from) / (√2 · SD · √(1 − r))} with the scale's norm SD and reliability r.
 * A change is reliable when |RCI| &gt; 1.96; whether it is an improvement follows the scale's
 * polarity.
 *
 * @param from the first answered occasion's score
 * @param to the latest occasion's score
 * @param difference {@code to − from}, in the scale's points
 * @param rci the reliable change index, or {@code null} when it cannot be computed
 * @param category improved, unchanged, worsened, or unknown with the {@code reason}
 * @param clinical clinically significant change, when the scale has a cut-off
 * @param reason why the category is {@link Category#UNKNOWN}; {@code null} otherwise
 */
public record Change(
    ScorePoint from,
    ScorePoint to,
    double difference,
    Double rci,
    Category category,
    Clinical clinical,
    Reason reason) {

  public Change {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(clinical, "clinical");
  }

  /** The reliable-change category. */
  public enum Category {
    /** |RCI| &gt; 1.96 towards the better side of the scale. */
    IMPROVED,
    /** |RCI| ≤ 1.96: within what measurement error explains. */
    UNCHANGED,
    /** |RCI| &gt; 1.96 towards the worse side of the scale. */
    WORSENED,
    /** Not computable; see {@link Change#reason()}. */
    UNKNOWN
  }

  /**
   * Clinically significant change: a reliable change that also crosses the scale's cut-off.
   * Pejl uses the cut-off the scale declares (not the Jacobson–Truax criterion c computed from
   * two norm groups); a score at the cut-off counts as of concern, as in {@link
   * se.pejl.api.forms.Scale#ofConcern(double)}.
   */
  public enum Clinical {
    /** Reliably improved, from of concern to the functional side of the cut-off. */
    RECOVERED,
    /** Reliably worsened, from the functional side to of concern. */
    DETERIORATED,
    /** The scale has a cut-off, but the change is not reliable or does not cross it. */
    NONE,
    /** The scale has no cut-off. */
    NO_CUT_OFF,
    /** The scale has a cut-off, but the category is {@link Category#UNKNOWN}. */
    UNKNOWN
  }

  /** Why a change cannot be categorised. */
  public enum Reason {
    /** The scale has no norm SD and reliability (or an unusable one: SD ≤ 0, reliability ≥ 1). */
    NO_NORM,
    /** The two scores were given under instrument versions not declared comparable. */
    VERSIONS_NOT_COMPARABLE,
    /** The instrument version or its scale is no longer known to Pejl. */
    DEFINITION_MISSING
  }
}
