package se.pejl.reports.internal;

import java.time.LocalDate;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.PejlUser;
import se.pejl.api.host.MunicipalityDirectory;
import se.pejl.api.indicators.IndicatorQuery;
import se.pejl.api.indicators.ReportingPeriod;

/** Where a report about one municipality looks: the one asked for, else the user's own. */
final class Scope {
  private final MunicipalityDirectory directory;

  Scope(MunicipalityDirectory directory) {
    this.directory = directory;
  }

  MunicipalityCode municipality(PejlUser user, ReportRequest request) {
    return request.municipality() != null ? request.municipality() : user.municipality();
  }

  /** The engine query for the request's filters, split by the given dimensions. */
  IndicatorQuery query(PejlUser user, ReportRequest request, java.util.List<String> by) {
    return new IndicatorQuery(by, request.period(), municipality(user, request), request.unit(),
        request.episodeType());
  }

  /** "Tjörn", or "Tjörn · Familjestöd" for one unit. */
  String areaName(PejlUser user, ReportRequest request) {
    MunicipalityCode code = municipality(user, request);
    String name = directory.find(code).map(m -> m.name()).orElse(code.value());
    return request.unit() == null ? name : name + " \u00b7 " + request.unit();
  }

  /** The calendar year so far, for reports that compare with a period before. */
  static ReportingPeriod thisYear(LocalDate today) {
    return ReportingPeriod.parse(Parameters.PERIOD, String.valueOf(today.getYear()));
  }

  /**
   * The period just before, of the same kind: 2024 before 2025, 2025-H1 before 2025-H2, 2025-Q4
   * before 2026-Q1, and for a range of days the same number of days ending the day before.
   */
  static ReportingPeriod previous(ReportingPeriod p) {
    String label = p.label();
    if (label.matches("\\d{4}")) {
      return ReportingPeriod.parse(Parameters.PERIOD, String.valueOf(Integer.parseInt(label) - 1));
    }
    if (label.matches("\\d{4}-[HQ]\\d")) {
      int year = Integer.parseInt(label.substring(0, 4));
      char kind = label.charAt(5);
      int part = label.charAt(6) - '0';
      String text = part > 1 ? year + "-" + kind + (part - 1) : (year - 1) + "-" + kind + (kind == 'H' ? 2 : 4);
      return ReportingPeriod.parse(Parameters.PERIOD, text);
    }
    long days = p.to().toEpochDay() - p.from().toEpochDay();
    LocalDate to = p.from().minusDays(1);
    LocalDate from = to.minusDays(days);
    return new ReportingPeriod(from, to, from + "/" + to);
  }
}
