package se.pejl.indicators.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import se.pejl.api.indicators.Cell;

/** Tables built exactly as the engine builds them, from plain objects, for suppression tests. */
final class TestTables {
  private TestTables() {}

  /** Every combination met and every total, each cell's value 0.5 and its n the members in it. */
  static <T> List<Cell> tabulate(List<String> dimensions, Map<String, Function<T, String>> valueOf, List<T> members) {
    List<Axis> axes = new ArrayList<>();
    List<Dictionary> dictionaries = new ArrayList<>();
    for (String d : dimensions) {
      Dictionary dictionary = new Dictionary();
      dictionaries.add(dictionary);
      axes.add(new Axis(Dimension.of(d).orElseThrow(), dictionary::value));
    }
    Observations obs = new Observations(axes, Scope.everything());
    Map<Integer, int[]> raw = new HashMap<>();
    for (int row = 0; row < members.size(); row++) {
      int[] codes = new int[dimensions.size()];
      for (int d = 0; d < codes.length; d++) {
        codes[d] = dictionaries.get(d).code(valueOf.get(dimensions.get(d)).apply(members.get(row)));
      }
      raw.put(row, codes);
    }
    Subjects subjects = (dimension, row) -> raw.get(row)[dimensions.indexOf(dimension.key())];
    for (int row = 0; row < members.size(); row++) {
      obs.add(subjects, row, 0, 0, 0, 0.5);
    }
    return new Tabulation(obs, Tabulation.Aggregate.MEAN).cells();
  }
}
