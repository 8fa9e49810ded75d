package se.pejl.indicators.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.pejl.api.indicators.Cell;

/**
 * The small-number rule. Primary: a cell from fewer than the threshold is hidden. Secondary
 * (complementary): along every dimension, a line of cells and its total must not have exactly one
 * hidden cell, or the total minus the others would give it back; the smallest published cell of
 * such a line is hidden too, until no line has exactly one.
 */
final class Suppression {
  private final int threshold;

  Suppression(int threshold) {
    this.threshold = threshold;
  }

  List<Cell> apply(List<Cell> cells, List<String> dimensions) {
    List<Cell> result = new ArrayList<>();
    for (Cell c : cells) {
      result.add(!c.suppressed() && c.n() != null && c.n() < threshold ? Cell.suppressed(c.key()) : c);
    }
    Map<Map<String, String>, Integer> n = new HashMap<>();
    cells.forEach(c -> n.put(c.key(), c.n() == null ? 0 : c.n()));
    boolean changed = true;
    while (changed) {
      changed = false;
      for (String dimension : dimensions) {
        for (List<Integer> line : lines(result, dimension)) {
          long hidden = line.stream().filter(i -> result.get(i).suppressed()).count();
          if (hidden == 1) {
            Optional<Integer> next = line.stream()
                .filter(i -> !result.get(i).suppressed())
                .min(Comparator.comparing((Integer i) -> isTotal(result.get(i), dimension))
                    .thenComparing(i -> n.get(result.get(i).key())));
            if (next.isPresent()) {
              result.set(next.get(), Cell.suppressed(result.get(next.get()).key()));
              changed = true;
            }
          }
        }
      }
    }
    return result;
  }

  /** Cells that differ only in one dimension: the details and their total, as indices. */
  private static List<List<Integer>> lines(List<Cell> cells, String dimension) {
    Map<Map<String, String>, List<Integer>> lines = new HashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      Map<String, String> rest = new HashMap<>(cells.get(i).key());
      rest.remove(dimension);
      lines.computeIfAbsent(rest, k -> new ArrayList<>()).add(i);
    }
    return new ArrayList<>(lines.values());
  }

  private static boolean isTotal(Cell cell, String dimension) {
    return Cell.ALL.equals(cell.key().get(dimension));
  }
}
