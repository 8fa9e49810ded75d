package se.pejl.indicators.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which hidden cells a reader can recompute, exactly, from the published cells and the lines'
 * equations (total minus details is zero), and which published cell, hidden too, would stop that.
 *
 * <p>The equations are reduced once by Gauss–Jordan elimination over the integers (exact, no
 * rounding), pivoting only on hidden cells. A hidden cell is recomputable iff its column has a
 * pivot whose row has no other hidden cell left in it: that row states its value in published
 * cells alone. Hiding a published cell c adds c as an unknown; if c's column is a combination of
 * the hidden columns (zero in every row without a pivot), then c = Σ w·hidden gives a new
 * solution direction, and it frees hidden cell j iff w_j, the entry of c in j's pivot row, is not
 * zero. So one reduction answers both questions for the whole table.
 *
 * <p>Tables from {@link Breakdown} with one or two dimensions give totally unimodular matrices,
 * so entries stay in -1..1; rows are still divided by their gcd, and arithmetic is exact-checked,
 * so a larger table could fail loudly but never answer wrongly.
 */
final class Derivation {
  private final long[][] rows;
  private final boolean[] hidden;
  /** For each cell, the row holding its pivot, or -1. */
  private final int[] pivotRow;
  private final int rank;

  Derivation(List<Lines.Line> lines, boolean[] hidden) {
    this.hidden = hidden.clone();
    this.rows = new long[lines.size()][hidden.length];
    for (int r = 0; r < lines.size(); r++) {
      rows[r][lines.get(r).total()] += 1;
      for (int d : lines.get(r).details()) {
        rows[r][d] -= 1;
      }
    }
    this.pivotRow = new int[hidden.length];
    Arrays.fill(pivotRow, -1);
    this.rank = reduce();
  }

  /** Gauss–Jordan on the hidden columns; published columns ride along as right-hand sides. */
  private int reduce() {
    int next = 0;
    for (int col = 0; col < hidden.length && next < rows.length; col++) {
      if (!hidden[col]) {
        continue;
      }
      int p = next;
      while (p < rows.length && rows[p][col] == 0) {
        p++;
      }
      if (p == rows.length) {
        continue;
      }
      long[] swap = rows[p];
      rows[p] = rows[next];
      rows[next] = swap;
      for (int r = 0; r < rows.length; r++) {
        if (r != next && rows[r][col] != 0) {
          eliminate(rows[r], rows[next], col);
        }
      }
      pivotRow[col] = next++;
    }
    return next;
  }

  private static void eliminate(long[] row, long[] pivot, int col) {
    long f = row[col];
    long p = pivot[col];
    long gcd = 0;
    for (int k = 0; k < row.length; k++) {
      row[k] = Math.subtractExact(Math.multiplyExact(row[k], p), Math.multiplyExact(pivot[k], f));
      gcd = gcd(gcd, Math.abs(row[k]));
    }
    if (gcd > 1) {
      for (int k = 0; k < row.length; k++) {
        row[k] /= gcd;
      }
    }
  }

  private static long gcd(long a, long b) {
    return b == 0 ? a : gcd(b, a % b);
  }

  /** Hidden cells whose value follows from what is published. */
  List<Integer> derivable() {
    List<Integer> derivable = new ArrayList<>();
    for (int j = 0; j < hidden.length; j++) {
      if (hidden[j] && pivotRow[j] >= 0 && aloneInRow(j)) {
        derivable.add(j);
      }
    }
    return derivable;
  }

  private boolean aloneInRow(int j) {
    long[] row = rows[pivotRow[j]];
    for (int k = 0; k < row.length; k++) {
      if (k != j && hidden[k] && row[k] != 0) {
        return false;
      }
    }
    return true;
  }

  /** Published cells that, hidden as well, would make the derivable cell {@code j} unknown. */
  List<Integer> breakers(int j) {
    List<Integer> breakers = new ArrayList<>();
    for (int c = 0; c < hidden.length; c++) {
      if (!hidden[c] && rows[pivotRow[j]][c] != 0 && inHiddenSpan(c)) {
        breakers.add(c);
      }
    }
    return breakers;
  }

  /** Whether the published cell's column is a combination of the hidden cells' columns. */
  private boolean inHiddenSpan(int c) {
    for (int r = rank; r < rows.length; r++) {
      if (rows[r][c] != 0) {
        return false;
      }
    }
    return true;
  }
}
