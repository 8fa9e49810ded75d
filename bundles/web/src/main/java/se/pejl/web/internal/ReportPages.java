package se.pejl.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.pejl.api.PejlUser;
import se.pejl.api.reports.ReportFormat;
import se.pejl.api.reports.ReportInfo;
import se.pejl.api.reports.ReportParameter;

/**
 * The managers' report page: the reports, and for the chosen one a form with its parameters and
 * formats. A plain form that GETs the synchronous {@code /pejl/api/reports/{id}}; the inline
 * script ({@code report-page.js}) starts a run instead, shows its progress and offers the file.
 * Every text from a report definition goes through {@link Html#escape}.
 */
final class ReportPages {
  private static final String STYLE = "body{font-family:system-ui,sans-serif;max-width:48rem;margin:0 auto;"
      + "padding:1rem;line-height:1.5;color:#222}fieldset{border:1px solid #ccc;border-radius:.5rem;"
      + "margin:0 0 1rem;padding:.75rem}legend{font-weight:600;padding:0 .25rem}.reports{padding-left:1.2rem}"
      + ".reports li{margin:0 0 .5rem}.reports p{margin:0;color:#555}.mark{color:#8a1c1c;font-size:.85rem;"
      + "border:1px solid #8a1c1c;border-radius:.25rem;padding:0 .3rem;margin-left:.4rem}"
      + ".field{margin:0 0 .75rem}.field label{display:block;font-weight:600}.hint{margin:0;color:#555;"
      + "font-size:.9rem}.required{font-weight:400;color:#555}.choices label{display:block}"
      + ".error{color:#b3261e;margin:.25rem 0}[aria-invalid=true]{border-color:#b3261e}"
      + "input[type=text]{font-size:1rem;padding:.3rem;width:100%;max-width:24rem}"
      + "button{font-size:1rem;padding:.5rem 1rem;border-radius:.4rem;margin-right:.5rem}";
  private static final String SCRIPT = resource("report-page.js");

  /**
   * Only this page's own script and style may run: a text that slipped through unescaped still
   * could not execute.
   */
  static final String POLICY = "default-src 'none'; script-src '" + sha256(SCRIPT) + "'; style-src '"
      + sha256(STYLE) + "'; connect-src 'self'; form-action 'self'; base-uri 'none'";

  private ReportPages() {}

  static Locale language(PejlUser user) {
    return "en".equals(user.locale().getLanguage()) ? Locale.ENGLISH : PageTexts.SWEDISH;
  }

  /**
   * The page.
   *
   * @param base the context path the page and the API are served under, usually empty
   * @param chosen the report asked for ({@code ?report=}), or null; not one of the list gives a notice
   * @param given values to fill in, by parameter name (from the page's own query)
   */
  static String page(String base, PejlUser user, List<ReportInfo> reports, String chosen,
      Map<String, String> given) {
    Locale language = language(user);
    boolean english = language == Locale.ENGLISH;
    ReportInfo report = chosen == null ? null
        : reports.stream().filter(r -> r.id().equals(chosen)).findFirst().orElse(null);
    StringBuilder body = new StringBuilder();
    body.append("<header><h1>").append(text(language, "reports.title")).append("</h1><p>")
        .append(Html.escape(PageTexts.text(language, "reports.user", name(user)))).append("</p></header><main>");
    if (chosen != null && report == null) {
      body.append("<p class=\"error\" role=\"alert\">")
          .append(Html.escape(PageTexts.text(language, "reports.unknown", chosen))).append("</p>");
    }
    body.append(list(base, language, english, reports, report));
    if (report != null) {
      body.append(form(base, language, english, report, given));
    }
    body.append("</main>");
    if (report != null) {
      body.append("<script>").append(SCRIPT).append("</script>");
    }
    String title = report == null ? PageTexts.text(language, "reports.title")
        : in(english, report.titleSv(), report.titleEn()) + " \u2013 " + PageTexts.text(language, "reports.title");
    return document(language, title, body.toString());
  }

  /** A page with one message, e.g. the one a browser shows behind its login dialog. */
  static String message(Locale language, String key) {
    String title = PageTexts.text(language, key + ".title");
    return document(language, title, "<main><h1>" + Html.escape(title) + "</h1><p>"
        + text(language, key + ".text") + "</p></main>");
  }

  private static String list(String base, Locale language, boolean english, List<ReportInfo> reports,
      ReportInfo chosen) {
    StringBuilder html = new StringBuilder("<nav aria-labelledby=\"reports-heading\"><h2 id=\"reports-heading\">")
        .append(text(language, "reports.choose")).append("</h2>");
    if (reports.isEmpty()) {
      return html.append("<p>").append(text(language, "reports.none")).append("</p></nav>").toString();
    }
    html.append("<p>").append(text(language, "reports.intro")).append("</p><ul class=\"reports\">");
    for (ReportInfo r : reports) {
      html.append("<li><a href=\"").append(Html.escape(base + "/pejl/reports?report=" + query(r.id()))).append('"')
          .append(r == chosen ? " aria-current=\"page\"" : "").append('>')
          .append(Html.escape(in(english, r.titleSv(), r.titleEn()))).append("</a>")
          .append(r.confidential() ? confidentialMark(language) : "");
      String description = in(english, r.descriptionSv(), r.descriptionEn());
      if (description != null && !description.isBlank()) {
        html.append("<p>").append(Html.escape(description)).append("</p>");
      }
      html.append("</li>");
    }
    return html.append("</ul></nav>").toString();
  }

  private static String form(String base, Locale language, boolean english, ReportInfo report,
      Map<String, String> given) {
    String api = base + "/pejl/api/reports/";
    StringBuilder html = new StringBuilder("<section aria-labelledby=\"report-title\"><h2 id=\"report-title\">")
        .append(Html.escape(in(english, report.titleSv(), report.titleEn())))
        .append(report.confidential() ? confidentialMark(language) : "").append("</h2>");
    String description = in(english, report.descriptionSv(), report.descriptionEn());
    if (description != null && !description.isBlank()) {
      html.append("<p>").append(Html.escape(description)).append("</p>");
    }
    if (report.confidential()) {
      html.append("<p><strong>").append(text(language, "reports.confidential.text")).append("</strong></p>");
    }
    html.append("<form id=\"report-form\" method=\"get\" accept-charset=\"UTF-8\" action=\"")
        .append(Html.escape(api + path(report.id()))).append("\" data-runs=\"")
        .append(Html.escape(api + path(report.id()) + "/runs")).append("\"><fieldset><legend>")
        .append(text(language, "reports.parameters")).append("</legend>");
    if (report.parameters().isEmpty()) {
      html.append("<p>").append(text(language, "reports.parameters.none")).append("</p>");
    }
    for (ReportParameter p : report.parameters()) {
      html.append(field(language, english, p, given.get(p.name())));
    }
    html.append("</fieldset>").append(formats(language, report.formats()))
        .append("<p class=\"error\" id=\"error-form\" role=\"alert\" hidden></p>")
        .append("<button type=\"submit\" id=\"submit\">").append(text(language, "reports.submit"))
        .append("</button></form>");
    return html.append(runBox(language, api)).append("</section>").toString();
  }

  /** Where the script shows a run: its texts in data attributes, so the script itself stays fixed. */
  private static String runBox(Locale language, String api) {
    StringBuilder html = new StringBuilder("<div id=\"run\"").append(data("runs", api + "runs/"));
    for (String key : List.of("starting", "page", "rows", "done", "failed", "cancelled", "error")) {
      html.append(data(key, PageTexts.text(language, "reports." + key)));
    }
    return html.append("><p id=\"progress\" role=\"status\" aria-live=\"polite\"></p>")
        .append("<button type=\"button\" id=\"cancel\" hidden>").append(text(language, "reports.cancel"))
        .append("</button> <a id=\"download\" hidden>").append(text(language, "reports.download"))
        .append("</a></div>").toString();
  }

  private static String field(Locale language, boolean english, ReportParameter p, String value) {
    String name = Html.escape(p.name());
    String hint = in(english, p.hintSv(), p.hintEn());
    boolean hinted = hint != null && !hint.isBlank();
    StringBuilder html = new StringBuilder("<div class=\"field\"><label for=\"p-").append(name).append("\">")
        .append(Html.escape(in(english, p.labelSv(), p.labelEn())));
    if (p.required()) {
      html.append(" <span class=\"required\">").append(text(language, "reports.required")).append("</span>");
    }
    html.append("</label><input type=\"text\" id=\"p-").append(name).append("\" name=\"").append(name)
        .append("\" value=\"").append(Html.escape(value)).append('"').append(p.required() ? " required" : "")
        .append(" aria-describedby=\"").append(hinted ? "hint-" + name + " " : "").append("error-").append(name)
        .append("\">");
    if (hinted) {
      html.append("<p class=\"hint\" id=\"hint-").append(name).append("\">").append(Html.escape(hint)).append("</p>");
    }
    return html.append("<p class=\"error\" id=\"error-").append(name).append("\" hidden></p></div>").toString();
  }

  /** Only the formats the report offers, the first chosen; the error of a wrong one goes here too. */
  private static String formats(Locale language, List<ReportFormat> formats) {
    StringBuilder html = new StringBuilder("<fieldset><legend>").append(text(language, "reports.format"))
        .append("</legend><div class=\"choices\">");
    boolean first = true;
    for (ReportFormat f : formats) {
      html.append("<label><input type=\"radio\" name=\"format\" value=\"").append(f.extension()).append('"')
          .append(first ? " id=\"p-format\" checked" : "").append("> ")
          .append(text(language, "reports.format." + f.extension())).append("</label>");
      first = false;
    }
    return html.append("</div><p class=\"error\" id=\"error-format\" hidden></p></fieldset>").toString();
  }

  private static String confidentialMark(Locale language) {
    return " <strong class=\"mark\">" + text(language, "reports.confidential") + "</strong>";
  }

  private static String document(Locale language, String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\"" + language.getLanguage() + "\"><head><meta charset=\"UTF-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<meta name=\"robots\" content=\"noindex\">"
        + "<title>" + Html.escape(title) + "</title><style>" + STYLE + "</style></head><body>"
        + body + "</body></html>\n";
  }

  /** A page text, escaped. */
  private static String text(Locale language, String key) {
    return Html.escape(PageTexts.text(language, key));
  }

  private static String data(String name, String value) {
    return " data-" + name + "=\"" + Html.escape(value) + "\"";
  }

  /** The English text when the page is English and the report has one; Swedish otherwise. */
  private static String in(boolean english, String sv, String en) {
    return english && en != null && !en.isBlank() ? en : sv;
  }

  private static String name(PejlUser user) {
    return user.displayName() == null || user.displayName().isBlank() ? user.id() : user.displayName();
  }

  private static String query(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String path(String segment) {
    return query(segment).replace("+", "%20");
  }

  private static String resource(String name) {
    try (InputStream in = ReportPages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the bundle");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A CSP source for an inline element (CSP level 2, section 4.2: the hash of its text). */
  static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256 (java.security.MessageDigest javadoc).
      throw new IllegalStateException("SHA-256 missing", e);
    }
  }
}
