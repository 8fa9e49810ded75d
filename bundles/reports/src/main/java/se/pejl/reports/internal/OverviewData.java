package se.pejl.reports.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.pejl.api.PejlUser;
import se.pejl.api.indicators.Cell;
import se.pejl.api.indicators.IndicatorEngine;
import se.pejl.api.indicators.IndicatorInfo;
import se.pejl.api.indicators.IndicatorResult;
import se.pejl.api.indicators.ReportingPeriod;

/**
 * Every indicator for one municipality or unit in a period, beside the period before. An
 * indicator that must be split (by occasion or BBIC area) gives one row per part: by occasion with
 * the occasion in its name, by BBIC area under each area.
 */
final class OverviewData implements ReportData {
  private static final String OCCASION = "occasion";
  private static final String AREA = "bbic-area";
  private final IndicatorEngine engine;
  private final Scope scope;
  private final Clock clock;

  OverviewData(IndicatorEngine engine, Scope scope, Clock clock) {
    this.engine = engine;
    this.scope = scope;
    this.clock = clock;
  }

  @Override
  public String kind() {
    return "indicator-overview";
  }

  @Override
  public Set<String> parameters() {
    return Parameters.ONE_PLACE;
  }

  @Override
  public Map<String, Class<?>> fields() {
    Map<String, Class<?>> fields = Figures.indicatorFields();
    fields.putAll(Figures.fields(""));
    fields.putAll(Figures.fields("previous"));
    fields.put("chartValue", Double.class);
    fields.put("chartPrevious", Double.class);
    return fields;
  }

  @Override
  public Map<String, Class<?>> templateParameters() {
    return Map.of("PREVIOUS_PERIOD_LABEL", String.class);
  }

  @Override
  public Dataset collect(PejlUser user, ReportRequest given) {
    ReportRequest request = given.period() != null ? given : given.withPeriod(Scope.thisYear(LocalDate.now(clock)));
    ReportingPeriod previous = Scope.previous(request.period());
    ReportTexts texts = new ReportTexts(request.locale());
    List<Map<String, ?>> rows = new ArrayList<>();
    Integer threshold = null;
    // Side by side: a period the engine has not been asked for yet costs a pass over every answer
    // per indicator, and the engine evaluates concurrently. The rows keep the indicators' order.
    List<IndicatorInfo> indicators = engine.indicators();
    List<IndicatorResult[]> results = indicators.parallelStream()
        .map(info -> new IndicatorResult[] {
            engine.evaluate(user, info.id(), scope.query(user, request, info.mustSplitBy())),
            engine.evaluate(user, info.id(), scope.query(user, request.withPeriod(previous), info.mustSplitBy()))})
        .toList();
    for (int i = 0; i < results.size(); i++) {
      IndicatorInfo info = indicators.get(i);
      IndicatorResult now = results.get(i)[0];
      IndicatorResult before = results.get(i)[1];
      threshold = now.threshold();
      Map<Map<String, String>, Cell> earlier = new HashMap<>();
      before.cells().forEach(c -> earlier.put(c.key(), c));
      for (Cell cell : now.cells()) {
        if (!cell.key().containsValue(Cell.ALL)) {
          rows.add(row(texts, info, cell, earlier.get(cell.key())));
        }
      }
    }
    Figures.sortByArea(rows);
    return new Dataset(scope.areaName(user, request), threshold, rows,
        Map.of("PERIOD_LABEL", request.period().label(), "PREVIOUS_PERIOD_LABEL", previous.label()));
  }

  private static Map<String, Object> row(ReportTexts texts, IndicatorInfo info, Cell cell, Cell before) {
    String area = cell.key().getOrDefault(AREA, info.bbicArea());
    String name = texts.in(info.name());
    if (cell.key().containsKey(OCCASION)) {
      name += " \u2013 " + texts.named("occasion.", cell.key().get(OCCASION));
    }
    Map<String, Object> row = Figures.indicatorRow(texts, info, area, name);
    Figures.put(row, "", cell);
    Figures.put(row, "previous", before);
    row.put("chartValue", Figures.chartValue(info.valueType(), cell));
    row.put("chartPrevious", Figures.chartValue(info.valueType(), before));
    return row;
  }
}
