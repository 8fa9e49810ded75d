package se.pejl.indicators.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.pejl.api.indicators.Cell;

/**
 * The equations a reader gets for free from a table: along each dimension, the cells that differ
 * only in that dimension (a line) sum to the line's total ({@link Cell#ALL} in that dimension).
 */
final class Lines {
  private Lines() {}

  /**
   * One line: indices of its total and its details.
   *
   * @param total the index of the line's total cell
   * @param details the indices of the cells the total is the sum of
   * @param dimension the dimension the line runs along
   */
  record Line(int total, List<Integer> details, String dimension) {
    List<Integer> cells() {
      List<Integer> all = new ArrayList<>(details);
      all.add(total);
      return all;
    }
  }

  /** Every line of the table, in a stable order. */
  static List<Line> of(List<Cell> cells, List<String> dimensions) {
    List<Line> lines = new ArrayList<>();
    for (String dimension : dimensions) {
      Map<Map<String, String>, List<Integer>> byRest = new LinkedHashMap<>();
      for (int i = 0; i < cells.size(); i++) {
        Map<String, String> rest = new HashMap<>(cells.get(i).key());
        rest.remove(dimension);
        byRest.computeIfAbsent(rest, k -> new ArrayList<>()).add(i);
      }
      for (List<Integer> members : byRest.values()) {
        line(cells, members, dimension, lines);
      }
    }
    return lines;
  }

  private static void line(List<Cell> cells, List<Integer> members, String dimension, List<Line> into) {
    Integer total = null;
    List<Integer> details = new ArrayList<>();
    for (int i : members) {
      if (isTotal(cells.get(i), dimension)) {
        total = i;
      } else {
        details.add(i);
      }
    }
    // Breakdown makes a total for every detail; without one there is no equation to publish.
    if (total != null) {
      into.add(new Line(total, List.copyOf(details), dimension));
    }
  }

  static boolean isTotal(Cell cell, String dimension) {
    return Cell.ALL.equals(cell.key().get(dimension));
  }

  /** How many dimensions a cell is a total over: 0 for a detail, all of them for the grand total. */
  static long totalOver(Cell cell) {
    return cell.key().values().stream().filter(Cell.ALL::equals).count();
  }
}
