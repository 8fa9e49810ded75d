package se.pejl.indicators.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Figures computed from the facts (a table, each child's latest answer at an occasion, the plans'
 * windows), kept until what they rest on changes. Evaluations read side by side, so two may compute
 * the same figure at once; both get an equal one.
 */
final class Derived {
  /** Many different queries: start again rather than grow without bound. */
  private static final int MAX = 2_000;

  private final Map<Object, Object> figures = new ConcurrentHashMap<>();

  @SuppressWarnings("unchecked")
  <T> T get(Object key, Supplier<T> compute) {
    Object known = figures.get(key);
    if (known == null) {
      known = compute.get();
      if (figures.size() > MAX) {
        figures.clear();
      }
      figures.put(key, known);
    }
    return (T) known;
  }

  void clear() {
    figures.clear();
  }
}
