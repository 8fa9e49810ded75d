package se.pejl.indicators.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Strings that repeat across a million rows (municipalities, units, occasions) kept once, each
 * row holding a small code. Code 0 means none. Synchronized: evaluations, which only read the
 * facts, may still meet a plan's occasion no answer has named yet.
 */
final class Dictionary {
  private final Map<String, Integer> codes = new HashMap<>();
  private final List<String> values = new ArrayList<>(List.of(""));

  synchronized int code(String value) {
    if (value == null) {
      return 0;
    }
    Integer code = codes.get(value);
    if (code == null) {
      code = values.size();
      codes.put(value, code);
      values.add(value);
    }
    return code;
  }

  /** The code of a value seen before, or -1: a filter on a value never seen matches nothing. */
  synchronized int find(String value) {
    Integer code = value == null ? null : codes.get(value);
    return code == null ? -1 : code;
  }

  synchronized String value(int code) {
    return values.get(code);
  }

  /** How many codes there are, 0 included. */
  synchronized int size() {
    return values.size();
  }
}
