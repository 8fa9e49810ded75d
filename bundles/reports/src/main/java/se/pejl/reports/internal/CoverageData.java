package se.pejl.reports.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import se.pejl.api.Access;
import se.pejl.api.PejlUser;
import se.pejl.api.Role;
import se.pejl.api.audit.Audited;
import se.pejl.api.followup.FollowUpService;
import se.pejl.api.followup.OccasionFeed;
import se.pejl.api.followup.OccasionQuery;
import se.pejl.api.followup.OccasionStatus;
import se.pejl.api.followup.PlannedOccasion;
import se.pejl.api.indicators.Cell;
import se.pejl.api.indicators.IndicatorEngine;
import se.pejl.api.indicators.IndicatorResult;

/**
 * The occasions that are due, done, overdue, missed or not applicable in the user's municipality,
 * per unit and caseworker, with each unit's coverage and survey response rate as the engine gives
 * them. A caseworker who is not a manager sees only their own episodes.
 */
final class CoverageData implements ReportData {
  static final String COVERAGE = "follow-up-coverage";
  static final String RESPONSE_RATE = "survey-response-rate";
  private static final String UNIT = "unit";
  private static final Set<OccasionStatus> LISTED = EnumSet.complementOf(EnumSet.of(OccasionStatus.PLANNED));
  private final FollowUpService followUp;
  private final IndicatorEngine engine;
  private final Scope scope;

  CoverageData(FollowUpService followUp, IndicatorEngine engine, Scope scope) {
    this.followUp = followUp;
    this.engine = engine;
    this.scope = scope;
  }

  @Override
  public String kind() {
    return "coverage";
  }

  @Override
  public Set<String> parameters() {
    return Set.of(Parameters.PERIOD, Parameters.UNIT, Parameters.CASEWORKER);
  }

  @Override
  public Map<String, Class<?>> fields() {
    Map<String, Class<?>> fields = new LinkedHashMap<>();
    fields.put("unit", String.class);
    fields.put("caseworker", String.class);
    fields.put("episodeId", Long.class);
    fields.put("episodeTypeName", String.class);
    fields.put("occasionName", String.class);
    fields.put("dueDate", java.util.Date.class);
    fields.put("windowEnd", java.util.Date.class);
    fields.put("status", String.class);
    fields.put("statusName", String.class);
    fields.put("unitCoverage", Double.class);
    fields.put("unitCoverageN", Integer.class);
    fields.put("unitCoverageSuppressed", Boolean.class);
    fields.put("unitResponseRate", Double.class);
    fields.put("unitResponseN", Integer.class);
    fields.put("unitResponseSuppressed", Boolean.class);
    return fields;
  }

  @Override
  public Dataset collect(PejlUser user, ReportRequest given) {
    user.require(Role.MANAGER, Role.CASEWORKER);
    String caseworker = user.has(Role.MANAGER) ? given.caseworker() : user.id();
    // Unit figures for the user's own municipality, whatever the request names.
    ReportRequest request = new ReportRequest(given.locale(), given.period(), null, given.unit(), null,
        null, null, null, null, caseworker, null, given.given());
    // The unit figures while the occasions are read: a period the engine has not been asked for
    // yet costs it a pass over every episode, as long as the database read of a large unit.
    CompletableFuture<IndicatorResult> coverageFigures = CompletableFuture.supplyAsync(
        () -> engine.evaluate(user, COVERAGE, scope.query(user, request, List.of(UNIT))));
    CompletableFuture<IndicatorResult> responseFigures = CompletableFuture.supplyAsync(
        () -> engine.evaluate(user, RESPONSE_RATE, scope.query(user, request, List.of(UNIT))));
    Access access = new Access(user, "report coverage");
    ReportTexts texts = new ReportTexts(request.locale());
    // Occasions name episodes, so a manager gets those of their own units; the unit figures above
    // are aggregates and cover every unit. Only the period's occasions are read, so only their
    // clients are audited.
    LocalDate from = request.period() == null ? null : request.period().from();
    LocalDate to = request.period() == null ? null : request.period().to();
    // The occasions come a caseworker's at a time while the report is filled, unit after unit,
    // and their clients' audit entry is written once all are read; the report is handed over
    // only after.
    Audited<OccasionFeed> read = followUp.occasionsInTurn(access, units(user, request.unit()).stream()
        .map(unit -> new OccasionQuery(LISTED, caseworker, unit, from, to)).toList());
    IndicatorResult coverage = Figures.await(coverageFigures);
    Map<String, Cell> coverageByUnit = Figures.by(coverage, UNIT);
    Map<String, Cell> responseByUnit = Figures.by(Figures.await(responseFigures), UNIT);
    RowMaker rows = new RowMaker(texts, coverageByUnit, responseByUnit);
    return new Dataset(scope.areaName(user, request), coverage.threshold(),
        Rows.fed(read.data(), rows::row, read.data().expected()), Map.of(), read.written());
  }

  /**
   * Makes the rows as the filler takes them (on its thread): names and days repeat over thousands
   * of rows, so each is looked up and converted once per report.
   */
  private static final class RowMaker {
    /** Room for the fields without growing (HashMap grows at three quarters). */
    private static final int FIELDS = 32;
    private final ReportTexts texts;
    private final Map<String, Cell> coverageByUnit;
    private final Map<String, Cell> responseByUnit;
    private final Map<String, String> names = new HashMap<>();
    private final Map<LocalDate, java.util.Date> days = new HashMap<>();

    RowMaker(ReportTexts texts, Map<String, Cell> coverageByUnit, Map<String, Cell> responseByUnit) {
      this.texts = texts;
      this.coverageByUnit = coverageByUnit;
      this.responseByUnit = responseByUnit;
    }

    Map<String, Object> row(PlannedOccasion o) {
      Map<String, Object> row = new HashMap<>(FIELDS);
      row.put("unit", o.unit());
      row.put("caseworker", o.caseworker());
      row.put("episodeId", o.episodeId());
      row.put("episodeTypeName", named("episodeType.", o.episodeType()));
      row.put("occasionName", named("occasion.", o.key()));
      row.put("dueDate", day(o.dueDate()));
      row.put("windowEnd", day(o.windowEnd()));
      row.put("status", o.status().name());
      row.put("statusName", named("status.", o.status().name()));
      unitFigure(row, "unitCoverage", "unitCoverageN", "unitCoverageSuppressed", coverageByUnit.get(o.unit()));
      unitFigure(row, "unitResponseRate", "unitResponseN", "unitResponseSuppressed", responseByUnit.get(o.unit()));
      return row;
    }

    private String named(String prefix, String name) {
      return name == null ? "" : names.computeIfAbsent(prefix + name, k -> texts.named(prefix, name));
    }

    private java.util.Date day(LocalDate day) {
      return day == null ? null : days.computeIfAbsent(day, EpisodeResultsData::date);
    }
  }

  /** The units whose occasions a manager gets: the one asked for if it is theirs, else all theirs. */
  private static List<String> units(PejlUser user, String unit) {
    if (!user.has(Role.MANAGER)) {
      // A caseworker's own episodes, in whichever unit (null: every unit).
      return java.util.Collections.singletonList(unit);
    }
    if (unit != null) {
      return user.units().contains(unit) ? List.of(unit) : List.of();
    }
    return user.units().stream().sorted().toList();
  }

  /** The unit's figure in the template's three fields. */
  private static void unitFigure(Map<String, Object> row, String value, String n, String suppressed, Cell cell) {
    row.put(value, cell == null ? null : cell.value());
    row.put(n, cell == null ? null : cell.n());
    row.put(suppressed, cell != null && cell.suppressed());
  }
}
