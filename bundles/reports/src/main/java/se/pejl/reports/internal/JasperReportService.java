package se.pejl.reports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.util.JRLoader;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import se.pejl.api.InvalidInputException;
import se.pejl.api.Municipality;
import se.pejl.api.NotFoundException;
import se.pejl.api.PejlUser;
import se.pejl.api.ProcessingException;
import se.pejl.api.host.MunicipalityDirectory;
import se.pejl.api.indicators.IndicatorEngine;
import se.pejl.api.indicators.IndicatorQuery;
import se.pejl.api.indicators.IndicatorResult;
import se.pejl.api.reports.RenderedReport;
import se.pejl.api.reports.ReportFormat;
import se.pejl.api.reports.ReportInfo;
import se.pejl.api.reports.ReportService;

/**
 * Renders the built-in reports with an embedded JasperReports. The compiled templates are loaded
 * once, at activation, from this bundle's own class loader; filling and exporting keep no state
 * between calls, so one instance serves concurrent requests.
 */
@Component(service = ReportService.class)
public final class JasperReportService implements ReportService {
  static final String IMPROVEMENT = "improvement";
  static final String IMPROVEMENT_INDICATOR = "wellbeing-improved";
  private static final String TEMPLATES = "se/pejl/reports/templates/";
  private static final String TEXTS = "se.pejl.reports.templates.";
  private static final List<ReportFormat> ALL_FORMATS = List.of(ReportFormat.values());
  private static final List<ReportInfo> REPORTS =
      List.of(
          new ReportInfo(
              IMPROVEMENT,
              "Andel barn vars v\u00e4lbefinnande f\u00f6rb\u00e4ttrats",
              "Share of children whose well-being improved",
              ALL_FORMATS,
              List.of()));

  private final IndicatorEngine engine;
  private final MunicipalityDirectory directory;
  private final Clock clock;
  private final ClassLoader resources;
  private final JasperReportsContext jasper;
  private final Map<String, JasperReport> templates;

  @Activate
  public JasperReportService(
      @Reference IndicatorEngine engine, @Reference MunicipalityDirectory directory) {
    this(engine, directory, Clock.systemDefaultZone());
  }

  /** For tests: a fixed clock gives a fixed report date. */
  JasperReportService(IndicatorEngine engine, MunicipalityDirectory directory, Clock clock) {
    this.engine = engine;
    this.directory = directory;
    this.clock = clock;
    // The bundle's own loader: in Felix the thread context loader is whatever the caller's is.
    this.resources = JasperReportService.class.getClassLoader();
    this.jasper = new SimpleJasperReportsContext();
    this.templates =
        REPORTS.stream().collect(Collectors.toUnmodifiableMap(ReportInfo::id, r -> load(r.id())));
  }

  @Override
  public List<ReportInfo> reports() {
    return REPORTS;
  }

  /**
   * {@inheritDoc} The improvement report takes no parameters; others in the map (the web layer
   * passes its whole query) are ignored rather than rejected.
   */
  @Override
  public RenderedReport render(
      PejlUser user, String reportId, ReportFormat format, Map<String, String> parameters) {
    ReportInfo info = REPORTS.stream().filter(r -> r.id().equals(reportId)).findFirst()
        .orElseThrow(() -> new NotFoundException("error.report.unknown", reportId));
    if (format == null || !info.formats().contains(format)) {
      throw new InvalidInputException("format", "error.report.format", reportId,
          format == null ? "" : format.extension(), info.formats());
    }
    Locale locale = user.locale();
    ResourceBundle texts = texts(reportId, locale);
    // Evaluated outside the try below: its own errors (access, not found) must reach the caller.
    IndicatorResult result =
        engine.evaluate(user, IMPROVEMENT_INDICATOR, IndicatorQuery.by(ImprovementRows.MUNICIPALITY,
            ImprovementRows.GENDER));
    List<Municipality> municipalities = directory.all();
    String regionLabel = texts.getString("region.whole");
    try {
      Map<String, Object> fill = new HashMap<>();
      fill.put(JRParameter.REPORT_LOCALE, locale);
      fill.put(JRParameter.REPORT_RESOURCE_BUNDLE, texts);
      // Any resource a template names (image, subreport) is looked up in this bundle first.
      fill.put(JRParameter.REPORT_CLASS_LOADER, resources);
      // Data formats want one table, not page furniture repeated per page (STACK.md pitfall 9).
      fill.put(JRParameter.IS_IGNORE_PAGINATION, format != ReportFormat.PDF);
      fill.put("AREA_NAME", areaName(municipalities, regionLabel));
      fill.put("GENERATED_ON", LocalDate.now(clock).toString());
      fill.put("THRESHOLD", result.threshold());
      JasperPrint print = JasperFillManager.getInstance(jasper).fill(templates.get(reportId), fill,
          new JRMapCollectionDataSource(ImprovementRows.of(result, municipalities, regionLabel)));
      String title = texts.getString(format == ReportFormat.XLSX ? "sheet.name" : "report.title");
      byte[] bytes = Exports.export(jasper, print, format, title);
      return new RenderedReport(bytes, format, fileName(reportId, format));
    } catch (JRException | RuntimeException e) {
      throw new ProcessingException("error.report.failed", e, reportId);
    }
  }

  private JasperReport load(String id) {
    try (InputStream in = resources.getResourceAsStream(TEMPLATES + id + ".jasper")) {
      if (in == null) {
        throw new IllegalStateException("no " + TEMPLATES + id + ".jasper in the bundle");
      }
      return (JasperReport) JRLoader.loadObject(jasper, in);
    } catch (IOException | JRException e) {
      throw new ProcessingException("error.report.failed", e, id);
    }
  }

  private ResourceBundle texts(String reportId, Locale locale) {
    // No fallback to the JVM's default locale: English is the base bundle, Swedish is _sv.
    return ResourceBundle.getBundle(TEXTS + reportId, locale, resources,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private static String areaName(List<Municipality> municipalities, String regionLabel) {
    if (municipalities.size() == 1) {
      return municipalities.get(0).name();
    }
    return regionLabel + ": "
        + municipalities.stream().map(Municipality::name).collect(Collectors.joining(", "));
  }

  private static String fileName(String reportId, ReportFormat format) {
    return "pejl-" + reportId + "." + format.extension();
  }
}
