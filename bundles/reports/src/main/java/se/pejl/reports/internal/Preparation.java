package se.pejl.reports.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import net.sf.jasperreports.engine.JRParameter;
import se.pejl.api.InvalidInputException;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.NotFoundException;
import se.pejl.api.PejlUser;
import se.pejl.api.host.MunicipalityDirectory;
import se.pejl.api.indicators.IndicatorEngine;
import se.pejl.api.reports.ReportFormat;

/**
 * Everything up to filling: the report, its parameters checked, its data collected, and what
 * every template is given (area, date, the parameters used, threshold, texts).
 */
final class Preparation {
  private final ReportCatalog catalog;
  private final Parameters parameters;
  private final IndicatorEngine engine;
  private final MunicipalityDirectory directory;
  private final Clock clock;

  Preparation(ReportCatalog catalog, Parameters parameters, IndicatorEngine engine,
      MunicipalityDirectory directory, Clock clock) {
    this.catalog = catalog;
    this.parameters = parameters;
    this.engine = engine;
    this.directory = directory;
    this.clock = clock;
  }

  /** A report ready to fill. */
  record Prepared(LoadedReport report, ReportFormat format, Map<String, Object> parameters, Dataset data, String title) {}

  Prepared prepare(PejlUser user, String reportId, ReportFormat format, Map<String, String> given) {
    LoadedReport report = catalog.find(reportId)
        .orElseThrow(() -> new NotFoundException("error.report.unknown", reportId));
    if (format == null || !report.formats().contains(format)) {
      throw new InvalidInputException("format", "error.report.format", reportId,
          format == null ? "" : format.extension(),
          String.join(", ", report.formats().stream().map(ReportFormat::extension).toList()));
    }
    ReportRequest request = parameters.parse(reportId, report.parameters(), report.data().required(),
        given, user.locale());
    Dataset data = report.data().collect(user, request);
    ReportTexts texts = new ReportTexts(user.locale());
    ResourceBundle own = report.texts(user.locale());
    Map<String, Object> fill = new HashMap<>(data.parameters());
    fill.put(JRParameter.REPORT_LOCALE, user.locale());
    fill.put(JRParameter.REPORT_RESOURCE_BUNDLE, own);
    // Any resource a template names (image, subreport) is looked up in its own bundle first.
    fill.put(JRParameter.REPORT_CLASS_LOADER, report.loader());
    // Data formats want one table, not page furniture repeated per page (STACK.md pitfall 9).
    fill.put(JRParameter.IS_IGNORE_PAGINATION, format != ReportFormat.PDF);
    fill.put("AREA_NAME", data.areaName());
    fill.put("GENERATED_ON", texts.date(LocalDate.now(clock)));
    fill.putIfAbsent("PERIOD_LABEL", request.period() == null ? texts.get("period.all") : request.period().label());
    fill.put("PARAMETERS_TEXT", describe(texts, request,
        report.parameters().contains(Parameters.PERIOD) ? (String) fill.get("PERIOD_LABEL") : null));
    fill.put("THRESHOLD", data.threshold());
    String title = own.getString(format == ReportFormat.XLSX && own.containsKey("sheet.name") ? "sheet.name" : "report.title");
    return new Prepared(report, format, fill, data, title);
  }

  /**
   * "Period: 2025 · Enhet: Familjestöd …", in the order of the report page, with names, not codes;
   * the period is always named for a report that takes one, also when it is the default.
   */
  private String describe(ReportTexts texts, ReportRequest request, String periodLabel) {
    List<String> parts = new ArrayList<>();
    if (periodLabel != null) {
      parts.add(texts.get("param.period") + ": " + periodLabel);
    }
    for (String name : Parameters.ALL) {
      String value = request.given().get(name);
      if (value != null && !name.equals(Parameters.PERIOD)) {
        parts.add(texts.get("param." + name) + ": " + shown(texts, name, value));
      }
    }
    return String.join(" \u00b7 ", parts);
  }

  private String shown(ReportTexts texts, String name, String value) {
    return switch (name) {
      case Parameters.MUNICIPALITY -> directory.find(MunicipalityCode.of(value)).map(m -> m.name()).orElse(value);
      case Parameters.INDICATOR -> engine.indicator(value).map(i -> texts.in(i.name())).orElse(value);
      case Parameters.EPISODE_TYPE -> texts.named("episodeType.", value);
      case Parameters.OCCASION -> texts.named("occasion.", value);
      case Parameters.BY -> texts.named("breakdown.", value);
      default -> value;
    };
  }
}
