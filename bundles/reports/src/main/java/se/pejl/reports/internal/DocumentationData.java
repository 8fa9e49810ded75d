package se.pejl.reports.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import se.pejl.api.Access;
import se.pejl.api.PejlUser;
import se.pejl.api.Role;
import se.pejl.api.followup.Episode;
import se.pejl.api.followup.EpisodeQuery;
import se.pejl.api.followup.FollowUpService;
import se.pejl.api.indicators.Cell;
import se.pejl.api.indicators.IndicatorEngine;
import se.pejl.api.indicators.IndicatorResult;

/**
 * How well interventions are documented: the engine's share with purpose, goals, content and
 * result per episode type and unit, and, for a unit's own manager, the episodes that lack a part.
 */
final class DocumentationData implements ReportData {
  /** Template field prefix to the indicator that gives it. */
  static final Map<String, String> PARTS = Map.of(
      "purpose", "purpose-documented", "goals", "goals-documented",
      "content", "content-documented", "result", "result-documented");
  private static final List<String> ORDER = List.of("purpose", "goals", "content", "result");
  private static final String TYPE = "episode-type";
  private static final String UNIT = "unit";
  private final FollowUpService followUp;
  private final IndicatorEngine engine;
  private final Scope scope;

  DocumentationData(FollowUpService followUp, IndicatorEngine engine, Scope scope) {
    this.followUp = followUp;
    this.engine = engine;
    this.scope = scope;
  }

  @Override
  public String kind() {
    return "documentation";
  }

  @Override
  public Set<String> parameters() {
    return Set.of(Parameters.PERIOD, Parameters.UNIT, Parameters.EPISODE_TYPE);
  }

  @Override
  public Map<String, Class<?>> fields() {
    Map<String, Class<?>> fields = new LinkedHashMap<>();
    fields.put("episodeType", String.class);
    fields.put("episodeTypeName", String.class);
    fields.put("unit", String.class);
    ORDER.forEach(part -> fields.putAll(Figures.fields(part)));
    return fields;
  }

  @Override
  public Map<String, Class<?>> templateParameters() {
    return Map.of("MISSING", List.class, "MISSING_SHOWN", Boolean.class);
  }

  @Override
  public Dataset collect(PejlUser user, ReportRequest given) {
    ReportRequest request = new ReportRequest(given.locale(), given.period(), null, given.unit(),
        given.episodeType(), null, null, null, null, null, null, given.given());
    ReportTexts texts = new ReportTexts(request.locale());
    Map<String, Map<List<String>, Cell>> byPart = new HashMap<>();
    Set<List<String>> keys = new TreeSet<>(Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
    Integer threshold = null;
    for (String part : ORDER) {
      IndicatorResult result = engine.evaluate(user, PARTS.get(part), scope.query(user, request, List.of(TYPE, UNIT)));
      threshold = result.threshold();
      Map<List<String>, Cell> cells = new HashMap<>();
      for (Cell cell : result.cells()) {
        List<String> key = List.of(cell.key().get(TYPE), cell.key().get(UNIT));
        if (!key.contains(Cell.ALL)) {
          cells.put(key, cell);
          keys.add(key);
        }
      }
      byPart.put(part, cells);
    }
    List<Map<String, ?>> rows = new ArrayList<>();
    for (List<String> key : keys) {
      Map<String, Object> row = new HashMap<>();
      row.put("episodeType", key.get(0));
      row.put("episodeTypeName", texts.named("episodeType.", key.get(0)));
      row.put("unit", key.get(1));
      ORDER.forEach(part -> Figures.put(row, part, byPart.get(part).get(key)));
      rows.add(row);
    }
    boolean shown = ownManager(user, request.unit());
    Map<String, Object> p = new HashMap<>();
    p.put("MISSING_SHOWN", shown);
    p.put("MISSING", shown ? missing(user, request, texts) : List.of());
    return new Dataset(scope.areaName(user, request), threshold, rows, p);
  }

  /** The list names episodes, so only a manager of the unit (or of every unit listed) sees it. */
  private static boolean ownManager(PejlUser user, String unit) {
    return user.has(Role.MANAGER) && (unit == null ? !user.units().isEmpty() : user.units().contains(unit));
  }

  private List<Map<String, ?>> missing(PejlUser user, ReportRequest request, ReportTexts texts) {
    Access access = new Access(user, "report documentation");
    List<Map<String, ?>> list = new ArrayList<>();
    List<Episode> episodes = new ArrayList<>();
    // Only the manager's own units are read, so the audit log names no other unit's clients.
    for (String unit : user.units()) {
      if (request.unit() == null || request.unit().equals(unit)) {
        episodes.addAll(followUp.episodes(access, new EpisodeQuery(null, null, unit, false)));
      }
    }
    for (Episode e : episodes) {
      boolean inScope = (request.period() == null || request.period().contains(e.start()))
          && (request.episodeType() == null || request.episodeType().equals(e.type()));
      List<String> lacking = inScope ? lacking(e, texts) : List.of();
      if (!lacking.isEmpty()) {
        Map<String, Object> m = new HashMap<>();
        m.put("episodeId", e.id());
        m.put("unit", e.unit());
        m.put("episodeTypeName", texts.named("episodeType.", e.type()));
        m.put("caseworker", e.caseworker());
        m.put("start", EpisodeResultsData.date(e.start()));
        m.put("missing", String.join(", ", lacking));
        list.add(m);
      }
    }
    list.sort(Comparator.comparing((Map<String, ?> m) -> (String) m.get("unit"))
        .thenComparing(m -> (Long) m.get("episodeId")));
    return list;
  }

  /** The parts not written; a result is only expected once the episode has ended. */
  private static List<String> lacking(Episode e, ReportTexts texts) {
    List<String> parts = new ArrayList<>();
    if (blank(e.purpose())) {
      parts.add(texts.get("part.purpose"));
    }
    if (e.goals().isEmpty()) {
      parts.add(texts.get("part.goals"));
    }
    if (blank(e.content())) {
      parts.add(texts.get("part.content"));
    }
    if (e.isClosed() && blank(e.result())) {
      parts.add(texts.get("part.result"));
    }
    return parts;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
