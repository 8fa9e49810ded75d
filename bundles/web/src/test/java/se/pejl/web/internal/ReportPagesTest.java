package se.pejl.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.pejl.api.reports.ReportFormat;
import se.pejl.api.reports.ReportInfo;
import se.pejl.api.reports.ReportParameter;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReportPagesTest {
  final List<ReportInfo> reports = List.of(FakeReports.IMPROVEMENT, FakeReports.CLIENT);

  @Test
  void the_page_lists_the_reports_in_swedish_and_marks_the_confidential_ones() {
    String html = ReportPages.page("", Fakes.manager(null), reports, null, Map.of());

    assertThat(html).contains("<html lang=\"sv\"", "<h1>Rapporter</h1>", "Inloggad som Maria Chef",
        "href=\"/pejl/reports?report=improvement\">Förbättrat välbefinnande</a>",
        "Andel barn som mår bättre, per kommun.",
        "Klientens förlopp</a> <strong class=\"mark\">Konfidentiellt</strong>")
        .doesNotContain("<form", "<script");
    assertThat(html.indexOf("Konfidentiellt")).isGreaterThan(html.indexOf("Klientens förlopp"));
  }

  @Test
  void the_chosen_report_has_a_form_with_its_parameters_and_only_the_formats_it_offers() {
    String html = ReportPages.page("", Fakes.manager(null), reports, "improvement", Map.of("period", "2025"));

    assertThat(html).contains("aria-current=\"page\">Förbättrat välbefinnande",
        "<form id=\"report-form\" method=\"get\" accept-charset=\"UTF-8\" action=\"/pejl/api/reports/improvement\"",
        "data-runs=\"/pejl/api/reports/improvement/runs\"",
        "<legend>Vad rapporten ska omfatta</legend>",
        "<label for=\"p-period\">Period <span class=\"required\">(måste fyllas i)</span></label>",
        "name=\"period\" value=\"2025\" required aria-describedby=\"hint-period error-period\"",
        "<p class=\"hint\" id=\"hint-period\">Till exempel 2025 eller 2025-Q3.</p>",
        "<label for=\"p-unit\">Enhet</label>", "Tomt betyder alla enheter.",
        "value=\"pdf\" id=\"p-format\" checked> PDF", "value=\"xlsx\"> Excel (XLSX)",
        "role=\"status\" aria-live=\"polite\"", "data-page=\"Sida {0} klar…\"", "data-rows=\"Rad {0} av {1} klar…\"", ">Avbryt</button>",
        "Skapa rapporten", "<script>")
        .doesNotContain("value=\"csv\"", "value=\"html\"");
  }

  @Test
  void the_page_is_english_when_the_user_is() {
    String html = ReportPages.page("", Fakes.manager(Locale.ENGLISH), reports, "client-course", Map.of());

    assertThat(html).contains("<html lang=\"en\"", "<h1>Reports</h1>", "Logged in as Maria Chef",
        "The client&#39;s course", "<strong class=\"mark\">Confidential</strong>",
        "Every run is logged.", "<label for=\"p-episode\">Intervention <span class=\"required\">(required)</span>",
        "The intervention&#39;s number.", "data-page=\"Page {0} done…\"", "data-rows=\"Row {0} of {1} done…\"", "Create the report",
        "action=\"/pejl/api/reports/client-course\"")
        .doesNotContain("Konfidentiellt", "Skapa");
  }

  @Test
  void every_text_of_a_report_is_escaped() {
    ReportInfo evil = new ReportInfo("x\"><b>", "<script>alert(1)</script>", "<script>alert(2)</script>",
        "<img src=x onerror=alert(3)>", null, List.of(ReportFormat.CSV),
        List.of(new ReportParameter("p\"q", true, "<i>label</i>", "label", "a & b", "a & b")), false, "x");

    String html = ReportPages.page("", Fakes.manager(null), List.of(evil), "x\"><b>",
        Map.of("p\"q", "\"><script>alert(4)</script>"));

    assertThat(html).doesNotContain("<script>alert", "<img", "<i>label", "\"><b>", "p\"q")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(3)&gt;",
            "&lt;i&gt;label&lt;/i&gt;", "a &amp; b", "value=\"&quot;&gt;&lt;script&gt;alert(4)&lt;/script&gt;\"",
            "action=\"/pejl/api/reports/x%22%3E%3Cb%3E\"", "href=\"/pejl/reports?report=x%22%3E%3Cb%3E\"");
  }

  @Test
  void the_policy_lets_only_the_pages_own_script_and_style_run() {
    String html = ReportPages.page("", Fakes.manager(null), reports, "improvement", Map.of());
    String script = html.substring(html.indexOf("<script>") + 8, html.indexOf("</script>"));
    String style = html.substring(html.indexOf("<style>") + 7, html.indexOf("</style>"));

    assertThat(ReportPages.POLICY).contains("script-src '" + ReportPages.sha256(script) + "'",
        "style-src '" + ReportPages.sha256(style) + "'", "connect-src 'self'", "default-src 'none'");
    assertThat(script).contains("setTimeout(poll, 500)", "'DELETE'", "/content'");
  }

  @Test
  void without_a_login_the_page_is_a_401_with_the_hosts_challenge_so_the_browser_asks() throws IOException {
    Exchange e = new Exchange(Map.of("Accept-Language", "en-GB,en;q=0.8"), Map.of());

    servlet().doGet(e.request(), e.response());

    assertThat(e.status).isEqualTo(401);
    assertThat(e.headers.get("WWW-Authenticate")).startsWith("Basic realm=");
    assertThat(e.body.toString()).contains("Log in to see the reports.");
  }

  @Test
  void with_a_login_the_page_shows_the_chosen_report_filled_from_its_address() throws IOException {
    Exchange e = new Exchange(Map.of("Authorization", Fakes.LOGIN), Map.of("report", "improvement", "period", "2025"));

    servlet().doGet(e.request(), e.response());

    assertThat(e.status).isEqualTo(200);
    assertThat(e.headers).containsEntry("Cache-Control", "no-store").containsKey("Content-Security-Policy");
    assertThat(e.body.toString()).contains("name=\"period\" value=\"2025\"", "Förbättrat välbefinnande");
  }

  @Test
  void an_unknown_report_is_a_404_that_still_lists_the_reports() throws IOException {
    Exchange e = new Exchange(Map.of("Authorization", Fakes.LOGIN), Map.of("report", "nothing"));

    servlet().doGet(e.request(), e.response());

    assertThat(e.status).isEqualTo(404);
    assertThat(e.body.toString()).contains("Det finns ingen rapport &quot;nothing&quot;", "Förbättrat välbefinnande");
  }

  private ReportPageServlet servlet() {
    return new ReportPageServlet(new FakeReports(FakeReports.IMPROVEMENT, FakeReports.CLIENT),
        new Caller(Fakes.host(Fakes.manager(null))));
  }

  /** One request to the servlet and what it answered. */
  private static final class Exchange {
    final Map<String, String> requestHeaders;
    final Map<String, String> parameters;
    final Map<String, String> headers = new HashMap<>();
    final StringWriter body = new StringWriter();
    int status;

    Exchange(Map<String, String> requestHeaders, Map<String, String> parameters) {
      this.requestHeaders = requestHeaders;
      this.parameters = parameters;
    }

    HttpServletRequest request() {
      return Fakes.fake(HttpServletRequest.class, Map.of(
          "getHeader", a -> requestHeaders.get((String) a[0]),
          "getParameter", a -> parameters.get((String) a[0]),
          "getContextPath", a -> "",
          "getCookies", a -> null,
          "getRemoteUser", a -> null,
          "setCharacterEncoding", a -> null));
    }

    HttpServletResponse response() {
      PrintWriter writer = new PrintWriter(body);
      return Fakes.fake(HttpServletResponse.class, Map.of(
          "setStatus", a -> status = (Integer) a[0],
          "setHeader", a -> headers.put((String) a[0], (String) a[1]),
          "setContentType", a -> headers.put("Content-Type", (String) a[0]),
          "getWriter", a -> writer));
    }
  }
}
