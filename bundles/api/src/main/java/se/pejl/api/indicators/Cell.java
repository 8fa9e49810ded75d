package se.pejl.api.indicators;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One aggregate figure. A suppressed cell has neither value nor n, so that no small group can be
 * pointed at.
 *
 * @param key breakdown dimension to value, e.g. {@code municipality=1407, gender=GIRL}; a total
 *     over a dimension has the value {@link #ALL}
 * @param value the figure (a share is 0–1), or {@code null} when suppressed or undefined
 * @param n how many the figure is computed from, or {@code null} when suppressed
 * @param suppressed true when the cell is hidden by the small-number rule
 */
public record Cell(Map<String, String> key, Double value, Integer n, boolean suppressed) {
  public static final String ALL = "ALL";

  public Cell {
    // In the table's order of dimensions, so that JSON and reports list them as asked for.
    key = Collections.unmodifiableMap(new LinkedHashMap<>(key));
    if (suppressed && (value != null || n != null)) {
      throw new IllegalArgumentException("a suppressed cell carries neither value nor n");
    }
  }

  public static Cell suppressed(Map<String, String> key) {
    return new Cell(key, null, null, true);
  }

  public static Cell of(Map<String, String> key, Double value, int n) {
    return new Cell(key, value, n, false);
  }
}
