package se.pejl.reports.internal;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.sf.jasperreports.engine.JRBand;
import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRFrame;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRTextField;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import se.pejl.api.PejlUser;
import se.pejl.api.reports.ReportFormat;

/**
 * What a template must pass beyond its fields' names and types before a manager may use it: it is
 * written in Java expressions, it fills one made-up row of its data without an error (a missing
 * image or subreport, a class it cannot see, an expression that casts wrongly all fail here) and
 * exports it to each format it offers, and a template of one client's personal data prints the
 * confidentiality mark on every page.
 */
final class TrialFill {
  static final String CONFIDENTIAL = "confidential";
  private final JasperReportsContext jasper;

  TrialFill(JasperReportsContext jasper) {
    this.jasper = jasper;
  }

  /** Why the template cannot be used, or empty. */
  Optional<String> check(LoadedReport report) {
    String language = report.template().getLanguage();
    if (language != null && !"java".equals(language)) {
      return Optional.of("expressions in \"" + language + "\"; Pejl runs only templates with Java expressions");
    }
    if (report.data().confidential() && !marksEveryPage(report)) {
      return Optional.of("data \"" + report.data().kind() + "\" is one client's personal data: the page header or"
          + " footer must print $R{" + CONFIDENTIAL + "}");
    }
    Map<String, Object> row = new HashMap<>();
    report.data().fields().forEach((name, type) -> row.put(name, sample(name, type)));
    Map<String, Object> parameters = new HashMap<>();
    TemplateCheck.COMMON.forEach((name, type) -> parameters.put(name, sample(name, type)));
    report.data().templateParameters().forEach((name, type) -> parameters.put(name, sample(name, type)));
    parameters.put(JRParameter.REPORT_LOCALE, PejlUser.SWEDISH);
    parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, report.texts(PejlUser.SWEDISH));
    parameters.put(JRParameter.REPORT_CLASS_LOADER, report.loader());
    Thread thread = Thread.currentThread();
    ClassLoader caller = thread.getContextClassLoader();
    thread.setContextClassLoader(TrialFill.class.getClassLoader());
    try {
      JasperPrint print;
      try {
        print = JasperFillManager.getInstance(jasper).fill(report.template(), parameters,
            new JRMapCollectionDataSource(List.of(row)));
      } catch (JRException | RuntimeException | LinkageError e) {
        return Optional.of("filling one made-up row failed: " + e);
      }
      return exportEach(report, print);
    } finally {
      thread.setContextClassLoader(caller);
    }
  }

  /**
   * Each format the report offers, once: a template can fill and still break an exporter, and the
   * exporters' classes and fonts are then loaded before a manager's first report.
   */
  private Optional<String> exportEach(LoadedReport report, JasperPrint print) {
    for (ReportFormat format : report.formats()) {
      try {
        Exports.export(jasper, print, format, report.id());
      } catch (JRException | RuntimeException | LinkageError e) {
        return Optional.of("exporting one made-up row to " + format + " failed: " + e);
      }
    }
    return Optional.empty();
  }

  private static boolean marksEveryPage(LoadedReport report) {
    if (!report.texts(PejlUser.SWEDISH).containsKey(CONFIDENTIAL)) {
      return false;
    }
    List<JRElement> elements = new ArrayList<>();
    for (JRBand band : new JRBand[] {report.template().getPageHeader(), report.template().getPageFooter()}) {
      if (band != null) {
        collect(band.getElements(), elements);
      }
    }
    return elements.stream().anyMatch(e -> e instanceof JRTextField t && t.getExpression() != null
        && t.getExpression().getText().contains("$R{" + CONFIDENTIAL + "}"));
  }

  private static void collect(JRElement[] elements, List<JRElement> into) {
    for (JRElement e : elements) {
      into.add(e);
      if (e instanceof JRFrame frame) {
        collect(frame.getElements(), into);
      }
    }
  }

  private static Object sample(String name, Class<?> type) {
    if (name.equals("pattern")) {
      return "0";
    }
    if (type == String.class) {
      return "x";
    }
    if (type == Integer.class) {
      return 1;
    }
    if (type == Long.class) {
      return 1L;
    }
    if (type == Double.class) {
      return 0.5;
    }
    if (type == Boolean.class) {
      return Boolean.FALSE;
    }
    if (type == Date.class) {
      return new Date(0);
    }
    return type == List.class ? List.of() : null;
  }
}
