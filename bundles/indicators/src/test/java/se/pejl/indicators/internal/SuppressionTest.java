package se.pejl.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.pejl.api.indicators.Cell;

/** Worked tables for the exact rule; the property test covers random ones. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SuppressionTest {
  static final List<String> BY_BOTH = List.of("municipality", "gender");

  @Test
  void a_sum_pinned_by_absent_groups_is_hidden_too() {
    // Found by the property test against the line rule alone (threshold 4): m2 has 1 boy, m3 one
    // girl and one other, m4 3 boys. Every line has two hidden cells, yet girls + others = 6 - 4,
    // and only m3 has girls or others (the missing cells say so), so m3's total is 2.
    List<Cell> table = table(Map.of("m2/BOY", 1, "m3/GIRL", 1, "m3/OTHER", 1, "m4/BOY", 3));
    assertThat(Derivability.derivableCells(belowThreshold(table, 4), BY_BOTH)).containsExactly(key("m3", "ALL"));

    List<Cell> published = new Suppression(4).apply(table, BY_BOTH);

    assertThat(Derivability.derivableCells(published, BY_BOTH)).isEmpty();
    // The smallest published cell that puts m3's total on a cycle: the boys' total (4), not the 6.
    assertThat(hiddenKeys(published)).contains(key("ALL", "BOY")).doesNotContain(key("ALL", "ALL"));
  }

  @Test
  void a_hidden_cell_bridging_two_groups_of_hidden_cells_is_not_left_derivable() {
    // Two blocks of small cells, m1-m2 × g1-g2 and m3-m4 × g3-g4, joined by the one child in
    // m1/g3; every other crossing cell is empty. Each line has two hidden cells, but
    // (m1 + m2 totals) - (g1 + g2 totals) = 15 - 14 = 1 gives m1/g3 back. No single published
    // cell closes a cycle through it, so the hidden area grows along its lines first.
    Map<String, Integer> n = new LinkedHashMap<>();
    n.putAll(Map.of("m1/g1", 4, "m1/g2", 4, "m2/g1", 3, "m2/g2", 3, "m1/g3", 1));
    n.putAll(Map.of("m3/g3", 3, "m3/g4", 3, "m4/g3", 3, "m4/g4", 3));
    List<Cell> table = table(n);
    assertThat(Derivability.derivableCells(belowThreshold(table, 5), BY_BOTH)).containsExactly(key("m1", "g3"));

    List<Cell> published = new Suppression(5).apply(table, BY_BOTH);

    assertThat(Derivability.derivableCells(published, BY_BOTH)).isEmpty();
    assertThat(hiddenKeys(published)).hasSize(9 + 3).doesNotContain(key("ALL", "ALL"));
  }

  @Test
  void hidden_cells_that_can_only_be_ones_are_not_left_so() {
    // One girl and one boy beside eight others: the girls' and boys' cells are hidden, and no
    // equation gives either back, but 10 - 8 = 2 shared by two groups of at least one child each
    // says both are 1. So the others' cell is hidden too.
    List<Cell> table = table(Map.of("m1/GIRL", 1, "m1/BOY", 1, "m1/OTHER", 8, "m2/GIRL", 9, "m2/BOY", 9,
        "m2/OTHER", 9));
    List<Cell> published = new Suppression(5).apply(table, BY_BOTH);

    assertThat(hiddenKeys(published)).contains(key("m1", "GIRL"), key("m1", "BOY"), key("m1", "OTHER"));
    assertThat(Derivability.derivableCells(published, BY_BOTH)).isEmpty();
  }

  @Test
  void a_table_without_children_publishes_nothing_and_stops() {
    List<Cell> published = new Suppression(5).apply(table(Map.of()), BY_BOTH);

    assertThat(published).containsExactly(Cell.suppressed(key("ALL", "ALL")));
  }

  @Test
  void a_table_with_only_large_cells_is_published_whole() {
    List<Cell> table = table(Map.of("m1/GIRL", 5, "m1/BOY", 6, "m2/GIRL", 7, "m2/BOY", 8));

    assertThat(new Suppression(5).apply(table, BY_BOTH)).isEqualTo(table);
  }

  /**
   * Only the small cells hidden. In both worked tables this is also what the line rule alone
   * gave: every line already has two hidden cells, so it hid nothing more.
   */
  private static List<Cell> belowThreshold(List<Cell> table, int threshold) {
    List<Cell> hidden = new ArrayList<>();
    table.forEach(c -> hidden.add(c.n() < threshold ? Cell.suppressed(c.key()) : c));
    return hidden;
  }

  /** A municipality × gender table with every total, from "municipality/gender" → children. */
  private static List<Cell> table(Map<String, Integer> counts) {
    record Child(String municipality, String gender) {}
    List<Child> children = new ArrayList<>();
    counts.forEach((k, count) -> {
      for (int i = 0; i < count; i++) {
        children.add(new Child(k.split("/")[0], k.split("/")[1]));
      }
    });
    return TestTables.tabulate(BY_BOTH, Map.<String, java.util.function.Function<Child, String>>of(
        "municipality", Child::municipality, "gender", Child::gender), children);
  }

  private static List<Map<String, String>> hiddenKeys(List<Cell> cells) {
    return cells.stream().filter(Cell::suppressed).map(Cell::key).toList();
  }

  private static Map<String, String> key(String municipality, String gender) {
    return Map.of("municipality", municipality, "gender", gender);
  }
}
