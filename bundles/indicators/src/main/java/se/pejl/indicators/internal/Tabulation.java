package se.pejl.indicators.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.pejl.api.indicators.Cell;

/**
 * Sums observations into the cells of a table: every combination met, and the totals over each
 * totalled axis. Cells are numbered densely (mixed radix over the axes), so a million observations
 * cost a few array additions each.
 */
final class Tabulation {
  /** How a cell's value follows from its observations. */
  enum Aggregate { COUNT, MEAN, MEDIAN }

  private final Observations obs;
  private final Aggregate aggregate;
  private final int[] radix;
  private final int cells;

  Tabulation(Observations obs, Aggregate aggregate) {
    this.obs = obs;
    this.aggregate = aggregate;
    this.radix = new int[obs.axes.size()];
    long n = 1;
    for (int d = 0; d < radix.length; d++) {
      radix[d] = obs.axes.get(d).size();
      n *= radix[d];
    }
    if (n > 50_000_000L) {
      throw new IllegalArgumentException("a table of " + n + " cells is too large to publish");
    }
    this.cells = (int) n;
  }

  List<Cell> cells() {
    int[] n = new int[cells];
    double[] sum = new double[cells];
    Map<Integer, double[]> values = aggregate == Aggregate.MEDIAN ? new HashMap<>() : null;
    int[] sizes = aggregate == Aggregate.MEDIAN ? new int[cells] : null;
    int dims = radix.length;
    int[] own = new int[dims];
    for (int i = 0; i < obs.size; i++) {
      System.arraycopy(obs.codes, i * dims, own, 0, dims);
      double v = obs.values[i];
      for (int combo = 0; combo < (1 << dims); combo++) {
        int cell = cellOf(own, combo);
        if (cell < 0) {
          continue;
        }
        n[cell]++;
        sum[cell] += v;
        if (values != null) {
          double[] vs = values.computeIfAbsent(cell, c -> new double[8]);
          if (sizes[cell] == vs.length) {
            vs = Arrays.copyOf(vs, vs.length * 2);
            values.put(cell, vs);
          }
          vs[sizes[cell]++] = v;
        }
      }
    }
    List<Cell> result = new ArrayList<>();
    for (int cell = 0; cell < cells; cell++) {
      if (n[cell] > 0 || isGrandTotal(cell)) {
        result.add(new Cell(key(cell), value(n[cell], sum[cell], values == null ? null : values.get(cell),
            sizes == null ? 0 : sizes[cell]), n[cell], false));
      }
    }
    return result;
  }

  /** The cell for the observation's own values, with the axes set in {@code combo} made totals; -1 where an axis has no total. */
  private int cellOf(int[] own, int combo) {
    int cell = 0;
    for (int d = 0; d < own.length; d++) {
      int index = own[d];
      if ((combo & (1 << d)) != 0) {
        if (!obs.axes.get(d).dimension.totalled()) {
          return -1;
        }
        index = 0;
      }
      cell = cell * radix[d] + index;
    }
    return cell;
  }

  private boolean isGrandTotal(int cell) {
    return cell == 0 && obs.axes.stream().allMatch(a -> a.dimension.totalled());
  }

  private Double value(int n, double sum, double[] values, int size) {
    if (n == 0) {
      return aggregate == Aggregate.COUNT ? 0.0 : null;
    }
    return switch (aggregate) {
      case COUNT -> (double) n;
      case MEAN -> sum / n;
      case MEDIAN -> median(values, size);
    };
  }

  static double median(double[] values, int size) {
    double[] sorted = Arrays.copyOf(values, size);
    Arrays.sort(sorted);
    return size % 2 == 1 ? sorted[size / 2] : (sorted[size / 2 - 1] + sorted[size / 2]) / 2;
  }

  private Map<String, String> key(int cell) {
    Map<String, String> key = new LinkedHashMap<>();
    int[] index = new int[radix.length];
    for (int d = radix.length - 1; d >= 0; d--) {
      index[d] = cell % radix[d];
      cell /= radix[d];
    }
    for (int d = 0; d < radix.length; d++) {
      key.put(obs.axes.get(d).dimension.key(), index[d] == 0 ? Cell.ALL : obs.axes.get(d).label(index[d]));
    }
    return key;
  }
}
