package se.pejl.it.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator.ReplaceUnderscores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.osgi.framework.BundleContext;
import java.time.LocalDate;
import java.util.Set;
import se.pejl.api.ClientSnapshot;
import se.pejl.api.Gender;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.PejlUser;
import se.pejl.api.Role;
import se.pejl.api.followup.Episode;
import se.pejl.api.followup.FollowUpService;
import se.pejl.api.followup.NewEpisode;
import se.pejl.api.host.ClientDirectory;
import se.pejl.api.store.EpisodeRepository;
import se.pejl.api.store.ResponseRepository;
import se.pejl.it.Services;
import se.pejl.it.probe.Probes;
import se.pejl.it.web.Http;

/**
 * The built-in reports as a manager gets them over HTTP, each in all four formats, read back: the
 * PDF's text holds the engine's numbers, the suppression mark and footnote and å ä ö; the XLSX's
 * cells are numbers. The figures are answers dated 2018, which no other test uses.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayNameGeneration(ReplaceUnderscores.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsTest {
  static final Duration TIMEOUT = Duration.ofSeconds(60);
  static final String REGION = "reports/region-comparison?indicator=wellbeing-improved&period=2018";
  static final String FOOTNOTE = "– = visas inte för att skydda enskilda barn: färre än 5 svar";

  @Deployment(testable = false)
  static JavaArchive marker() {
    return Probes.probeBundle("reports-marker.jar");
  }

  @ArquillianResource BundleContext context;
  @ArquillianResource URL http;
  private Services services;
  private Http api;

  @BeforeEach
  void three_municipalities_answered_in_2018() throws InterruptedException {
    if (services != null) {
      return;
    }
    services = new Services(context);
    api = new Http(http);
    api.awaitUp(TIMEOUT);
    EpisodeRepository episodes = services.awaitService(EpisodeRepository.class, TIMEOUT);
    ResponseRepository responses = services.awaitService(ResponseRepository.class, TIMEOUT);
    // Tjörn: only three boys, so the boys' cell (and one that would give it back) is hidden.
    seed(episodes, responses, "1407", 7, 5, 3, 2);
    seed(episodes, responses, "1494", 8, 5, 7, 3);
    seed(episodes, responses, "1496", 10, 6, 12, 7);
  }

  @AfterAll
  void close() {
    services.close();
  }

  @ParameterizedTest
  @CsvSource({"overview,period=2018", "region-comparison,indicator=wellbeing-improved&period=2018",
      "gender-split,period=2018", "indicator-table,indicator=wellbeing-improved&by=age-band&period=2018",
      "coverage,period=2018", "documentation,period=2018",
      "survey-results,instrument=child-wellbeing&period=2018"})
  void every_report_comes_in_all_four_formats(String id, String parameters) {
    for (String format : List.of("pdf", "xlsx", "csv", "html")) {
      Http.Reply reply = api.get("reports/" + id + "?format=" + format + "&" + parameters, "manager.tjorn");
      assertThat(reply.status()).as(id + " " + format + ": " + reply.text()).isEqualTo(200);
      assertThat(reply.body()).as(id + " " + format).isNotEmpty();
      assertThat(reply.contentType()).startsWith(format.equals("pdf") ? "application/pdf"
          : format.equals("xlsx") ? "application/vnd.openxmlformats" : "text/");
    }
  }

  @Test
  void the_region_comparison_pdf_holds_the_engines_numbers_and_says_who_took_no_part() throws IOException {
    JsonObject table = api.get("indicators/wellbeing-improved?by=municipality&period=2018", "manager.tjorn").json();
    String pdf = pdfText(api.get(REGION + "&format=pdf", "manager.tjorn").body());

    for (String[] m : new String[][] {{"1407", "Tjörn"}, {"1494", "Lidköping"}, {"1496", "Skövde"}}) {
      JsonObject cell = cell(table, "municipality", m[0]);
      assertThat(pdf).containsPattern(row(m[1], m[0], percent(cell), String.valueOf(cell.getInt("n"))));
    }
    JsonObject all = cell(table, "municipality", "ALL");
    assertThat(pdf).containsPattern(row("Hela regionen", percent(all), String.valueOf(all.getInt("n"))));
    assertThat(pdf).contains("Andel", "å", "ä", "ö").doesNotContain("deltog inte");

    // No municipality answered in 2017: each is listed as not taking part, with no figure.
    String none = pdfText(api.get(REGION.replace("2018", "2017") + "&format=pdf", "manager.tjorn").body());
    assertThat(none).containsPattern(row("Tjörn", "1407", "deltog inte")).containsPattern(row("Skövde", "1496", "deltog inte"));
  }

  @Test
  void the_gender_split_pdf_hides_tjorns_boys_with_a_dash_and_says_why() throws IOException {
    JsonObject table = api.get("indicators/wellbeing-improved?by=gender&period=2018&municipality=1407",
        "manager.tjorn").json();
    String pdf = pdfText(api.get("reports/gender-split?format=pdf&period=2018", "manager.tjorn").body());

    assertThat(cell(table, "gender", "BOY").getBoolean("suppressed")).isTrue();
    List<String> figures = new java.util.ArrayList<>();
    for (String gender : List.of("GIRL", "BOY", "ALL")) {
      figures.addAll(shown(cell(table, "gender", gender)));
    }
    // The indicator's name wraps in its column; its last word starts the line with the figures.
    assertThat(pdf).containsPattern(row("förbättrats", figures.toArray(String[]::new)));
    assertThat(pdf.replaceAll("\\s+", " ")).contains(FOOTNOTE);
  }

  @Test
  void the_overview_and_the_indicator_table_print_the_engines_figures() throws IOException {
    JsonObject skovde = api.get("indicators/wellbeing-improved?by=municipality&period=2018&municipality=1496",
        "manager.skovde").json();
    String overview = pdfText(api.get("reports/overview?format=pdf&period=2018", "manager.skovde").body());
    assertThat(overview).containsPattern(row("förbättrats", shown(cell(skovde, "municipality", "1496"))
        .toArray(String[]::new)));

    JsonObject genders = api.get("indicators/wellbeing-improved?by=gender&period=2018&municipality=1496",
        "manager.skovde").json();
    String table = pdfText(api.get("reports/indicator-table?format=pdf&indicator=wellbeing-improved&by=gender"
        + "&period=2018", "manager.skovde").body());
    assertThat(table).containsPattern(row("Flickor", shown(cell(genders, "gender", "GIRL")).toArray(String[]::new)))
        .containsPattern(row("Pojkar", shown(cell(genders, "gender", "BOY")).toArray(String[]::new)))
        .containsPattern(row("Totalt", shown(cell(genders, "gender", "ALL")).toArray(String[]::new)));

    String sheet = unzip(api.get("reports/indicator-table?format=xlsx&indicator=wellbeing-improved&by=gender"
        + "&period=2018", "manager.skovde").body()).get("xl/worksheets/sheet1.xml");
    assertThat(sheet).containsPattern("<c [^>]*t=\"n\"[^>]*><v>" + cell(genders, "gender", "GIRL").getInt("n") + "(\\.0)?</v>");
  }

  /** A cell as a report prints it: share and n, or a dash for each when suppressed. */
  static List<String> shown(JsonObject cell) {
    return cell.getBoolean("suppressed") ? List.of("–", "–") : List.of(percent(cell), String.valueOf(cell.getInt("n")));
  }

  @Test
  void the_region_comparison_xlsx_has_numbers_in_its_cells() throws IOException {
    JsonObject table = api.get("indicators/wellbeing-improved?by=municipality&period=2018", "manager.tjorn").json();
    Map<String, String> xlsx = unzip(api.get(REGION + "&format=xlsx", "manager.tjorn").body());
    String sheet = xlsx.get("xl/worksheets/sheet1.xml");

    JsonObject skovde = cell(table, "municipality", "1496");
    assertThat(sheet).containsPattern("<c [^>]*t=\"n\"[^>]*><v>" + skovde.getInt("n") + "(\\.0)?</v>");
    String share = String.valueOf(skovde.getJsonNumber("value").doubleValue());
    assertThat(sheet).containsPattern("<c [^>]*t=\"n\"[^>]*><v>" + Pattern.quote(share.substring(0, Math.min(5, share.length()))));
  }

  @Test
  void the_csv_is_semicolon_separated_utf8_for_swedish_excel() {
    byte[] csv = api.get(REGION + "&format=csv", "manager.tjorn").body();
    String text = new String(csv, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF").contains(";", "Skövde", "Hela regionen");
  }

  @Test
  void a_report_started_in_the_background_counts_its_pages_and_is_fetched_by_its_owner_only() throws Exception {
    Http.Reply started = api.post("reports/gender-split/runs?format=pdf&period=2018", "manager.tjorn", "");
    assertThat(started.status()).as(started.text()).isEqualTo(202);
    String run = "reports/runs/" + started.json().getString("id");
    JsonObject state = api.get(run, "manager.tjorn").json();
    for (int i = 0; i < 100 && state.getString("state").equals("RUNNING"); i++) {
      Thread.sleep(100);
      state = api.get(run, "manager.tjorn").json();
    }
    assertThat(state.getString("state")).isEqualTo("DONE");
    assertThat(state.getInt("pages")).isPositive();

    Http.Reply pdf = api.get(run + "/content", "manager.tjorn");
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdfText(pdf.body()).replaceAll("\\s+", " ")).contains(FOOTNOTE);
    assertThat(api.get(run, "manager.skovde").status()).isEqualTo(404);
    assertThat(api.delete(run, "manager.tjorn").json().getString("state")).isEqualTo("DONE");
    assertThat(api.post("reports/region-comparison/runs?format=pdf", "manager.tjorn", "").json()
        .getString("field")).isEqualTo("indicator");
  }

  @Test
  void a_parameter_the_report_does_not_take_is_named() {
    Http.Reply reply = api.get(REGION + "&format=pdf&colour=red", "manager.tjorn");
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().getString("field")).isEqualTo("colour");
  }

  @Test
  void the_individual_follow_up_is_confidential_on_every_page_audited_and_refused_to_an_analyst() throws IOException {
    FollowUpService followUp = services.awaitService(FollowUpService.class, TIMEOUT);
    ClientDirectory clients = services.awaitService(ClientDirectory.class, TIMEOUT);
    MunicipalityCode tjorn = MunicipalityCode.of("1407");
    ClientSnapshot child = clients.clientsOf(tjorn, "caseworker.tjorn").get(0);
    PejlUser caseworker = new PejlUser("caseworker.tjorn", "Handläggare", Set.of(Role.CASEWORKER), tjorn, Set.of(), null);
    Episode e = followUp.startEpisode(caseworker, new NewEpisode(child.ref(), Episode.INDIVIDUAL_TALKS, child.unit(),
        LocalDate.now().minusMonths(1), "Stöd i skolan", List.of("Går till skolan", "Sover bättre")));
    String path = "reports/episode-results?episode=" + e.id() + "&format=";

    for (String format : List.of("pdf", "xlsx", "csv", "html")) {
      assertThat(api.get(path + format, "manager.tjorn").status()).as(format).isEqualTo(200);
    }
    byte[] pdf = api.get(path + "pdf", "caseworker.tjorn").body();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= doc.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        assertThat(stripper.getText(doc)).as("page " + page).contains("KONFIDENTIELLT");
      }
    }
    assertThat(pdfText(pdf)).contains("Går till skolan", "Sover bättre");
    String audit = api.get("audit?client=" + child.ref().value(), "manager.tjorn").text();
    assertThat(audit).contains("report episode-results");
    assertThat(api.get(path + "pdf", "analyst.region").status()).isEqualTo(403);
    assertThat(api.get(path + "pdf", "manager.skovde").status()).isEqualTo(404);
  }

  private static void seed(EpisodeRepository episodes, ResponseRepository responses, String code,
      int girls, int girlsImproved, int boys, int boysImproved) {
    MunicipalityCode m = MunicipalityCode.of(code);
    RegionTableTest.children(episodes, responses, m, 2018, Gender.GIRL, girls, girlsImproved);
    RegionTableTest.children(episodes, responses, m, 2018, Gender.BOY, boys, boysImproved);
  }

  static JsonObject cell(JsonObject table, String dimension, String value) {
    return table.getJsonArray("cells").getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getJsonObject("key").getString(dimension).equals(value)).findFirst()
        .orElseThrow(() -> new AssertionError("no cell " + value + " in " + table));
  }

  static String percent(JsonObject cell) {
    return new DecimalFormat("0 %", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("sv-SE")))
        .format(cell.getJsonNumber("value").doubleValue());
  }

  static Pattern row(String first, String... cells) {
    StringBuilder p = new StringBuilder(Pattern.quote(first));
    for (String c : cells) {
      p.append("\\s+").append(Pattern.quote(c));
    }
    return Pattern.compile(p.toString());
  }

  static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  static Map<String, String> unzip(byte[] zip) throws IOException {
    Map<String, String> parts = new TreeMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        parts.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return parts;
  }
}
