package se.pejl.indicators.internal;

import java.util.Set;

/**
 * Which units of analysis a query takes in: the municipality, unit and episode types asked for
 * (codes; -1 matches nothing, for a value the data never held), and the days of the period.
 *
 * @param municipality the code, or 0 for every municipality
 * @param unit the code, or 0 for every unit
 * @param types the episode types' codes, or empty for every type
 * @param fromDay first day (epoch day) included
 * @param toDay last day included
 */
record Scope(int municipality, int unit, Set<Integer> types, int fromDay, int toDay) {

  static Scope everything() {
    return new Scope(0, 0, Set.of(), Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  Scope {
    types = Set.copyOf(types);
  }

  boolean admits(Subjects s, int row, int day) {
    return day >= fromDay && day <= toDay
        && (municipality == 0 || s.raw(Dimension.MUNICIPALITY, row) == municipality)
        && (unit == 0 || s.raw(Dimension.UNIT, row) == unit)
        && (types.isEmpty() || types.contains(s.raw(Dimension.EPISODE_TYPE, row)));
  }
}
