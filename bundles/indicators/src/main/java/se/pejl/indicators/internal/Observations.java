package se.pejl.indicators.internal;

import java.util.Arrays;
import java.util.List;

/**
 * What an evaluation saw: one value per unit of analysis (a child's answer, a child's change, an
 * episode, an occasion, a link) with its place on each axis. Units outside the query's scope are
 * turned away here, so that every kind filters the same way.
 */
final class Observations {
  final List<Axis> axes;
  private final Scope scope;
  int size;
  int[] codes;
  double[] values = new double[1024];

  Observations(List<Axis> axes, Scope scope) {
    this.axes = List.copyOf(axes);
    this.scope = scope;
    this.codes = new int[1024 * Math.max(1, axes.size())];
  }

  /**
   * @param day the day that places it in a period
   * @param occasion the occasion's code, for the occasion axis
   * @param area the BBIC area's code, for the area axis
   */
  void add(Subjects subjects, int row, int day, int occasion, int area, double value) {
    if (!scope.admits(subjects, row, day)) {
      return;
    }
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
      codes = Arrays.copyOf(codes, codes.length * 2);
    }
    int at = size * axes.size();
    for (Axis axis : axes) {
      Dimension d = axis.dimension;
      int raw = switch (d) {
        case YEAR -> Periods.year(day);
        case HALF_YEAR -> Periods.halfYear(day);
        case QUARTER -> Periods.quarter(day);
        case OCCASION -> occasion;
        case BBIC_AREA -> area;
        default -> subjects.raw(d, row);
      };
      codes[at++] = axis.index(raw);
    }
    values[size++] = value;
  }
}
