package se.pejl.followup.internal;

import se.pejl.api.followup.Change;
import se.pejl.api.followup.Change.Category;
import se.pejl.api.followup.Change.Clinical;
import se.pejl.api.followup.Change.Reason;
import se.pejl.api.followup.ScorePoint;
import se.pejl.api.forms.Scale;

/**
 * The Jacobson–Truax reliable change index (Jacobson &amp; Truax 1991, J Consult Clin Psychol
 * 59:12–19): {@code S_diff = √2 · SD · √(1 − r)} and {@code RCI = (x2 − x1) / S_diff}, reliable
 * when |RCI| &gt; 1.96 (p &lt; .05, two-sided). Pure: no services, no state.
 */
final class ReliableChange {
  /** The two-sided 5 % critical value of the standard normal distribution. */
  static final double CRITICAL = 1.96;

  private ReliableChange() {}

  /**
   * The change between two scores of one scale, given under versions already known to be
   * comparable. The scale's polarity decides improved or worsened; its cut-off, clinical change.
   */
  static Change between(Scale scale, ScorePoint from, ScorePoint to) {
    double difference = to.score() - from.score();
    if (scale.usableNorm().isEmpty()) {
      return unknown(scale, from, to, Reason.NO_NORM);
    }
    double rci = difference / scale.norm().standardErrorOfDifference();
    Category category = Math.abs(rci) <= CRITICAL ? Category.UNCHANGED
        : (rci > 0) == scale.higherIsBetter() ? Category.IMPROVED : Category.WORSENED;
    return new Change(from, to, difference, rci, category, clinical(scale, category, from, to), null);
  }

  /** A change that cannot be categorised; {@code scale} is null when its definition is gone. */
  static Change unknown(Scale scale, ScorePoint from, ScorePoint to, Reason reason) {
    Clinical clinical = scale != null && scale.cutOff() == null ? Clinical.NO_CUT_OFF : Clinical.UNKNOWN;
    return new Change(from, to, to.score() - from.score(), null, Category.UNKNOWN, clinical, reason);
  }

  /**
   * Clinically significant: reliable, and across the scale's own cut-off to the other side (a
   * score at the cut-off counts as of concern, as {@link Scale#ofConcern} says). This is the
   * Jacobson–Truax "recovered" with the instrument's published cut-off standing in for their
   * criterion c, which needs a clinical norm group Pejl's scales do not have.
   */
  private static Clinical clinical(Scale scale, Category category, ScorePoint from, ScorePoint to) {
    if (scale.cutOff() == null) {
      return Clinical.NO_CUT_OFF;
    }
    boolean before = scale.ofConcern(from.score());
    boolean after = scale.ofConcern(to.score());
    if (category == Category.IMPROVED && before && !after) {
      return Clinical.RECOVERED;
    }
    if (category == Category.WORSENED && !before && after) {
      return Clinical.DETERIORATED;
    }
    return Clinical.NONE;
  }
}
