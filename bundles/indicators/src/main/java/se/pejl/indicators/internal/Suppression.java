package se.pejl.indicators.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import se.pejl.api.indicators.Cell;

/**
 * The small-number rule (issue 6). Primary: a cell from fewer than the threshold is hidden.
 * Secondary (complementary): no hidden cell may be recomputable from the published cells and the
 * totals. Two steps, each hiding one more published cell at a time, smallest n first and details
 * before totals:
 * <ol>
 *   <li>the line rule: a line with exactly one hidden cell gives it back as total minus the
 *       others, so one more cell of that line is hidden (cheap, and handles most tables);
 *   <li>the exact rule: lines can combine (a hidden cell bridging two groups of hidden cells, or
 *       absent empty groups that pin a sum), so while {@link Derivation} finds a recomputable
 *       hidden cell, the published cell that makes it unknown is hidden too.
 * </ol>
 * and a third, outside linear algebra: a hidden cell is a group of at least one child (an empty
 * group is left out of the table, so a reader knows it is zero), so a line whose hidden cells add
 * up to exactly their number shows that each is 1; one more of its cells is hidden then, and the
 * first two run again. All only ever hide more, so they end, and nothing below the threshold is
 * ever published.
 */
final class Suppression {
  private final ToIntFunction<Cell> threshold;

  Suppression(int threshold) {
    this(c -> threshold);
  }

  /** With each cell's own threshold, e.g. its municipality's. */
  Suppression(ToIntFunction<Cell> threshold) {
    this.threshold = threshold;
  }

  List<Cell> apply(List<Cell> cells, List<String> dimensions) {
    return apply(cells, dimensions, c -> false);
  }

  /**
   * As {@link #apply(List, List)}, with more cells hidden from the start, e.g. for their rest
   * ({@link RestRule}); the complementary steps then protect them as they do the small ones.
   */
  List<Cell> apply(List<Cell> cells, List<String> dimensions, Predicate<Cell> alsoHidden) {
    List<Lines.Line> lines = Lines.of(cells, dimensions);
    boolean[] hidden = new boolean[cells.size()];
    for (int i = 0; i < cells.size(); i++) {
      Cell c = cells.get(i);
      hidden[i] = c.suppressed() || (c.n() != null && c.n() < threshold.applyAsInt(c)) || alsoHidden.test(c);
    }
    do {
      hideLoneHiddenCells(cells, lines, hidden);
      hideUntilNothingIsDerivable(cells, lines, hidden);
    } while (hideWhereOnlyOnesFit(cells, lines, hidden));
    List<Cell> result = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      result.add(hidden[i] ? Cell.suppressed(cells.get(i).key()) : cells.get(i));
    }
    return result;
  }

  private static void hideLoneHiddenCells(List<Cell> cells, List<Lines.Line> lines, boolean[] hidden) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Lines.Line line : lines) {
        List<Integer> members = line.cells();
        if (members.stream().filter(i -> hidden[i]).count() == 1) {
          // Within a line, its own total goes last: hiding it would leave the details' sum open.
          Optional<Integer> next = members.stream().filter(i -> !hidden[i])
              .min(Comparator.comparing((Integer i) -> i == line.total()).thenComparing(smallest(cells)));
          if (next.isPresent()) {
            hidden[next.get()] = true;
            changed = true;
          }
        }
      }
    }
  }

  /**
   * Hides one more detail of a line whose published total less its published details equals the
   * number of its hidden details: every hidden one would be 1. Returns whether it hid anything.
   */
  private static boolean hideWhereOnlyOnesFit(List<Cell> cells, List<Lines.Line> lines, boolean[] hidden) {
    boolean changed = false;
    for (Lines.Line line : lines) {
      Cell total = cells.get(line.total());
      List<Integer> hiddenDetails = line.details().stream().filter(i -> hidden[i]).toList();
      if (hidden[line.total()] || total.n() == null || hiddenDetails.size() < 2) {
        continue;
      }
      int rest = total.n() - line.details().stream().filter(i -> !hidden[i])
          .mapToInt(i -> cells.get(i).n() == null ? 0 : cells.get(i).n()).sum();
      if (rest == hiddenDetails.size()) {
        Optional<Integer> next = line.details().stream().filter(i -> !hidden[i]).min(smallest(cells));
        hidden[next.orElse(line.total())] = true;
        changed = true;
      }
    }
    return changed;
  }

  private static void hideUntilNothingIsDerivable(List<Cell> cells, List<Lines.Line> lines, boolean[] hidden) {
    while (true) {
      Derivation derivation = new Derivation(lines, hidden);
      List<Integer> derivable = derivation.derivable();
      if (derivable.isEmpty()) {
        return;
      }
      Optional<Integer> next = derivable.stream().flatMap(j -> derivation.breakers(j).stream())
          .min(detailsFirst(cells));
      if (next.isEmpty()) {
        // No single cell closes a cycle through it (groups that are far apart, or absent cells
        // in between): widen the hidden area next to it and look again.
        next = published(hidden, i -> derivable.stream().anyMatch(j -> shareALine(lines, i, j)))
            .min(detailsFirst(cells));
      }
      if (next.isEmpty()) {
        // Its lines are all hidden already: any published cell, so that the loop only stops
        // once nothing is derivable or nothing is left to hide.
        next = published(hidden, i -> true).min(detailsFirst(cells));
      }
      if (next.isEmpty()) {
        // Everything is hidden and a cell is still pinned: only an empty table's grand total,
        // zero because no other cell exists. A zero names no child.
        return;
      }
      hidden[next.get()] = true;
    }
  }

  private static Stream<Integer> published(boolean[] hidden, IntPredicate where) {
    return IntStream.range(0, hidden.length).filter(i -> !hidden[i] && where.test(i)).boxed();
  }

  private static boolean shareALine(List<Lines.Line> lines, int a, int b) {
    return lines.stream().anyMatch(l -> l.cells().contains(a) && l.cells().contains(b));
  }

  /** Details before totals (hiding a total loses the most), then the smallest, then table order. */
  private static Comparator<Integer> detailsFirst(List<Cell> cells) {
    return Comparator.comparing((Integer i) -> Lines.totalOver(cells.get(i))).thenComparing(smallest(cells));
  }

  private static Comparator<Integer> smallest(List<Cell> cells) {
    return Comparator.comparing((Integer i) -> cells.get(i).n() == null ? 0 : cells.get(i).n())
        .thenComparing(i -> i);
  }
}
