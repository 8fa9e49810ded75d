package se.pejl.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.pejl.api.InvalidInputException;
import se.pejl.api.NotFoundException;
import se.pejl.api.reports.RenderedReport;
import se.pejl.api.reports.ReportFormat;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class JasperReportServiceTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/Stockholm"));

  private final Fakes.Engine engine = new Fakes.Engine();
  private final JasperReportService service =
      new JasperReportService(engine, Fakes.directory(), CLOCK);

  @Test
  void lists_the_improvement_report_in_all_four_formats() {
    assertThat(service.reports()).singleElement().satisfies(info -> {
      assertThat(info.id()).isEqualTo("improvement");
      assertThat(info.titleSv()).isEqualTo("Andel barn vars välbefinnande förbättrats");
      assertThat(info.formats()).containsExactly(
          ReportFormat.PDF, ReportFormat.XLSX, ReportFormat.CSV, ReportFormat.HTML);
    });
  }

  @Test
  void asks_the_engine_for_wellbeing_improved_by_municipality_and_gender() {
    render(Fakes.manager(null), ReportFormat.CSV);
    assertThat(engine.asked).containsExactly("wellbeing-improved [municipality, gender]");
  }

  @Test
  void swedish_pdf_shows_municipalities_percentages_suppression_and_footnote() throws IOException {
    RenderedReport pdf = render(Fakes.manager(null), ReportFormat.PDF);

    assertThat(pdf.fileName()).isEqualTo("pejl-improvement.pdf");
    String text = pdfText(pdf.content());
    assertThat(text)
        .contains("Andel barn vars välbefinnande förbättrats", "Pejl", "2026-11-23")
        .contains("Tjörn", "Skövde", "Lidköping", "Hela regionen")
        .contains("Kommun", "Flickor %", "Pojkar n", "Alla %")
        .contains("60 %", "72 %", "48 %", "81 %", "75 %", "64 %")
        .contains("Sida 1 av 1");
    assertThat(oneLine(text)).contains("– = visas inte för att skydda enskilda barn: färre än 5 svar,"
        + " eller en cell som annars skulle göra det möjligt att räkna fram en dold cell ur summorna.");
    assertThat(line(text, "Tjörn")).contains("60 %", "10", "–", "55 %", "20");
    assertThat(line(text, "Lidköping")).startsWith("Lidköping –");
  }

  @Test
  void pdf_embeds_dejavu_sans() throws IOException {
    RenderedReport pdf = render(Fakes.manager(null), ReportFormat.PDF);
    try (PDDocument doc = Loader.loadPDF(pdf.content())) {
      List<PDFont> fonts = new ArrayList<>();
      for (var name : doc.getPage(0).getResources().getFontNames()) {
        fonts.add(doc.getPage(0).getResources().getFont(name));
      }
      assertThat(fonts).isNotEmpty().allSatisfy(font -> {
        assertThat(font.getName()).contains("DejaVuSans");
        assertThat(font.isEmbedded()).isTrue();
      });
    }
  }

  @Test
  void english_user_gets_english_texts() throws IOException {
    String text = pdfText(render(Fakes.manager(Locale.ENGLISH), ReportFormat.PDF).content());
    assertThat(text)
        .contains("Share of children whose well-being improved", "Whole region", "Municipality")
        .contains("Page 1 of 1")
        .doesNotContain("Hela regionen", "Sida");
    assertThat(oneLine(text)).contains("– = not shown to protect individual children: fewer than 5 answers,");
  }

  @Test
  void csv_is_semicolon_separated_utf8_with_a_header_row_and_one_row_per_municipality() {
    String csv = new String(render(Fakes.manager(null), ReportFormat.CSV).content(),
        StandardCharsets.UTF_8);

    assertThat(csv).startsWith(Exports.CSV_BOM);
    List<String> lines = csv.substring(1).lines().toList();
    assertThat(lines).containsExactly(
        "Kommun;Flickor %;Flickor n;Pojkar %;Pojkar n;Alla %;Alla n",
        "Tjörn;60 %;10;–;–;55 %;20",
        "Skövde;72 %;25;48 %;25;60 %;50",
        "Lidköping;–;–;81 %;16;75 %;20",
        "Hela regionen;66 %;36;62 %;48;64 %;90");
  }

  @Test
  void xlsx_has_numeric_cells_for_shares_and_counts() throws IOException {
    Map<String, String> parts = unzip(render(Fakes.manager(null), ReportFormat.XLSX).content());
    String sheet = parts.get("xl/worksheets/sheet1.xml");

    assertThat(parts.get("xl/workbook.xml")).contains("Förbättrat välbefinnande");
    assertThat(sheet).containsPattern("<c [^>]*t=\"n\"[^>]*><v>0\\.6</v>")
        .containsPattern("<c [^>]*t=\"n\"[^>]*><v>10(\\.0)?</v>")
        .containsPattern("<c [^>]*t=\"n\"[^>]*><v>0\\.8125</v>");
    assertThat(String.join("", parts.values())).contains("Lidköping", "Hela regionen");
    // One sheet column per report column: nothing in the page header may split a table column.
    assertThat(sheet.split("<col ", -1)).hasSize(1 + 7);
  }

  @Test
  void html_is_a_utf8_page_with_the_table() {
    String html = new String(render(Fakes.manager(null), ReportFormat.HTML).content(),
        StandardCharsets.UTF_8);
    assertThat(html).contains("<html", "UTF-8", "Tjörn", "Lidköping", "72 %", "Sida 1 av 1");
  }

  @Test
  void renders_when_the_thread_context_class_loader_sees_nothing_of_jasper() throws IOException {
    // What a Felix/Jetty thread looks like to the embedded Jasper: its context loader is foreign.
    Thread thread = Thread.currentThread();
    ClassLoader original = thread.getContextClassLoader();
    try (URLClassLoader foreign = new URLClassLoader(new URL[0], null)) {
      thread.setContextClassLoader(foreign);
      JasperReportService fresh = new JasperReportService(engine, Fakes.directory(), CLOCK);
      String text = pdfText(render(fresh, ReportFormat.PDF).content());
      assertThat(text).contains("Lidköping", "81 %");
      assertThat(render(fresh, ReportFormat.XLSX).content()).isNotEmpty();
    } finally {
      thread.setContextClassLoader(original);
    }
  }

  @Test
  void unknown_report_is_not_found() {
    assertThatThrownBy(() -> service.render(Fakes.manager(null), "nope", ReportFormat.PDF, Map.of()))
        .isInstanceOf(NotFoundException.class)
        .hasFieldOrPropertyWithValue("key", "error.report.unknown");
  }

  @Test
  void missing_format_is_invalid_input() {
    assertThatThrownBy(() -> service.render(Fakes.manager(null), "improvement", null, Map.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasFieldOrPropertyWithValue("field", "format");
  }

  private RenderedReport render(se.pejl.api.PejlUser user, ReportFormat format) {
    return render(service, user, format);
  }

  private static RenderedReport render(JasperReportService service, ReportFormat format) {
    return render(service, Fakes.manager(null), format);
  }

  private static RenderedReport render(
      JasperReportService service, se.pejl.api.PejlUser user, ReportFormat format) {
    RenderedReport report = service.render(user, "improvement", format, Map.of());
    assertThat(report.format()).isEqualTo(format);
    assertThat(report.content()).isNotEmpty();
    return report;
  }

  private static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  private static String line(String text, String start) {
    return text.lines().filter(l -> l.startsWith(start)).findFirst().orElse("");
  }

  private static Map<String, String> unzip(byte[] zip) throws IOException {
    Map<String, String> parts = new java.util.TreeMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        parts.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return parts;
  }

  /** PDF text with line breaks folded, for sentences the layout may wrap. */
  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ");
  }
}
