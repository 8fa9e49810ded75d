package se.pejl.reports.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.pejl.api.PejlUser;
import se.pejl.api.indicators.Cell;
import se.pejl.api.indicators.IndicatorEngine;
import se.pejl.api.indicators.IndicatorInfo;
import se.pejl.api.indicators.IndicatorResult;

/**
 * Each outcome indicator (one under a BBIC area, not a process one) for girls, boys and all. "All"
 * is the engine's total, which also counts children of other or unknown gender.
 */
final class GenderSplitData implements ReportData {
  private static final String GENDER = "gender";
  private final IndicatorEngine engine;
  private final Scope scope;

  GenderSplitData(IndicatorEngine engine, Scope scope) {
    this.engine = engine;
    this.scope = scope;
  }

  @Override
  public String kind() {
    return "gender-split";
  }

  @Override
  public Set<String> parameters() {
    return Parameters.ONE_PLACE;
  }

  @Override
  public Map<String, Class<?>> fields() {
    Map<String, Class<?>> fields = Figures.indicatorFields();
    fields.putAll(Figures.fields("girls"));
    fields.putAll(Figures.fields("boys"));
    fields.putAll(Figures.fields("all"));
    return fields;
  }

  @Override
  public Dataset collect(PejlUser user, ReportRequest request) {
    ReportTexts texts = new ReportTexts(request.locale());
    List<Map<String, ?>> rows = new ArrayList<>();
    Integer threshold = null;
    for (IndicatorInfo info : engine.indicators()) {
      if (!isOutcome(info)) {
        continue;
      }
      IndicatorResult result = engine.evaluate(user, info.id(), scope.query(user, request, List.of(GENDER)));
      threshold = result.threshold();
      Map<String, Cell> cells = Figures.by(result, GENDER);
      Map<String, Object> row = Figures.indicatorRow(texts, info, info.bbicArea(), texts.in(info.name()));
      Figures.put(row, "girls", cells.get("GIRL"));
      Figures.put(row, "boys", cells.get("BOY"));
      Figures.put(row, "all", cells.get(Cell.ALL));
      rows.add(row);
    }
    Figures.sortByArea(rows);
    return new Dataset(scope.areaName(user, request), threshold, rows, Map.of());
  }

  /** Outcomes are the indicators under a BBIC area that can be split by gender as they are. */
  static boolean isOutcome(IndicatorInfo info) {
    return !ReportTexts.PROCESS.equals(info.bbicArea()) && info.mustSplitBy().isEmpty()
        && info.breakdowns().contains(GENDER);
  }
}
