package se.pejl.api.forms;

import java.util.List;
import java.util.Optional;

/**
 * A score computed from some of an instrument's items.
 *
 * @param id stable within the instrument and across its versions
 * @param name the name shown with the score
 * @param method sum, mean or goal attainment T-score
 * @param items the item ids it is computed from
 * @param min the lowest possible score
 * @param max the highest possible score
 * @param minAnswered the share of its shown items (0 &lt; share ≤ 1) that must be answered for a
 *     score; with fewer the score is missing. A sum is prorated: the mean of the answered items
 *     times the number of items.
 * @param higherIsBetter polarity, for "improved" and "worsened"
 * @param cutOff the clinical cut-off, or {@code null}: a score on the worse side of it (by the
 *     polarity), the cut-off included, is of clinical concern
 * @param norm the norm values, or {@code null}
 * @param bbicArea the BBIC area key, e.g. {@code emotional-behavioural}, or {@code null}
 * @param sameAs the earlier version of the instrument whose scale of the same id this one equals,
 *     so their scores can be compared, or {@code null} when this version's scale is new
 * @param rho the correlation between goals assumed by the GAS T-score; 0 for other methods
 */
public record Scale(
    String id,
    Text name,
    ScaleMethod method,
    List<String> items,
    double min,
    double max,
    double minAnswered,
    boolean higherIsBetter,
    Double cutOff,
    Norm norm,
    String bbicArea,
    Integer sameAs,
    double rho) {

  /** The convention of goal attainment scaling (Kiresuk &amp; Sherman 1968). */
  public static final double GAS_RHO = 0.3;

  public Scale {
    items = List.copyOf(items);
  }

  /** The scale's norm, when it has one that reliable change can be computed with. */
  public Optional<Norm> usableNorm() {
    return Optional.ofNullable(norm).filter(Norm::usable);
  }

  /** The same scale with another norm, e.g. one taken from the region's own answers. */
  public Scale withNorm(Norm other) {
    return new Scale(id, name, method, items, min, max, minAnswered, higherIsBetter, cutOff, other, bbicArea,
        sameAs, rho);
  }

  /** Whether a score is of clinical concern: on the worse side of the cut-off, or at it. */
  public boolean ofConcern(double score) {
    return cutOff != null && (higherIsBetter ? score <= cutOff : score >= cutOff);
  }
}
