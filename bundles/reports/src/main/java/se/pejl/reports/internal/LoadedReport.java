package se.pejl.reports.internal;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import net.sf.jasperreports.engine.JasperReport;
import se.pejl.api.reports.ReportFormat;
import se.pejl.api.reports.ReportInfo;
import se.pejl.api.reports.ReportParameter;

/**
 * A report ready to render: its compiled template, where its texts and resources are, and the
 * data it is filled with.
 *
 * @param textsName the base name of its texts, e.g. {@code se.pejl.reports.templates.overview}
 * @param loader the class loader of the bundle that gave it, for its texts and any images
 * @param source {@link ReportInfo#BUILT_IN} or the giving bundle's symbolic name
 */
record LoadedReport(
    String id,
    JasperReport template,
    String textsName,
    ClassLoader loader,
    ReportData data,
    List<String> parameters,
    List<ReportFormat> formats,
    String source) {

  LoadedReport {
    parameters = List.copyOf(parameters);
    formats = List.copyOf(formats);
  }

  /** Its own texts; English is the base bundle and Swedish is {@code _sv}. */
  ResourceBundle texts(Locale locale) {
    return ResourceBundle.getBundle(textsName, locale, loader,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  ReportInfo info(ReportTexts sv, ReportTexts en) {
    ResourceBundle textsSv = texts(sv.locale());
    ResourceBundle textsEn = texts(en.locale());
    List<ReportParameter> params = parameters.stream().map(name -> new ReportParameter(name,
        data.required().contains(name), sv.get("param." + name), en.get("param." + name),
        sv.get("param." + name + ".hint"), en.get("param." + name + ".hint"))).toList();
    return new ReportInfo(id, textsSv.getString("report.title"), textsEn.getString("report.title"),
        textsSv.getString("report.description"), textsEn.getString("report.description"),
        formats, params, data.confidential(), source);
  }
}
