package se.pejl.reports.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import se.pejl.api.Municipality;
import se.pejl.api.indicators.Cell;
import se.pejl.api.indicators.IndicatorResult;

/**
 * Turns an indicator split by municipality and gender into the rows of {@code improvement.jrxml}:
 * one per municipality, in the directory's order, then one for the whole region. Rows are maps
 * (field name to value) so that filling needs no bean introspection.
 */
final class ImprovementRows {
  static final String MUNICIPALITY = "municipality";
  static final String GENDER = "gender";

  /** Report column prefix to the gender key it shows; OTHER is only part of the totals. */
  private static final Map<String, String> COLUMNS =
      Map.of("girls", "GIRL", "boys", "BOY", "all", Cell.ALL);

  private ImprovementRows() {}

  static List<Map<String, ?>> of(
      IndicatorResult result, List<Municipality> municipalities, String regionLabel) {
    Map<String, Map<String, Cell>> byMunicipality = new HashMap<>();
    for (Cell cell : result.cells()) {
      String municipality = cell.key().get(MUNICIPALITY);
      String gender = cell.key().get(GENDER);
      if (municipality != null && gender != null) {
        byMunicipality.computeIfAbsent(municipality, k -> new HashMap<>()).put(gender, cell);
      }
    }
    List<Map<String, ?>> rows = new ArrayList<>();
    for (Municipality m : municipalities) {
      Map<String, Cell> cells = byMunicipality.remove(m.code().value());
      if (cells != null) {
        rows.add(row(m.name(), false, cells));
      }
    }
    Map<String, Cell> region = byMunicipality.remove(Cell.ALL);
    // A code the directory does not know is still shown, by its code, rather than dropped.
    for (String code : new TreeSet<>(byMunicipality.keySet())) {
      rows.add(row(code, false, byMunicipality.get(code)));
    }
    if (region != null) {
      rows.add(row(regionLabel, true, region));
    }
    return rows;
  }

  private static Map<String, ?> row(String name, boolean regionTotal, Map<String, Cell> cells) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("municipality", name);
    row.put("regionTotal", regionTotal);
    COLUMNS.forEach(
        (column, gender) -> {
          Cell cell = cells.get(gender);
          boolean suppressed = cell != null && cell.suppressed();
          row.put(column + "Share", cell == null ? null : cell.value());
          row.put(column + "N", cell == null ? null : cell.n());
          row.put(column + "Suppressed", suppressed);
        });
    return row;
  }
}
