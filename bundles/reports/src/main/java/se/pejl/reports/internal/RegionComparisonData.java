package se.pejl.reports.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.pejl.api.InvalidInputException;
import se.pejl.api.Municipality;
import se.pejl.api.PejlUser;
import se.pejl.api.host.MunicipalityDirectory;
import se.pejl.api.indicators.Cell;
import se.pejl.api.indicators.IndicatorEngine;
import se.pejl.api.indicators.IndicatorInfo;
import se.pejl.api.indicators.IndicatorQuery;
import se.pejl.api.indicators.IndicatorResult;

/**
 * One indicator for every municipality of the region, in the directory's order, and the region as
 * a whole. A municipality without a single cell in the engine's table did not take part.
 */
final class RegionComparisonData implements ReportData {
  private static final String MUNICIPALITY = "municipality";
  private final IndicatorEngine engine;
  private final MunicipalityDirectory directory;

  RegionComparisonData(IndicatorEngine engine, MunicipalityDirectory directory) {
    this.engine = engine;
    this.directory = directory;
  }

  @Override
  public String kind() {
    return "region-comparison";
  }

  @Override
  public Set<String> parameters() {
    return Set.of(Parameters.INDICATOR, Parameters.PERIOD, Parameters.EPISODE_TYPE);
  }

  @Override
  public Set<String> required() {
    return Set.of(Parameters.INDICATOR);
  }

  @Override
  public Map<String, Class<?>> fields() {
    Map<String, Class<?>> fields = new LinkedHashMap<>();
    fields.put("municipality", String.class);
    fields.put("code", String.class);
    fields.put("tookPart", Boolean.class);
    fields.put("regionTotal", Boolean.class);
    fields.putAll(Figures.fields(""));
    fields.put("pattern", String.class);
    fields.put("chartValue", Double.class);
    return fields;
  }

  @Override
  public Map<String, Class<?>> templateParameters() {
    return Map.of("INDICATOR_NAME", String.class, "INDICATOR_DESCRIPTION", String.class,
        "VALUE_LABEL", String.class);
  }

  @Override
  public Dataset collect(PejlUser user, ReportRequest request) {
    IndicatorInfo info = engine.indicator(request.indicator()).orElseThrow(() ->
        new InvalidInputException(Parameters.INDICATOR, "error.report.indicator.unknown", request.indicator()));
    if (!info.mustSplitBy().isEmpty()) {
      throw new InvalidInputException(Parameters.INDICATOR, "error.report.indicator.split", info.id(),
          String.join(", ", info.mustSplitBy()));
    }
    IndicatorResult result = engine.evaluate(user, info.id(),
        new IndicatorQuery(List.of(MUNICIPALITY), request.period(), null, null, request.episodeType()));
    Map<String, Cell> cells = Figures.by(result, MUNICIPALITY);
    ReportTexts texts = new ReportTexts(request.locale());
    List<Map<String, ?>> rows = new ArrayList<>();
    for (Municipality m : directory.all()) {
      rows.add(row(info, m.name(), m.code().value(), cells.remove(m.code().value()), false));
    }
    // A municipality in the shared database that the directory does not know is shown by its code
    // rather than dropped, so that the rows still add up to the region.
    cells.keySet().stream().filter(code -> !Cell.ALL.equals(code)).sorted().toList()
        .forEach(code -> rows.add(row(info, code, code, cells.get(code), false)));
    rows.add(row(info, texts.get("region.whole"), "", cells.get(Cell.ALL), true));
    return new Dataset(texts.get("region.whole"), Figures.footnoteThreshold(result), rows, Map.of(
        "INDICATOR_NAME", texts.in(info.name()),
        "INDICATOR_DESCRIPTION", texts.in(info.description()),
        "VALUE_LABEL", texts.named("valueType.", info.valueType())));
  }

  private static Map<String, ?> row(IndicatorInfo info, String name, String code, Cell cell, boolean region) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("municipality", name);
    row.put("code", code);
    row.put("tookPart", cell != null);
    row.put("regionTotal", region);
    Figures.put(row, "", cell);
    row.put("pattern", Figures.pattern(info.valueType()));
    row.put("chartValue", region ? null : Figures.chartValue(info.valueType(), cell));
    return row;
  }
}
