package se.pejl.indicators.internal;

import java.time.LocalDate;
import java.util.Arrays;

/** Growing the primitive columns of the fact tables. */
final class Columns {
  /** A day column's value for no day (a plan's end not set, an episode still running). */
  static final int NO_DAY = Integer.MIN_VALUE;

  private Columns() {}

  static int capacity(int needed, int current) {
    return needed <= current ? current : Math.max(needed, current + (current >> 1) + 16);
  }

  static int[] fit(int[] a, int size) {
    return size <= a.length ? a : Arrays.copyOf(a, capacity(size, a.length));
  }

  static long[] fit(long[] a, int size) {
    return size <= a.length ? a : Arrays.copyOf(a, capacity(size, a.length));
  }

  static byte[] fit(byte[] a, int size) {
    return size <= a.length ? a : Arrays.copyOf(a, capacity(size, a.length));
  }

  static float[] fit(float[] a, int size) {
    if (size <= a.length) {
      return a;
    }
    int old = a.length;
    float[] grown = Arrays.copyOf(a, capacity(size, a.length));
    Arrays.fill(grown, old, grown.length, Float.NaN);
    return grown;
  }

  static float[] missing(int capacity) {
    float[] a = new float[capacity];
    Arrays.fill(a, Float.NaN);
    return a;
  }

  /** A day as the columns keep it, {@link #NO_DAY} for none. */
  static int day(LocalDate d) {
    return d == null ? NO_DAY : (int) d.toEpochDay();
  }
}
