package se.pejl.indicators.internal;

import java.util.Set;

/** What counts in a share's numerator. */
sealed interface Condition {

  /** An episode whose documentation has all these parts written: purpose, goals, content, result. */
  record Documented(Set<String> parts) implements Condition {
    static final Set<String> PARTS = Set.of("purpose", "goals", "content", "result");

    public Documented {
      parts = Set.copyOf(parts);
    }
  }

  /**
   * An answer whose scale score (or item value) lies within the bounds, each included.
   *
   * @param id the scale or item id
   * @param item true for an item, false for a scale
   * @param atLeast the lowest value that counts, or null
   * @param atMost the highest value that counts, or null
   */
  record Within(String id, boolean item, Double atLeast, Double atMost) implements Condition {
    boolean holds(double value) {
      return (atLeast == null || value >= atLeast) && (atMost == null || value <= atMost);
    }
  }
}
