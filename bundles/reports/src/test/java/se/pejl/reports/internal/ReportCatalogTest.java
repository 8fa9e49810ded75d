package se.pejl.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.pejl.api.PejlUser;
import se.pejl.api.reports.ReportFormat;
import se.pejl.api.reports.ReportInfo;
import se.pejl.definitions.DefinitionException;

/** Which reports there are: the built-in ones, a municipality's own, and broken ones left out. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReportCatalogTest {
  private static final String GOOD = """
      {"schemaVersion": 1, "id": "tjorn-comparison", "template": "comparison.jasper", "texts": "tjorn",
       "data": "region-comparison", "parameters": ["indicator", "period"], "formats": ["pdf", "xlsx"]}""";
  @TempDir Path bundle;
  private final Fakes.Engine engine = new Fakes.Engine();
  private final FakeFollowUp followUp = new FakeFollowUp();
  private final ReportCatalog catalog = TestReports.catalog(engine, followUp);

  @BeforeEach
  void a_municipality_bundle_with_its_own_template_and_texts() throws IOException {
    Files.createDirectories(bundle.resolve("reports"));
    copy("region-comparison.jasper", "reports/comparison.jasper");
    copy("overview.jasper", "reports/overview.jasper");
    Files.writeString(bundle.resolve("reports/tjorn.properties"),
        "report.title=Tjorn compared\nreport.description=Our own comparison\n" + texts("region-comparison", ""));
    Files.writeString(bundle.resolve("reports/tjorn_sv.properties"),
        "report.title=Tj\\u00f6rn j\\u00e4mf\\u00f6rd\nreport.description=V\\u00e5r j\\u00e4mf\\u00f6relse\n"
            + texts("region-comparison", "_sv"));
    catalog.add(0, ReportInfo.BUILT_IN, getClass().getClassLoader(), TestReports.builtIn());
  }

  @Test
  void lists_the_eight_built_in_reports_with_swedish_and_english_titles() {
    JasperReportService service = TestReports.service(engine, followUp);
    assertThat(service.reports()).extracting(ReportInfo::id).containsExactly("coverage", "documentation",
        "episode-results", "gender-split", "indicator-table", "overview", "region-comparison", "survey-results");
    ReportInfo region = service.reports().stream().filter(r -> r.id().equals("region-comparison")).findFirst().orElseThrow();
    assertThat(region.titleSv()).isEqualTo(Pdfs.sv("region-comparison", "report.title"));
    assertThat(region.titleEn()).isNotEqualTo(region.titleSv());
    assertThat(region.formats()).containsExactly(ReportFormat.values());
    assertThat(region.parameters()).first().satisfies(p -> {
      assertThat(p.name()).isEqualTo("indicator");
      assertThat(p.required()).isTrue();
      assertThat(p.labelSv()).isEqualTo("Indikator");
    });
    assertThat(service.reports()).filteredOn(ReportInfo::confidential).extracting(ReportInfo::id)
        .containsExactly("episode-results");
  }

  @Test
  void a_municipality_adds_its_own_report_and_it_disappears_with_its_bundle() throws IOException {
    add(Map.of("tjorn.json", GOOD));

    LoadedReport report = catalog.find("tjorn-comparison").orElseThrow();
    ReportInfo info = report.info(new ReportTexts(PejlUser.SWEDISH), new ReportTexts(Locale.ENGLISH));
    assertThat(info.titleSv()).isEqualTo("Tjörn jämförd");
    assertThat(info.source()).isEqualTo("se.pejl.tjorn");
    assertThat(info.formats()).containsExactly(ReportFormat.PDF, ReportFormat.XLSX);
    assertThat(catalog.all()).last().isEqualTo(report);

    catalog.add(7, "se.pejl.tjorn", loader(), Map.of());
    assertThat(catalog.find("tjorn-comparison")).isEmpty();
  }

  @Test
  void a_broken_descriptor_is_left_out_and_the_others_keep_working() throws IOException {
    add(Map.of("tjorn.json", GOOD, "broken.json", GOOD.replace("region-comparison", "nonsense")
        .replace("tjorn-comparison", "broken")));
    assertThat(catalog.find("tjorn-comparison")).isPresent();
    assertThat(catalog.find("broken")).isEmpty();
    assertThat(catalog.find("overview")).isPresent();
  }

  @Test
  void a_template_of_one_clients_data_must_mark_every_page_confidential() throws IOException {
    copy("episode-results.jasper", "reports/meeting.jasper");
    String texts = texts("episode-results", "_sv");
    Files.writeString(bundle.resolve("reports/meeting.properties"), "report.title=Meeting\nreport.description=For the family\n"
        + texts("episode-results", "").replaceAll("(?m)^confidential=.*$", ""));
    Files.writeString(bundle.resolve("reports/meeting_sv.properties"), "report.title=M\\u00f6te\nreport.description=Till familjen\n"
        + texts.replaceAll("(?m)^confidential=.*$", ""));
    String descriptor = """
        {"schemaVersion": 1, "id": "meeting", "template": "meeting.jasper", "texts": "meeting", "data": "episode-results"}""";

    assertThatThrownBy(() -> read(descriptor)).isInstanceOfSatisfying(DefinitionException.class,
        e -> assertThat(e.getMessage()).contains("$.template", "must print $R{confidential}"));

    Files.writeString(bundle.resolve("reports/meeting_sv.properties"), "report.title=M\\u00f6te\nreport.description=Till familjen\n" + texts);
    Files.writeString(bundle.resolve("reports/meeting.properties"), "report.title=Meeting\nreport.description=For the family\n"
        + texts("episode-results", ""));
    add(Map.of("meeting.json", descriptor));
    assertThat(catalog.find("meeting")).isPresent();
  }

  @Test
  void an_id_already_taken_is_refused_and_the_report_under_it_stays_as_it_was() throws IOException {
    add(Map.of("overview.json", GOOD.replace("tjorn-comparison", "overview")));
    assertThat(catalog.find("overview")).get().extracting(LoadedReport::source).isEqualTo(ReportInfo.BUILT_IN);
    assertThat(catalog.all()).extracting(LoadedReport::id).containsOnlyOnce("overview");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "unknown data | \"data\": \"region-comparison\" | \"data\": \"nonsense\" | $.data | unknown data \"nonsense\"",
      "missing template | comparison.jasper | missing.jasper | $.template | no file \"missing.jasper\"",
      "not compiled | comparison.jasper | comparison.jrxml | $.template | must be a compiled template",
      "fields that do not fit | comparison.jasper | overview.jasper | $.template | field \"area\" is not given by data \"region-comparison\"",
      "no texts | \"tjorn\" | \"nowhere\" | $.texts | lacks its properties file",
      "a parameter the data does not take | [\"indicator\", \"period\"] | [\"indicator\", \"unit\"] | $.parameters | \"unit\" is not a parameter",
      "a required parameter left out | [\"indicator\", \"period\"] | [\"period\"] | $.parameters | cannot do without \"indicator\"",
      "an unknown format | [\"pdf\", \"xlsx\"] | [\"pdf\", \"docx\"] | $.formats | unknown format \"docx\"",
      "an unknown property | \"schemaVersion\": 1 | \"schemaVersion\": 1, \"colour\": 2 | $.colour | unknown property",
      "not JSON | { | [ | $ | not valid JSON"})
  void a_broken_descriptor_is_rejected_with_file_path_and_reason(String what, String from, String to, String path,
      String reason) throws IOException {
    add(Map.of("broken.json", GOOD.replace(from, to)));
    assertThat(catalog.find("tjorn-comparison")).isEmpty();

    assertThatThrownBy(() -> read(GOOD.replace(from, to)))
        .isInstanceOfSatisfying(DefinitionException.class, e -> {
          assertThat(e.file()).isEqualTo("se.pejl.tjorn:/reports/broken.json");
          assertThat(e.jsonPath()).isEqualTo(path);
          assertThat(e.getMessage()).contains(reason);
        });
  }

  private void read(String json) throws IOException {
    try (InputStream in = new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
        URLClassLoader loader = loader()) {
      URL folder = bundle.resolve("reports/").toUri().toURL();
      TestReports.reader(engine, followUp).read("se.pejl.tjorn:/reports/broken.json", in,
          name -> Files.exists(bundle.resolve("reports").resolve(name)) ? url(folder, name) : null,
          "reports.", loader, "se.pejl.tjorn");
    }
  }

  private void add(Map<String, String> descriptors) throws IOException {
    Map<String, URL> files = new LinkedHashMap<>();
    for (var e : descriptors.entrySet()) {
      Path file = bundle.resolve("reports").resolve(e.getKey());
      Files.writeString(file, e.getValue());
      files.put("se.pejl.tjorn:/reports/" + e.getKey(), file.toUri().toURL());
    }
    catalog.add(7, "se.pejl.tjorn", loader(), files);
  }

  private URLClassLoader loader() throws IOException {
    return new URLClassLoader(new URL[] {bundle.toUri().toURL()}, null);
  }

  private void copy(String builtIn, String to) throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(TestReports.TEMPLATES + builtIn)) {
      Files.copy(in, bundle.resolve(to));
    }
  }

  /** The built-in template's texts but its title and description, which the municipality words itself. */
  private String texts(String report, String language) throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(
        TestReports.TEMPLATES + report + language + ".properties")) {
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).lines()
          .filter(l -> !l.startsWith("report.title=") && !l.startsWith("report.description="))
          .reduce("", (a, b) -> a + b + "\n");
    }
  }

  private static URL url(URL folder, String name) {
    try {
      return new URL(folder, name);
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }
}
