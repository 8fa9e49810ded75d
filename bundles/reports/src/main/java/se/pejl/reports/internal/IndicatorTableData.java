package se.pejl.reports.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.pejl.api.InvalidInputException;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.PejlUser;
import se.pejl.api.host.MunicipalityDirectory;
import se.pejl.api.indicators.Cell;
import se.pejl.api.indicators.IndicatorEngine;
import se.pejl.api.indicators.IndicatorInfo;
import se.pejl.api.indicators.IndicatorQuery;
import se.pejl.api.indicators.IndicatorResult;

/**
 * One indicator split by the breakdown the manager chooses (gender, age band, unit, quarter …),
 * in the engine's order, with its total last; the engine says which breakdowns the indicator
 * allows and names {@code by} when one is not.
 */
final class IndicatorTableData implements ReportData {
  private static final String AGE_BAND = "age-band";
  private final IndicatorEngine engine;
  private final MunicipalityDirectory directory;
  private final Scope scope;

  IndicatorTableData(IndicatorEngine engine, MunicipalityDirectory directory, Scope scope) {
    this.engine = engine;
    this.directory = directory;
    this.scope = scope;
  }

  @Override
  public String kind() {
    return "indicator-table";
  }

  @Override
  public Set<String> parameters() {
    return Set.of(Parameters.INDICATOR, Parameters.BY, Parameters.PERIOD, Parameters.MUNICIPALITY,
        Parameters.UNIT, Parameters.EPISODE_TYPE);
  }

  @Override
  public Set<String> required() {
    return Set.of(Parameters.INDICATOR, Parameters.BY);
  }

  @Override
  public Map<String, Class<?>> fields() {
    Map<String, Class<?>> fields = new LinkedHashMap<>();
    fields.put("groupName", String.class);
    fields.put("isTotal", Boolean.class);
    fields.putAll(Figures.fields(""));
    fields.put("pattern", String.class);
    fields.put("chartValue", Double.class);
    return fields;
  }

  @Override
  public Map<String, Class<?>> templateParameters() {
    return Map.of("INDICATOR_NAME", String.class, "INDICATOR_DESCRIPTION", String.class,
        "VALUE_LABEL", String.class, "BREAKDOWN_LABEL", String.class);
  }

  @Override
  public Dataset collect(PejlUser user, ReportRequest request) {
    IndicatorInfo info = engine.indicator(request.indicator()).orElseThrow(() ->
        new InvalidInputException(Parameters.INDICATOR, "error.report.indicator.unknown", request.indicator()));
    String by = request.by();
    // Municipalities side by side are the region's aggregates; any other breakdown is of one
    // municipality, the user's own unless the request names another.
    boolean acrossRegion = Parameters.MUNICIPALITY.equals(by) && request.municipality() == null;
    IndicatorResult result = engine.evaluate(user, info.id(), acrossRegion
        ? new IndicatorQuery(List.of(by), request.period(), null, request.unit(), request.episodeType())
        : scope.query(user, request, List.of(by)));
    ReportTexts texts = new ReportTexts(request.locale());
    List<Map<String, ?>> rows = new ArrayList<>();
    Cell total = null;
    List<Cell> cells = new ArrayList<>(result.cells());
    if (AGE_BAND.equals(by)) {
      // "7-12" before "13-15": by the band's first age, other ages last.
      cells.sort(java.util.Comparator.comparingInt(c -> firstAge(c.key().get(by))));
    }
    for (Cell cell : cells) {
      String value = cell.key().get(by);
      if (Cell.ALL.equals(value)) {
        total = cell;
      } else {
        rows.add(row(info, label(texts, by, value), cell, false));
      }
    }
    if (total != null) {
      rows.add(row(info, texts.get("total"), total, true));
    }
    String area = acrossRegion ? texts.get("region.whole") : scope.areaName(user, request);
    return new Dataset(area, Figures.footnoteThreshold(result), rows, Map.of(
        "INDICATOR_NAME", texts.in(info.name()),
        "INDICATOR_DESCRIPTION", texts.in(info.description()),
        "VALUE_LABEL", texts.named("valueType.", info.valueType()),
        "BREAKDOWN_LABEL", texts.named("breakdown.", by)));
  }

  /** A value of the breakdown as a manager reads it: a name, not a code. */
  private String label(ReportTexts texts, String by, String value) {
    return switch (by) {
      case Parameters.MUNICIPALITY -> directory.find(MunicipalityCode.of(value)).map(m -> m.name()).orElse(value);
      case "gender" -> texts.named("gender.", value);
      case AGE_BAND -> "other".equals(value) ? texts.get("ageBand.other") : texts.get("ageBand", value.replace('-', '\u2013'));
      case "episode-type" -> texts.named("episodeType.", value);
      case "occasion" -> texts.named("occasion.", value);
      case "bbic-area" -> texts.area(value);
      default -> value;
    };
  }

  private static int firstAge(String band) {
    String first = band.split("-")[0];
    return first.chars().allMatch(Character::isDigit) && !first.isEmpty() ? Integer.parseInt(first) : Integer.MAX_VALUE;
  }

  private static Map<String, ?> row(IndicatorInfo info, String name, Cell cell, boolean total) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("groupName", name);
    row.put("isTotal", total);
    Figures.put(row, "", cell);
    row.put("pattern", Figures.pattern(info.valueType()));
    row.put("chartValue", total ? null : Figures.chartValue(info.valueType(), cell));
    return row;
  }
}
