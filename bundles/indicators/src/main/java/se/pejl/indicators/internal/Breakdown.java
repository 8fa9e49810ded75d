package se.pejl.indicators.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import se.pejl.api.indicators.Cell;

/**
 * Groups units of analysis (here: children with a before and an after score) into cells for every
 * combination of the breakdown's values and their totals ({@link Cell#ALL}).
 */
final class Breakdown<T> {
  private final List<String> dimensions;
  private final Map<String, Function<T, String>> valueOf;

  Breakdown(List<String> dimensions, Map<String, Function<T, String>> valueOf) {
    this.dimensions = List.copyOf(dimensions);
    this.valueOf = valueOf;
  }

  /** Each cell's key with the members that fall in it, totals included, in a stable order. */
  Map<Map<String, String>, List<T>> group(List<T> members) {
    Map<Map<String, String>, List<T>> cells = new LinkedHashMap<>();
    cells.put(allKey(), new ArrayList<>());
    for (T member : members) {
      for (Map<String, String> key : keysOf(member)) {
        cells.computeIfAbsent(key, k -> new ArrayList<>()).add(member);
      }
    }
    return cells;
  }

  private Map<String, String> allKey() {
    Map<String, String> key = new LinkedHashMap<>();
    dimensions.forEach(d -> key.put(d, Cell.ALL));
    return key;
  }

  /** The 2^d keys a member counts in: its own value or ALL, for every dimension. */
  private List<Map<String, String>> keysOf(T member) {
    List<Map<String, String>> keys = new ArrayList<>();
    keys.add(new LinkedHashMap<>());
    for (String d : dimensions) {
      String own = valueOf.get(d).apply(member);
      List<Map<String, String>> next = new ArrayList<>();
      for (Map<String, String> k : keys) {
        for (String v : List.of(own, Cell.ALL)) {
          Map<String, String> copy = new LinkedHashMap<>(k);
          copy.put(d, v);
          next.add(copy);
        }
      }
      keys = next;
    }
    return keys;
  }
}
