package se.pejl.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import se.pejl.api.indicators.IndicatorQuery;

/**
 * The rest rule, for random regions (1–3 municipalities × 3 genders × 2–3 units): a reader who has
 * a unit's table and the same table for every unit, each suppressed as the engine does, and works
 * out every cell the two give back, learns no rest (the other units' children in a cell) between 1
 * and the threshold less one.
 */
class RestRulePropertyTest {
  private static final List<String> GENDERS = List.of("GIRL", "BOY", "OTHER");
  private static final Map<String, Function<Child, String>> DIMENSIONS = Map.of(
      "municipality", Child::municipality, "gender", Child::gender);

  @Property(tries = 1000)
  void no_small_rest_follows_from_a_units_table_and_the_table_of_every_unit(@ForAll("regions") Sample s) {
    List<Cell> wide = TestTables.tabulate(s.dimensions(), DIMENSIONS, s.children());
    List<Cell> narrow = TestTables.tabulate(s.dimensions(), DIMENSIONS,
        s.children().stream().filter(c -> c.unit().equals("u1")).toList());
    IndicatorQuery query = IndicatorQuery.by(s.dimensions().toArray(String[]::new)).inUnit("u1");
    Set<Map<String, String>> exposed = new RestRule(query).exposed(sizes(narrow),
        q -> q.unit() == null ? sizes(wide) : sizes(narrow), k -> s.threshold());

    Map<Map<String, String>, Integer> wideKnown = known(wide,
        new Suppression(s.threshold()).apply(wide, s.dimensions()), s.dimensions());
    Map<Map<String, String>, Integer> narrowKnown = known(narrow,
        new Suppression(s.threshold()).apply(narrow, s.dimensions(), c -> exposed.contains(c.key())), s.dimensions());

    for (Map.Entry<Map<String, String>, Integer> cell : wideKnown.entrySet()) {
      // A cell the unit's table leaves out is known to be empty.
      Integer own = narrow.stream().anyMatch(c -> c.key().equals(cell.getKey()))
          ? narrowKnown.get(cell.getKey()) : Integer.valueOf(0);
      if (own != null) {
        int rest = cell.getValue() - own;
        assertThat(rest == 0 || rest >= s.threshold()).as("rest %d at %s in %s", rest, cell.getKey(), s).isTrue();
      }
    }
    Statistics.label("hidden for the rest").collect(!exposed.isEmpty());
  }

  /** Each cell a reader knows, published or given back by the table's equations, with its n. */
  private static Map<Map<String, String>, Integer> known(List<Cell> cells, List<Cell> published, List<String> dims) {
    Set<Map<String, String>> derivable = new HashSet<>(Derivability.derivableCells(published, dims));
    Map<Map<String, String>, Integer> known = new HashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      if (!published.get(i).suppressed() || derivable.contains(cells.get(i).key())) {
        known.put(cells.get(i).key(), cells.get(i).n());
      }
    }
    return known;
  }

  private static Map<Map<String, String>, Integer> sizes(List<Cell> cells) {
    Map<Map<String, String>, Integer> sizes = new HashMap<>();
    cells.forEach(c -> sizes.put(c.key(), c.n()));
    return sizes;
  }

  record Child(String municipality, String unit, String gender) {}

  record Sample(List<String> dimensions, List<Child> children, int threshold) {}

  @Provide
  Arbitrary<Sample> regions() {
    Arbitrary<List<String>> dimensions = Arbitraries.of(List.of("gender"), List.of("municipality", "gender"));
    // Mostly small and empty groups: where a rest can be small at all.
    Arbitrary<Integer> count = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(0)),
        Tuple.of(4, Arbitraries.integers().between(1, 4)),
        Tuple.of(3, Arbitraries.integers().between(5, 15)));
    return Combinators.combine(dimensions, Arbitraries.integers().between(1, 3),
            Arbitraries.integers().between(2, 3), Arbitraries.integers().between(3, 6))
        .flatAs((dims, municipalities, units, threshold) -> count.list().ofSize(municipalities * units * 3)
            .map(counts -> sample(dims, units, counts, threshold)));
  }

  private static Sample sample(List<String> dimensions, int units, List<Integer> counts, int threshold) {
    List<Child> children = new ArrayList<>();
    for (int i = 0; i < counts.size(); i++) {
      for (int k = 0; k < counts.get(i); k++) {
        children.add(new Child("m" + (i / (units * 3) + 1), "u" + (i / 3 % units + 1), GENDERS.get(i % 3)));
      }
    }
    return new Sample(dimensions, children, threshold);
  }
}
