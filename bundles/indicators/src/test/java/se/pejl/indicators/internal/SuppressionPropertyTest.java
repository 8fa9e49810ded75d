package se.pejl.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import se.pejl.api.indicators.Cell;

/**
 * Issue 6, small numbers: for random region tables (1–8 municipalities × 2–3 genders, by one or
 * both, with every total as {@link Breakdown} makes them), no suppressed cell can be recomputed
 * from what is published, every small cell is suppressed, and what is published is untouched.
 */
class SuppressionPropertyTest {
  private static final List<String> GENDERS = List.of("GIRL", "BOY", "OTHER");
  private static final Map<String, Function<Child, String>> DIMENSIONS = Map.of(
      "municipality", Child::municipality, "gender", Child::gender);

  @Property(tries = 3000)
  void no_suppressed_cell_can_be_recomputed_from_the_published_cells(@ForAll("tables") Table table) {
    List<Cell> published = new Suppression(table.threshold()).apply(table.cells(), table.dimensions());

    // A reader who sees no cells at all learns that the (only) grand total is empty, and that
    // names no child: only a suppressed cell with children in it must stay unknown.
    assertThat(Derivability.derivableCells(published, table.dimensions()))
        .as("derivable in %s", show(table, published))
        .allSatisfy(key -> assertThat(table.n(key)).isZero());
    Statistics.label("dimensions").collect(table.dimensions().size());
    Statistics.label("suppressed").collect(published.stream().filter(Cell::suppressed).count() > 0);
  }

  @Property(tries = 1000)
  void every_small_cell_is_suppressed_without_value_or_n_and_published_cells_are_unchanged(
      @ForAll("tables") Table table) {
    List<Cell> published = new Suppression(table.threshold()).apply(table.cells(), table.dimensions());

    assertThat(published).extracting(Cell::key).containsExactlyElementsOf(table.cells().stream().map(Cell::key).toList());
    for (int i = 0; i < published.size(); i++) {
      Cell in = table.cells().get(i);
      Cell out = published.get(i);
      if (in.n() < table.threshold()) {
        assertThat(out.suppressed()).as("%s n=%d", in.key(), in.n()).isTrue();
      }
      if (out.suppressed()) {
        assertThat(out.value()).isNull();
        assertThat(out.n()).isNull();
      } else {
        assertThat(out).isEqualTo(in);
      }
    }
  }

  record Child(String municipality, String gender) {}

  record Table(List<String> dimensions, List<Cell> cells, int threshold) {
    int n(Map<String, String> key) {
      return cells.stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow().n();
    }
  }

  @Provide
  Arbitrary<Table> tables() {
    Arbitrary<List<String>> dimensions = Arbitraries.of(List.of("municipality"), List.of("gender"),
        List.of("municipality", "gender"), List.of("gender", "municipality"));
    // Many small and empty groups, as where few girls answered or a municipality took no part.
    Arbitrary<Integer> count = Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.just(0)),
        Tuple.of(3, Arbitraries.integers().between(1, 4)),
        Tuple.of(5, Arbitraries.integers().between(5, 30)));
    return Combinators.combine(dimensions, Arbitraries.integers().between(1, 8),
            Arbitraries.integers().between(2, 3), Arbitraries.integers().between(3, 6))
        .flatAs((dims, municipalities, genders, threshold) -> count.list().ofSize(municipalities * genders)
            .map(counts -> table(dims, genders, counts, threshold)));
  }

  /** The cells exactly as the engine builds them: only groups with children, plus every total. */
  private static Table table(List<String> dimensions, int genders, List<Integer> counts, int threshold) {
    List<Child> children = new ArrayList<>();
    for (int i = 0; i < counts.size(); i++) {
      for (int k = 0; k < counts.get(i); k++) {
        children.add(new Child("m" + (i / genders + 1), GENDERS.get(i % genders)));
      }
    }
    List<Cell> cells = TestTables.tabulate(dimensions, DIMENSIONS, children);
    return new Table(dimensions, cells, threshold);
  }

  private static String show(Table table, List<Cell> published) {
    StringBuilder s = new StringBuilder("threshold " + table.threshold() + ":");
    for (int i = 0; i < published.size(); i++) {
      s.append("\n  ").append(table.cells().get(i).key()).append(" n=").append(table.cells().get(i).n())
          .append(published.get(i).suppressed() ? " hidden" : "");
    }
    return s.toString();
  }
}
