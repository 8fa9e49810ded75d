package se.pejl.indicators.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.pejl.api.indicators.Cell;

/**
 * What a reader can recompute from a published table: every total equals the sum of its details
 * along each dimension, published cells are known and suppressed cells are the unknowns. A
 * suppressed cell is derivable iff its unit vector lies in the row space of the coefficient matrix
 * over the unknowns, i.e. adding it as an equation does not raise the rank.
 *
 * <p>Deliberately independent of the main code's {@code Derivation}: it builds the equations from
 * the cell keys itself and decides by comparing ranks (exact, over the integers), not by reading
 * a reduced matrix.
 */
final class Derivability {
  private Derivability() {}

  /** The keys of the suppressed cells whose n follows from what is published. */
  static List<Map<String, String>> derivableCells(List<Cell> published, List<String> dimensions) {
    List<Cell> unknowns = published.stream().filter(Cell::suppressed).toList();
    Map<Map<String, String>, Integer> column = new HashMap<>();
    unknowns.forEach(c -> column.put(c.key(), column.size()));
    List<BigInteger[]> equations = equations(published, dimensions, column);
    int rank = rank(equations, unknowns.size());
    List<Map<String, String>> derivable = new ArrayList<>();
    for (Cell unknown : unknowns) {
      List<BigInteger[]> withUnit = new ArrayList<>(equations);
      withUnit.add(unit(column.get(unknown.key()), unknowns.size()));
      if (rank(withUnit, unknowns.size()) == rank) {
        derivable.add(unknown.key());
      }
    }
    return derivable;
  }

  /** One row per total and dimension: total minus its details, over the unknowns only. */
  private static List<BigInteger[]> equations(List<Cell> cells, List<String> dimensions,
      Map<Map<String, String>, Integer> column) {
    List<BigInteger[]> rows = new ArrayList<>();
    for (String d : dimensions) {
      for (Cell total : cells) {
        if (!Cell.ALL.equals(total.key().get(d))) {
          continue;
        }
        BigInteger[] row = zeros(column.size());
        add(row, column.get(total.key()), 1);
        for (Cell detail : cells) {
          if (!Cell.ALL.equals(detail.key().get(d)) && sameExcept(detail.key(), total.key(), d)) {
            add(row, column.get(detail.key()), -1);
          }
        }
        rows.add(row);
      }
    }
    return rows;
  }

  private static boolean sameExcept(Map<String, String> a, Map<String, String> b, String dimension) {
    Map<String, String> x = new HashMap<>(a);
    Map<String, String> y = new HashMap<>(b);
    x.remove(dimension);
    y.remove(dimension);
    return x.equals(y);
  }

  private static void add(BigInteger[] row, Integer column, int coefficient) {
    if (column != null) { // a published cell: a known value, not a coefficient
      row[column] = row[column].add(BigInteger.valueOf(coefficient));
    }
  }

  /** Fraction-free Gaussian elimination: exact for integer matrices of any size. */
  static int rank(List<BigInteger[]> matrix, int columns) {
    List<BigInteger[]> rows = new ArrayList<>();
    matrix.forEach(r -> rows.add(r.clone()));
    int rank = 0;
    for (int col = 0; col < columns && rank < rows.size(); col++) {
      int pivot = -1;
      for (int r = rank; r < rows.size() && pivot < 0; r++) {
        pivot = rows.get(r)[col].signum() != 0 ? r : -1;
      }
      if (pivot < 0) {
        continue;
      }
      BigInteger[] p = rows.remove(pivot);
      rows.add(rank, p);
      for (int r = rank + 1; r < rows.size(); r++) {
        BigInteger[] row = rows.get(r);
        BigInteger f = row[col];
        if (f.signum() != 0) {
          for (int k = 0; k < columns; k++) {
            row[k] = row[k].multiply(p[col]).subtract(p[k].multiply(f));
          }
          divideByGcd(row);
        }
      }
      rank++;
    }
    return rank;
  }

  /** Keeps the entries small; exactness does not depend on it. */
  private static void divideByGcd(BigInteger[] row) {
    BigInteger gcd = BigInteger.ZERO;
    for (BigInteger v : row) {
      gcd = gcd.gcd(v);
    }
    if (gcd.compareTo(BigInteger.ONE) > 0) {
      for (int k = 0; k < row.length; k++) {
        row[k] = row[k].divide(gcd);
      }
    }
  }

  private static BigInteger[] unit(int column, int size) {
    BigInteger[] row = zeros(size);
    row[column] = BigInteger.ONE;
    return row;
  }

  private static BigInteger[] zeros(int size) {
    BigInteger[] row = new BigInteger[size];
    Arrays.fill(row, BigInteger.ZERO);
    return row;
  }
}
