package se.pejl.it.pejl;

import static org.assertj.core.api.Assertions.assertThat;
import static se.pejl.it.pejl.Pejl.LIDKOPING;
import static se.pejl.it.pejl.Pejl.SKOVDE;
import static se.pejl.it.pejl.Pejl.TJORN;

import java.io.IOException;
import java.util.Map;
import java.util.regex.Pattern;
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
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import se.pejl.api.Gender;
import se.pejl.api.followup.Episode;
import se.pejl.api.followup.FollowUpService;
import se.pejl.api.followup.Occasion;
import se.pejl.api.indicators.Cell;
import se.pejl.api.indicators.IndicatorEngine;
import se.pejl.api.indicators.IndicatorQuery;
import se.pejl.api.indicators.IndicatorResult;
import se.pejl.api.reports.ReportFormat;
import se.pejl.api.reports.ReportService;
import se.pejl.api.store.ResponseRepository;
import se.pejl.it.Services;
import se.pejl.it.probe.Probes;

/**
 * Answers given through the follow-up service reach the database, the indicator and the PDF.
 * This is the only test class that gives answers at both start and end, so the indicator's
 * figures are exactly the ones computed by hand below.
 */
@ExtendWith(ArquillianExtension.class)
@DisplayNameGeneration(ReplaceUnderscores.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class AnswerToReportTest {

  @Deployment(testable = false)
  static JavaArchive marker() {
    return Probes.probeBundle("answer-to-report-marker.jar");
  }

  @ArquillianResource BundleContext context;
  private Services services;
  private Pejl pejl;
  private IndicatorEngine engine;
  private ReportService reports;

  /** Once per class; not @BeforeAll, since Arquillian injects the context before each test. */
  @BeforeEach
  void a_region_where_lidkoping_has_only_three_girls() {
    if (services != null) {
      return;
    }
    services = new Services(context);
    pejl = new Pejl(services);
    engine = services.awaitService(IndicatorEngine.class, Pejl.TIMEOUT);
    reports = services.awaitService(ReportService.class, Pejl.TIMEOUT);
    pejl.children(TJORN, Gender.GIRL, 6, 4);
    pejl.children(TJORN, Gender.BOY, 6, 3);
    pejl.children(SKOVDE, Gender.GIRL, 7, 5);
    pejl.children(SKOVDE, Gender.BOY, 8, 4);
    pejl.children(LIDKOPING, Gender.GIRL, 3, 2);
    pejl.children(LIDKOPING, Gender.BOY, 7, 5);
  }

  @AfterAll
  void close() {
    services.close();
  }

  @Test
  @Order(1)
  void small_cells_and_the_cells_that_would_give_them_back_are_suppressed() {
    IndicatorResult r = improved();

    // Lidköping's 3 girls are below 5; its boys would give them back from its total; then the
    // girls' and boys' columns each have one hidden cell, so Tjörn's girls and boys go too.
    for (String[] hidden : new String[][] {{"1494", "GIRL"}, {"1494", "BOY"}, {"1407", "GIRL"}, {"1407", "BOY"}}) {
      assertThat(cell(r, hidden[0], hidden[1])).isEqualTo(Cell.suppressed(key(hidden[0], hidden[1])));
    }
    assertThat(cell(r, "1407", "ALL")).isEqualTo(Cell.of(key("1407", "ALL"), 7 / 12.0, 12));
    assertThat(cell(r, "1494", "ALL")).isEqualTo(Cell.of(key("1494", "ALL"), 7 / 10.0, 10));
    assertThat(cell(r, "1496", "GIRL")).isEqualTo(Cell.of(key("1496", "GIRL"), 5 / 7.0, 7));
    assertThat(cell(r, "1496", "BOY")).isEqualTo(Cell.of(key("1496", "BOY"), 4 / 8.0, 8));
    assertThat(cell(r, "ALL", "GIRL")).isEqualTo(Cell.of(key("ALL", "GIRL"), 11 / 16.0, 16));
    assertThat(cell(r, "ALL", "ALL")).isEqualTo(Cell.of(key("ALL", "ALL"), 23 / 37.0, 37));
  }

  @Test
  @Order(2)
  void an_answer_reaches_the_database_the_indicator_and_the_pdf() throws IOException {
    FollowUpService followUp = services.awaitService(FollowUpService.class, Pejl.TIMEOUT);
    ResponseRepository stored = services.awaitService(ResponseRepository.class, Pejl.TIMEOUT);
    var boy = pejl.clients(SKOVDE, Gender.BOY).get(8);

    Episode e = pejl.supportGroup(SKOVDE, boy);
    pejl.answer(SKOVDE, e, Occasion.START, 3);
    pejl.answer(SKOVDE, e, Occasion.END, 2); // this boy felt worse after the group

    assertThat(followUp.responses(Pejl.access(SKOVDE), e.id()))
        .extracting(se.pejl.api.followup.Response::occasion, x -> x.scores().get("total"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("start", 15.0),
            org.assertj.core.groups.Tuple.tuple("end", 10.0));
    assertThat(stored.scores("child-wellbeing", "total")).filteredOn(o -> o.episodeId() == e.id()).hasSize(2);

    IndicatorResult r = improved();
    assertThat(cell(r, "1496", "BOY")).isEqualTo(Cell.of(key("1496", "BOY"), 4 / 9.0, 9));
    assertThat(cell(r, "1496", "ALL")).isEqualTo(Cell.of(key("1496", "ALL"), 9 / 16.0, 16));
    assertThat(cell(r, "ALL", "ALL")).isEqualTo(Cell.of(key("ALL", "ALL"), 23 / 38.0, 38));

    String region = pdfText(reports.render(Pejl.manager(SKOVDE), "region-comparison", ReportFormat.PDF,
        Map.of("indicator", "wellbeing-improved")).content());
    assertThat(region).contains("Jämförelse", "Hela regionen");
    assertThat(region).containsPattern(row("Skövde", "1496", "56 %", "16"));
    assertThat(region).containsPattern(row("Tjörn", "1407", "58 %", "12"));
    assertThat(region).containsPattern(row("Lidköping", "1494", "70 %", "10"));
    assertThat(region).containsPattern(row("Hela regionen", "61 %", "38"));

    // The indicator's name wraps in its column; its last word starts the line with the figures.
    String name = engine.indicator("wellbeing-improved").orElseThrow().name().sv().replaceAll(".* ", "");
    String genders = pdfText(reports.render(Pejl.manager(SKOVDE), "gender-split", ReportFormat.PDF,
        Map.of("municipality", "1494")).content());
    assertThat(genders).containsPattern(row(name, "–", "–", "–", "–", "70 %", "10"));
    assertThat(genders.replaceAll("\\s+", " ")).contains("– = visas inte för att skydda enskilda barn: färre än 5 svar");
  }

  private IndicatorResult improved() {
    return engine.evaluate(Pejl.manager(TJORN), "wellbeing-improved", IndicatorQuery.by("municipality", "gender"));
  }

  private static Pattern row(String first, String... cells) {
    StringBuilder p = new StringBuilder(Pattern.quote(first));
    for (String c : cells) {
      p.append("\\s+").append(Pattern.quote(c));
    }
    return Pattern.compile(p.append("\\s*(\\R|$)").toString());
  }

  private static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  private static Map<String, String> key(String municipality, String gender) {
    return Map.of("municipality", municipality, "gender", gender);
  }

  private static Cell cell(IndicatorResult r, String municipality, String gender) {
    return r.cells().stream().filter(c -> c.key().equals(key(municipality, gender))).findFirst()
        .orElseThrow(() -> new AssertionError("no cell " + municipality + "/" + gender + " in " + r.cells()));
  }
}
