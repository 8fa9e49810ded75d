package se.pejl.reports.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.pejl.api.InvalidInputException;
import se.pejl.api.NotFoundException;
import se.pejl.api.PejlUser;
import se.pejl.api.indicators.ChoiceCount;
import se.pejl.api.indicators.IndicatorEngine;
import se.pejl.api.indicators.ItemDistribution;
import se.pejl.api.indicators.SurveyDistribution;

/**
 * One survey's answers, question by question under its BBIC area, as the engine's distributions:
 * a count and share per answer choice with the question's n, suppressed where the engine says.
 */
final class SurveyResultsData implements ReportData {
  private final IndicatorEngine engine;
  private final Scope scope;

  SurveyResultsData(IndicatorEngine engine, Scope scope) {
    this.engine = engine;
    this.scope = scope;
  }

  @Override
  public String kind() {
    return "survey-distributions";
  }

  @Override
  public Set<String> parameters() {
    return Set.of(Parameters.INSTRUMENT, Parameters.OCCASION, Parameters.PERIOD, Parameters.MUNICIPALITY,
        Parameters.UNIT, Parameters.EPISODE_TYPE);
  }

  @Override
  public Set<String> required() {
    return Set.of(Parameters.INSTRUMENT);
  }

  @Override
  public Map<String, Class<?>> fields() {
    Map<String, Class<?>> fields = new LinkedHashMap<>();
    fields.put("areaName", String.class);
    fields.put("areaOrder", Integer.class);
    fields.put("itemOrder", Integer.class);
    fields.put("itemId", String.class);
    fields.put("itemText", String.class);
    fields.put("itemN", Integer.class);
    fields.put("itemSuppressed", Boolean.class);
    fields.put("choiceOrder", Integer.class);
    fields.put("choiceLabel", String.class);
    fields.put("count", Integer.class);
    fields.put("share", Double.class);
    fields.put("suppressed", Boolean.class);
    return fields;
  }

  @Override
  public Map<String, Class<?>> templateParameters() {
    return Map.of("INSTRUMENT_NAME", String.class, "OCCASION_NAME", String.class);
  }

  @Override
  public Dataset collect(PejlUser user, ReportRequest request) {
    SurveyDistribution survey;
    try {
      survey = engine.distribution(user, request.instrument(), request.occasion(),
          scope.query(user, request, List.of()));
    } catch (NotFoundException e) {
      // On the report page the instrument is a parameter like any other: a wrong one is a 400.
      throw new InvalidInputException(Parameters.INSTRUMENT, "error.report.instrument.unknown", request.instrument());
    }
    ReportTexts texts = new ReportTexts(request.locale());
    List<Map<String, ?>> rows = new ArrayList<>();
    int itemOrder = 0;
    for (ItemDistribution item : survey.items()) {
      itemOrder++;
      int choiceOrder = 0;
      for (ChoiceCount choice : item.choices()) {
        Map<String, Object> row = new HashMap<>();
        row.put("areaName", texts.area(item.bbicArea()));
        row.put("areaOrder", ReportTexts.areaOrder(item.bbicArea()));
        row.put("itemOrder", itemOrder);
        row.put("itemId", item.itemId());
        row.put("itemText", texts.in(item.text()));
        row.put("itemN", item.n());
        row.put("itemSuppressed", item.suppressed());
        row.put("choiceOrder", ++choiceOrder);
        row.put("choiceLabel", texts.in(choice.label()));
        row.put("count", choice.count());
        row.put("share", choice.share());
        row.put("suppressed", choice.suppressed());
        rows.add(row);
      }
    }
    // Areas in BBIC order, questions in the instrument's order within each.
    rows.sort(java.util.Comparator.comparing((Map<String, ?> r) -> (Integer) r.get("areaOrder"))
        .thenComparing(r -> (Integer) r.get("itemOrder")).thenComparing(r -> (Integer) r.get("choiceOrder")));
    Map<String, Object> p = new HashMap<>();
    p.put("INSTRUMENT_NAME", texts.in(survey.instrumentName()));
    p.put("OCCASION_NAME", request.occasion() == null ? texts.get("occasion.all") : texts.named("occasion.", request.occasion()));
    return new Dataset(scope.areaName(user, request), survey.threshold(), rows, p);
  }
}
