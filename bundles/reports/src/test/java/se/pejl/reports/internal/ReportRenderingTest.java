package se.pejl.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.pejl.api.AccessDeniedException;
import se.pejl.api.InvalidInputException;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.NotFoundException;
import se.pejl.api.PejlUser;
import se.pejl.api.Role;
import se.pejl.api.indicators.Cell;
import se.pejl.api.indicators.IndicatorQuery;
import se.pejl.api.indicators.ReportingPeriod;
import se.pejl.api.reports.RenderedReport;
import se.pejl.api.reports.ReportFormat;

/** Each built-in report rendered from known figures, and read back as a manager would read it. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReportRenderingTest {
  private static final PejlUser MANAGER = Fakes.manager(null);
  private final Fakes.Engine engine = new Fakes.Engine();
  private final FakeFollowUp followUp = new FakeFollowUp();
  private final JasperReportService service = TestReports.service(engine, followUp);

  @ParameterizedTest
  @CsvSource({
      "overview,", "region-comparison,indicator=wellbeing-improved", "gender-split,",
      "indicator-table,indicator=wellbeing-improved&by=gender",
      "episode-results,episode=12", "coverage,", "documentation,", "survey-results,instrument=hvb-satisfaction"})
  void every_report_renders_in_all_four_formats(String id, String parameter) throws IOException {
    Map<String, String> parameters = new java.util.HashMap<>();
    if (parameter != null) {
      for (String p : parameter.split("&")) {
        parameters.put(p.split("=")[0], p.split("=")[1]);
      }
    }
    for (ReportFormat format : ReportFormat.values()) {
      RenderedReport report = service.render(MANAGER, id, format, parameters);
      assertThat(report.fileName()).isEqualTo("pejl-" + id + "." + format.extension());
      assertThat(report.content()).as(id + " " + format).isNotEmpty();
    }
    String pdf = Pdfs.text(service.render(MANAGER, id, ReportFormat.PDF, parameters).content());
    assertThat(Pdfs.oneLine(pdf)).contains(Pdfs.sv(id, "report.title"), "Pejl", "23 nov. 2026").contains("Sida 1 av");
    String csv = new String(service.render(MANAGER, id, ReportFormat.CSV, parameters).content(), StandardCharsets.UTF_8);
    assertThat(csv).startsWith(Exports.CSV_BOM).contains(";");
    String html = new String(service.render(MANAGER, id, ReportFormat.HTML, parameters).content(), StandardCharsets.UTF_8);
    assertThat(html).contains("<html", "UTF-8");
  }

  @Test
  void overview_shows_each_indicator_this_year_and_last_with_what_the_engine_gave() throws IOException {
    String text = Pdfs.oneLine(Pdfs.text(service.render(MANAGER, "overview", ReportFormat.PDF, Map.of()).content()));

    assertThat(engine.asked).contains("wellbeing-improved [] 2026", "wellbeing-improved [] 2025",
        "wellbeing-at-occasion [occasion] 2026");
    assertThat(text).contains("Förbättrat välbefinnande", "Känslo- och beteendemässig utveckling",
        "Process och dokumentation", "2026", "2025", "Välbefinnande – Start", "Välbefinnande – Avslut");
    assertThat(text).contains(percent(engine.evaluate(MANAGER, "wellbeing-improved", IndicatorQuery.total()
        .in(ReportingPeriod.parse("p", "2026")).in(MunicipalityCode.of("1407")))));
  }

  @Test
  void region_comparison_lists_every_municipality_and_says_which_took_no_part() throws IOException {
    String text = Pdfs.text(service.render(MANAGER, "region-comparison", ReportFormat.PDF,
        Map.of("indicator", "wellbeing-improved")).content());
    var result = engine.evaluate(MANAGER, "wellbeing-improved", IndicatorQuery.by("municipality"));

    assertThat(line(text, "Götene")).contains(Pdfs.sv("region-comparison", "not.taking.part"));
    assertThat(line(text, "Tjörn")).contains(percent(cell(result, "1407")), String.valueOf(cell(result, "1407").n()));
    assertThat(line(text, "Hela regionen")).contains(percent(cell(result, Cell.ALL)));
    assertThat(line(text, "1499")).as("a municipality the directory does not know, by its code")
        .contains(percent(cell(result, "1499")));
    String html = new String(service.render(MANAGER, "region-comparison", ReportFormat.HTML,
        Map.of("indicator", "wellbeing-improved")).content(), StandardCharsets.UTF_8);
    assertThat(html).as("the chart is in the page itself").contains("src=\"data:image/png;base64,");
  }

  @Test
  void an_indicator_table_is_split_by_the_breakdown_the_manager_chose_with_names_not_codes() throws IOException {
    String text = Pdfs.text(service.render(MANAGER, "indicator-table", ReportFormat.PDF,
        Map.of("indicator", "wellbeing-improved", "by", "municipality")).content());
    var result = engine.evaluate(MANAGER, "wellbeing-improved", IndicatorQuery.by("municipality"));
    assertThat(line(text, "Skövde")).contains(percent(cell(result, "1496")));
    assertThat(line(text, "Totalt")).contains(percent(cell(result, Cell.ALL)));
    assertThat(engine.asked).contains("wellbeing-improved [municipality] -");

    String genders = Pdfs.text(service.render(MANAGER, "indicator-table", ReportFormat.PDF,
        Map.of("indicator", "wellbeing-improved", "by", "gender", "municipality", "1494")).content());
    assertThat(line(genders, "Flickor")).contains("–");
    assertThat(genders).contains("Pojkar", "Kön");

    String ages = new String(service.render(MANAGER, "indicator-table", ReportFormat.CSV,
        Map.of("indicator", "wellbeing-improved", "by", "age-band")).content(), StandardCharsets.UTF_8);
    assertThat(ages).contains("7–12 år", "13–15 år", "16–20 år", "Övriga åldrar");
    assertThat(ages.indexOf("7–12 år")).isLessThan(ages.indexOf("13–15 år"));
    assertThat(ages.indexOf("16–20 år")).isLessThan(ages.indexOf("Övriga åldrar"));
  }

  @Test
  void gender_split_prints_a_dash_for_a_suppressed_cell_and_says_why() throws IOException {
    String text = Pdfs.text(service.render(MANAGER, "gender-split", ReportFormat.PDF,
        Map.of("municipality", "1494")).content());

    assertThat(line(text, "Förbättrat välbefinnande")).contains("–");
    assertThat(Pdfs.oneLine(text)).contains(Pdfs.oneLine(new java.text.MessageFormat(
        Pdfs.sv("gender-split", "footnote.suppressed"), PejlUser.SWEDISH).format(new Object[] {5})));
    assertThat(text).doesNotContain("Täckning");
  }

  @Test
  void individual_follow_up_is_marked_confidential_on_every_page_and_read_through_the_audited_service()
      throws IOException {
    List<String> pages = Pdfs.pages(service.render(Fakes.caseworker(), "episode-results", ReportFormat.PDF,
        Map.of("episode", "12")).content());

    assertThat(pages).allSatisfy(page -> assertThat(Pdfs.oneLine(page))
        .contains(Pdfs.oneLine(Pdfs.sv("episode-results", "confidential"))));
    String text = Pdfs.oneLine(String.join("\n", pages));
    assertThat(text).contains("Välbefinnande", "Oro och skuld", "RCI 2,31", "Går till skolan varje dag",
        "+1 Något bättre än förväntat", "Inte bedömt ännu", "Klient 19120101-1234, 14 år");
    assertThat(followUp.reads).contains("episode 12 for report episode-results",
        "results 12 for report episode-results");
  }

  @Test
  void individual_follow_up_is_refused_to_an_analyst_and_unknown_episodes_are_not_found() {
    PejlUser analyst = new PejlUser("analyst.region", "Analytiker", java.util.Set.of(Role.ANALYST),
        MunicipalityCode.of("1407"), java.util.Set.of(), null);
    assertThatThrownBy(() -> service.render(analyst, "episode-results", ReportFormat.PDF, Map.of("episode", "12")))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> service.render(MANAGER, "episode-results", ReportFormat.PDF, Map.of("episode", "99")))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void coverage_shows_a_caseworker_only_their_own_occasions() {
    service.render(Fakes.caseworker(), "coverage", ReportFormat.CSV, Map.of("caseworker", "someone.else"));
    assertThat(followUp.reads).contains("occasions for report coverage caseworker caseworker.tjorn");
  }

  @Test
  void coverage_of_ten_thousand_occasions_is_an_xlsx_with_numeric_episode_numbers() throws IOException {
    followUp.occasionCount = 10_000;
    Map<String, String> xlsx = Pdfs.unzip(service.render(MANAGER, "coverage", ReportFormat.XLSX, Map.of()).content());
    String sheet = xlsx.get("xl/worksheets/sheet1.xml");
    assertThat(sheet.split("<row ", -1).length).isGreaterThan(10_000);
    assertThat(sheet).containsPattern("<c [^>]*t=\"n\"[^>]*><v>3432(\\.0)?</v>");
  }

  @Test
  void documentation_lists_episodes_missing_parts_only_to_the_units_own_manager() throws IOException {
    String own = Pdfs.oneLine(Pdfs.text(service.render(MANAGER, "documentation", ReportFormat.PDF,
        Map.of("unit", "Familjestöd Tjörn")).content()));
    // Episode 13 has neither purpose, goals nor content; its caseworker is only named in the list.
    assertThat(own).contains("syfte, mål, innehåll", "caseworker.tjorn");

    String other = Pdfs.oneLine(Pdfs.text(service.render(MANAGER, "documentation", ReportFormat.PDF,
        Map.of("unit", "Öppenvården")).content()));
    assertThat(other).doesNotContain("caseworker.tjorn")
        .contains(Pdfs.oneLine(Pdfs.sv("documentation", "missing.not.shown")));
  }

  @Test
  void survey_results_show_counts_shares_and_suppressed_choices() throws IOException {
    String text = Pdfs.text(service.render(MANAGER, "survey-results", ReportFormat.PDF,
        Map.of("instrument", "hvb-satisfaction")).content());
    assertThat(text).contains("Jag känner mig trygg på boendet", "Nöjdhet med HVB", "Hälsa", "Övriga frågor");
    assertThat(line(text, "Instämmer inte alls")).contains("3", "15 %");
    assertThat(line(text, "Instämmer helt")).contains("–");
    assertThat(line(text, "Ja ")).contains("13", "65 %");
  }

  @Test
  void english_users_get_english_reports() throws IOException {
    String text = Pdfs.text(service.render(Fakes.manager(Locale.ENGLISH), "region-comparison", ReportFormat.PDF,
        Map.of("indicator", "wellbeing-improved")).content());
    assertThat(text).contains("The whole region", "Page 1 of").doesNotContain("Hela regionen", "Sida ");
  }

  @Test
  void wrong_parameters_are_named() {
    expectField("region-comparison", ReportFormat.PDF, Map.of(), "indicator");
    expectField("region-comparison", ReportFormat.PDF, Map.of("indicator", "nope"), "indicator");
    expectField("region-comparison", ReportFormat.PDF, Map.of("indicator", "wellbeing-at-occasion"), "indicator");
    expectField("overview", ReportFormat.PDF, Map.of("period", "2025-12-31/2025-01-01"), "period");
    expectField("overview", ReportFormat.PDF, Map.of("colour", "red"), "colour");
    expectField("indicator-table", ReportFormat.PDF, Map.of("indicator", "wellbeing-improved"), "by");
    expectField("overview", null, Map.of(), "format");
    expectField("survey-results", ReportFormat.PDF, Map.of("instrument", "nope"), "instrument");
    assertThatThrownBy(() -> service.render(MANAGER, "nope", ReportFormat.PDF, Map.of()))
        .isInstanceOf(NotFoundException.class);
  }

  private void expectField(String id, ReportFormat format, Map<String, String> parameters, String field) {
    assertThatThrownBy(() -> service.render(MANAGER, id, format, parameters))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  private static Cell cell(se.pejl.api.indicators.IndicatorResult result, String municipality) {
    return result.cells().stream().filter(c -> municipality.equals(c.key().get("municipality"))).findFirst().orElseThrow();
  }

  private static String percent(se.pejl.api.indicators.IndicatorResult result) {
    return percent(result.cells().get(0));
  }

  /** As the templates print a share: "0 %" in Swedish. */
  private static String percent(Cell cell) {
    return new DecimalFormat("0 %", DecimalFormatSymbols.getInstance(PejlUser.SWEDISH)).format(cell.value());
  }

  private static String line(String text, String start) {
    return text.lines().filter(l -> l.startsWith(start)).findFirst().orElse("");
  }
}
