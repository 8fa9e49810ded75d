package se.pejl.reports.internal;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import org.eclipse.parsson.JsonProviderImpl;
import se.pejl.api.reports.ReportInfo;

/** The reports service as the bundle builds it, with the built-in reports read from the class path. */
final class TestReports {
  static final String TEMPLATES = "se/pejl/reports/templates/";

  private TestReports() {}

  static JasperReportService service(Fakes.Engine engine, FakeFollowUp followUp) {
    return service(engine, followUp, 2000);
  }

  static JasperReportService service(Fakes.Engine engine, FakeFollowUp followUp, int virtualizeAbove) {
    return service(engine, followUp, new JasperReportService.Settings(2, 120, virtualizeAbove, 15,
        new File("target/swap")));
  }

  static JasperReportService service(Fakes.Engine engine, FakeFollowUp followUp, JasperReportService.Settings settings) {
    ReportCatalog catalog = catalog(engine, followUp);
    catalog.add(0, ReportInfo.BUILT_IN, TestReports.class.getClassLoader(), builtIn());
    return new JasperReportService(catalog, engine, Fakes.directory(), Fakes.CLOCK, settings);
  }

  static ReportCatalog catalog(Fakes.Engine engine, FakeFollowUp followUp) {
    return new ReportCatalog(reader(engine, followUp));
  }

  static DescriptorReader reader(Fakes.Engine engine, FakeFollowUp followUp) {
    return new DescriptorReader(new JsonProviderImpl(), new SimpleJasperReportsContext(),
        JasperReportService.kinds(engine, Fakes.directory(), followUp, Fakes.CLOCK));
  }

  /** The descriptors the reports bundle ships, named as the extender names them. */
  static Map<String, URL> builtIn() {
    try {
      Path folder = Path.of(TestReports.class.getClassLoader().getResource(TEMPLATES).toURI());
      Map<String, URL> files = new LinkedHashMap<>();
      try (Stream<Path> list = Files.list(folder)) {
        for (Path p : list.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
          files.put("se.pejl.reports:/" + TEMPLATES + p.getFileName(), p.toUri().toURL());
        }
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
