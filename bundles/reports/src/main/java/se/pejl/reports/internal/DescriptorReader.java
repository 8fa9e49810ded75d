package se.pejl.reports.internal;

import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.function.Function;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.util.JRLoader;
import se.pejl.api.PejlUser;
import se.pejl.api.reports.ReportFormat;
import se.pejl.definitions.DefinitionException;
import se.pejl.definitions.Fields;
import se.pejl.definitions.JsonDefinitions;

/**
 * Reads a report descriptor, a small JSON file beside its compiled template and texts:
 *
 * <pre>{"schemaVersion": 1, "id": "overview", "template": "overview.jasper", "texts": "overview",
 *  "data": "indicator-overview", "parameters": ["period", "unit"], "formats": ["pdf", "xlsx"]}</pre>
 *
 * and checks everything it names: the template loads and wants only fields and parameters the data
 * gives, both languages of the texts have a title and description. {@code parameters} and {@code
 * formats} may be left out for all the data takes and all formats.
 */
final class DescriptorReader {
  private static final String ID = "[a-z0-9]+(-[a-z0-9]+)*";
  private final JsonProvider json;
  private final JasperReportsContext jasper;
  private final Map<String, ReportData> kinds;

  DescriptorReader(JsonProvider json, JasperReportsContext jasper, Map<String, ReportData> kinds) {
    this.json = json;
    this.jasper = jasper;
    this.kinds = kinds;
  }

  /**
   * @param resolve a file beside the descriptor by name, or null when there is none
   * @param textsPrefix the base-name prefix of texts in the descriptor's folder, e.g. {@code a.b.}
   * @throws DefinitionException naming the file, the JSON path and what is wrong
   */
  LoadedReport read(String file, InputStream in, Function<String, URL> resolve, String textsPrefix,
      ClassLoader loader, String source) {
    Fields f = new Fields(file, JsonDefinitions.read(json, file, in), "$");
    f.only("$schema", "schemaVersion", "id", "template", "texts", "data", "parameters", "formats");
    if (f.integer("schemaVersion") != 1) {
      throw f.error("schemaVersion", "must be 1");
    }
    String id = f.text("id");
    if (!id.matches(ID)) {
      throw f.error("id", "must be lower-case words joined by '-', not \"" + id + "\"");
    }
    ReportData data = kinds.get(f.text("data"));
    if (data == null) {
      throw f.error("data", "unknown data \"" + f.text("data") + "\"; known: " + String.join(", ", kinds.keySet()));
    }
    List<String> parameters = parameters(f, data);
    List<ReportFormat> formats = formats(f);
    String textsName = textsPrefix + f.text("texts");
    LoadedReport report = new LoadedReport(id, template(f, resolve), textsName, loader, data,
        parameters, formats, source);
    checkTexts(f, report);
    new TemplateCheck(data).check(report.template())
        .or(() -> new TrialFill(jasper).check(report))
        .ifPresent(reason -> {
          throw f.error("template", reason);
        });
    return report;
  }

  private static List<String> parameters(Fields f, ReportData data) {
    if (!f.has("parameters")) {
      return Parameters.ALL.stream().filter(data.parameters()::contains).toList();
    }
    List<String> given = f.strings("parameters");
    for (String name : given) {
      if (!data.parameters().contains(name)) {
        throw f.error("parameters", "\"" + name + "\" is not a parameter of data \"" + data.kind()
            + "\"; it takes " + String.join(", ", data.parameters()));
      }
    }
    for (String name : data.required()) {
      if (!given.contains(name)) {
        throw f.error("parameters", "data \"" + data.kind() + "\" cannot do without \"" + name + "\"");
      }
    }
    return Parameters.ALL.stream().filter(given::contains).toList();
  }

  private static List<ReportFormat> formats(Fields f) {
    if (!f.has("formats")) {
      return Arrays.asList(ReportFormat.values());
    }
    List<ReportFormat> formats = new ArrayList<>();
    for (String name : f.strings("formats")) {
      formats.add(ReportFormat.parse(name).orElseThrow(() ->
          f.error("formats", "unknown format \"" + name + "\"; known: pdf, xlsx, csv, html")));
    }
    if (formats.isEmpty()) {
      throw f.error("formats", "must name at least one format");
    }
    return formats;
  }

  private JasperReport template(Fields f, Function<String, URL> resolve) {
    String name = f.text("template");
    if (!name.endsWith(".jasper")) {
      throw f.error("template", "must be a compiled template (.jasper); compile \"" + name
          + "\" in Jaspersoft Studio or with Pejl's build");
    }
    URL url = resolve.apply(name);
    if (url == null) {
      throw f.error("template", "there is no file \"" + name + "\" beside the descriptor");
    }
    Thread thread = Thread.currentThread();
    ClassLoader caller = thread.getContextClassLoader();
    // Deserialising a template looks up Jasper's classes through the context loader.
    thread.setContextClassLoader(DescriptorReader.class.getClassLoader());
    try (InputStream in = url.openStream()) {
      return (JasperReport) JRLoader.loadObject(jasper, in);
    } catch (IOException | JRException | ClassCastException e) {
      throw f.error("template", "\"" + name + "\" cannot be loaded: " + e.getMessage());
    } finally {
      thread.setContextClassLoader(caller);
    }
  }

  private static void checkTexts(Fields f, LoadedReport report) {
    for (java.util.Locale locale : List.of(PejlUser.SWEDISH, java.util.Locale.ENGLISH)) {
      try {
        var texts = report.texts(locale);
        texts.getString("report.title");
        texts.getString("report.description");
      } catch (MissingResourceException e) {
        throw f.error("texts", "\"" + report.textsName() + "\" in " + locale.getDisplayLanguage(java.util.Locale.ENGLISH)
            + " lacks " + (e.getKey().isEmpty() ? "its properties file" : "\"" + e.getKey() + "\""));
      }
    }
  }
}
