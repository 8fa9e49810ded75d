package se.pejl.reports.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import se.pejl.api.indicators.Cell;
import se.pejl.api.indicators.IndicatorInfo;
import se.pejl.api.indicators.IndicatorResult;

/**
 * Puts the engine's cells into report rows exactly as it gave them: a value, its n, and whether it
 * is suppressed. A template prints the suppression mark where the flag is set.
 */
final class Figures {
  static final String SHARE = "share";

  private Figures() {}

  /** The fields {@link #put} writes under a prefix, e.g. {@code girlsValue, girlsN, girlsSuppressed}. */
  static Map<String, Class<?>> fields(String prefix) {
    Map<String, Class<?>> fields = new LinkedHashMap<>();
    fields.put(name(prefix, "value"), Double.class);
    fields.put(name(prefix, "n"), Integer.class);
    fields.put(name(prefix, "suppressed"), Boolean.class);
    return fields;
  }

  /** The fields naming the indicator of a row, under its BBIC area. */
  static Map<String, Class<?>> indicatorFields() {
    Map<String, Class<?>> fields = new LinkedHashMap<>();
    fields.put("area", String.class);
    fields.put("areaName", String.class);
    fields.put("areaOrder", Integer.class);
    fields.put("indicatorId", String.class);
    fields.put("indicatorName", String.class);
    fields.put("pattern", String.class);
    return fields;
  }

  /** A row that starts with {@link #indicatorFields()}. */
  static Map<String, Object> indicatorRow(ReportTexts texts, IndicatorInfo info, String area, String name) {
    Map<String, Object> row = new HashMap<>();
    row.put("area", area);
    row.put("areaName", texts.area(area));
    row.put("areaOrder", ReportTexts.areaOrder(area));
    row.put("indicatorId", info.id());
    row.put("indicatorName", name);
    row.put("pattern", pattern(info.valueType()));
    return row;
  }

  /** Rows of {@link #indicatorRow} by BBIC area, then by name. */
  static void sortByArea(List<Map<String, ?>> rows) {
    rows.sort(java.util.Comparator.comparing((Map<String, ?> r) -> (Integer) r.get("areaOrder"))
        .thenComparing(r -> (String) r.get("indicatorName")));
  }

  /** Writes one cell; a missing cell (nothing to count) is a blank, not a suppressed one. */
  static void put(Map<String, Object> row, String prefix, Cell cell) {
    row.put(name(prefix, "value"), cell == null ? null : cell.value());
    row.put(name(prefix, "n"), cell == null ? null : cell.n());
    row.put(name(prefix, "suppressed"), cell != null && cell.suppressed());
  }

  /**
   * The result of work started beside the caller's own, its failure thrown as it was thrown: an
   * unknown unit stays the 400 that names it.
   */
  static <T> T await(CompletableFuture<T> work) {
    try {
      return work.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** The cells of a result by the value of one dimension, e.g. gender to cell. */
  static Map<String, Cell> by(IndicatorResult result, String dimension) {
    Map<String, Cell> cells = new HashMap<>();
    for (Cell cell : result.cells()) {
      String value = cell.key().get(dimension);
      if (value != null) {
        cells.put(value, cell);
      }
    }
    return cells;
  }

  /**
   * The threshold a footnote may state for a table across municipalities: the highest any of its
   * cells was held to, so that "fewer than N" is true of every hidden cell.
   */
  static int footnoteThreshold(IndicatorResult result) {
    return result.thresholds().values().stream().mapToInt(Integer::intValue).reduce(result.threshold(), Math::max);
  }

  /** The one cell of a result without breakdown, or null. */
  static Cell total(IndicatorResult result) {
    List<Cell> cells = result.cells();
    return cells.isEmpty() ? null : cells.get(0);
  }

  /** How a template formats values of this type (a {@link java.text.DecimalFormat} pattern). */
  static String pattern(String valueType) {
    return switch (valueType) {
      case SHARE -> "0 %";
      case "score", "t-score" -> "0.0";
      default -> "0";
    };
  }

  /** A share in percent for a chart; charts show shares only, and never a suppressed cell. */
  static Double chartValue(String valueType, Cell cell) {
    if (!SHARE.equals(valueType) || cell == null || cell.suppressed() || cell.value() == null) {
      return null;
    }
    return cell.value() * 100;
  }

  private static String name(String prefix, String field) {
    if (prefix.isEmpty()) {
      return field;
    }
    return prefix + Character.toUpperCase(field.charAt(0)) + field.substring(1);
  }
}
