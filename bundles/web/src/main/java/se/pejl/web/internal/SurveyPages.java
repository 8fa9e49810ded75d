package se.pejl.web.internal;

import java.util.Locale;
import java.util.Map;
import se.pejl.api.forms.Instrument;
import se.pejl.api.survey.SurveyLinkStatus;

/**
 * The respondent's pages: the form, the thank-you page and the kind pages for a link that no
 * longer works. Plain HTML that works on a phone without JavaScript; texts from
 * {@code OSGI-INF/l10n/bundle*.properties}, Swedish first and English second.
 */
final class SurveyPages {
  static final Locale SWEDISH = PageTexts.SWEDISH;
  private static final String STYLE = "body{font-family:system-ui,sans-serif;max-width:40rem;margin:0 auto;"
      + "padding:1rem;line-height:1.5;font-size:1.1rem;color:#222}fieldset{border:1px solid #ccc;"
      + "border-radius:.5rem;margin:0 0 1rem;padding:.75rem}legend{font-weight:600;padding:0 .25rem}"
      + ".choices label{display:block;padding:.4rem 0}input,textarea{font-size:1.1rem}textarea{width:100%}"
      + ".wrong{border-color:#b3261e}.error,.summary{color:#b3261e}.optional{font-weight:400;color:#666}"
      + "button{font-size:1.2rem;padding:.6rem 1.2rem;border-radius:.5rem}";

  private SurveyPages() {}

  static Locale language(String tag) {
    return "en".equals(tag) ? Locale.ENGLISH : SWEDISH;
  }

  static String text(Locale language, String key, Object... args) {
    return PageTexts.text(language, key, args);
  }

  /**
   * The form; after a wrong answer with the respondent's answers and what to look at again.
   *
   * @param errors item id to the kind message shown beside it; empty on the first visit
   */
  static String form(Instrument instrument, Locale language, boolean anonymous, Map<String, String[]> given,
      Map<String, String> errors) {
    StringBuilder body = new StringBuilder();
    body.append("<h1>").append(Html.escape(instrument.title().in(language))).append("</h1>");
    if (instrument.description() != null) {
      body.append("<p>").append(Html.escape(instrument.description().in(language))).append("</p>");
    }
    body.append("<p>").append(Html.escape(text(language, "survey.intro"))).append("</p>");
    body.append("<p>").append(Html.escape(text(language, anonymous ? "survey.anonymous" : "survey.personal")))
        .append("</p>");
    if (!errors.isEmpty()) {
      body.append("<div class=\"summary\" role=\"alert\"><h2>").append(Html.escape(text(language, "survey.errors.title")))
          .append("</h2><ul>");
      errors.forEach((item, kind) -> body.append(SurveyForm.number(instrument, item) == 0
          ? "<li>" + Html.escape(kind) + "</li>" // not about one item, e.g. the answer date
          : "<li><a href=\"#item-" + Html.escape(item) + "\">" + Html.escape(text(language, "survey.errors.item",
              SurveyForm.number(instrument, item), SurveyForm.question(instrument, item, language))) + "</a></li>"));
      body.append("</ul></div>");
    }
    body.append("<form method=\"post\" accept-charset=\"UTF-8\">");
    body.append(SurveyForm.fields(instrument, language, given, errors, k -> text(language, k)));
    body.append("<button type=\"submit\">").append(Html.escape(text(language, "survey.submit"))).append("</button>");
    body.append("</form>");
    return page(language, instrument.title().in(language), body.toString());
  }

  static String thanks(Locale language) {
    return message(language, "survey.thanks");
  }

  static String closed(Locale language, SurveyLinkStatus status) {
    return message(language, "survey." + status.name().toLowerCase(Locale.ROOT));
  }

  static String notFound(Locale language) {
    return message(language, "survey.notFound");
  }

  static String unavailable(Locale language) {
    return message(language, "survey.unavailable");
  }

  private static String message(Locale language, String key) {
    String title = text(language, key + ".title");
    return page(language, title, "<h1>" + Html.escape(title) + "</h1><p>"
        + Html.escape(text(language, key + ".text")) + "</p>");
  }

  private static String page(Locale language, String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\"" + language.getLanguage() + "\"><head><meta charset=\"UTF-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<meta name=\"robots\" content=\"noindex\">"
        + "<title>" + Html.escape(title) + "</title><style>" + STYLE + "</style></head><body>"
        + body + "</body></html>\n";
  }
}
