package se.pejl.web.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import se.pejl.api.forms.Choice;
import se.pejl.api.forms.Condition;
import se.pejl.api.forms.Instrument;
import se.pejl.api.forms.Item;
import se.pejl.api.forms.ItemType;
import se.pejl.api.forms.Respondent;

/**
 * The instrument's items as a plain HTML form, and the posted form back as answers. The only class
 * of the survey pages that reads item fields, so that a change of the instrument model is made
 * here alone.
 */
final class SurveyForm {
  private SurveyForm() {}

  /** The respondent the wording is for: the first non-staff respondent the instrument names. */
  static Respondent respondent(Instrument instrument) {
    return instrument.respondents().stream().filter(r -> r != Respondent.CASEWORKER).findFirst().orElse(null);
  }

  /** The question as the respondent reads it, for the list of items that need another look. */
  static String question(Instrument instrument, String itemId, Locale language) {
    return instrument.item(itemId).map(i -> i.text(respondent(instrument)).in(language)).orElse(itemId);
  }

  /** 1-based position of the item, as the page numbers them. */
  static int number(Instrument instrument, String itemId) {
    return instrument.items().stream().map(Item::id).toList().indexOf(itemId) + 1;
  }

  /**
   * The form's fields.
   *
   * @param given what the respondent posted, shown again after a wrong answer
   * @param errors item id to a kind message, shown beside the item
   * @param texts the page texts in the link's language
   */
  static String fields(Instrument instrument, Locale language, Map<String, String[]> given,
      Map<String, String> errors, Function<String, String> texts) {
    StringBuilder html = new StringBuilder();
    Respondent respondent = respondent(instrument);
    int n = 0;
    String section = null;
    for (Item item : instrument.items()) {
      n++;
      if (item.section() != null && !item.section().equals(section)) {
        section = item.section();
        instrument.sections().stream().filter(x -> x.id().equals(item.section())).findFirst()
            .ifPresent(x -> html.append("<h2>").append(Html.escape(x.title().in(language))).append("</h2>\n"));
      }
      String id = Html.escape(item.id());
      String error = errors.get(item.id());
      html.append("<fieldset id=\"item-").append(id).append('"').append(error == null ? "" : " class=\"wrong\"")
          .append("><legend>").append(n).append(". ").append(Html.escape(item.text(respondent).in(language)))
          .append(item.required() ? "" : " <span class=\"optional\">" + Html.escape(texts.apply("survey.optional")) + "</span>")
          .append("</legend>");
      if (error != null) {
        html.append("<p class=\"error\">").append(Html.escape(error)).append("</p>");
      }
      html.append(input(item, language, given.getOrDefault(item.id(), new String[0]), texts));
      html.append("</fieldset>\n");
    }
    return html.toString();
  }

  private static String input(Item item, Locale language, String[] given, Function<String, String> texts) {
    String name = Html.escape(item.id());
    String first = given.length == 0 ? "" : given[0];
    return switch (item.type()) {
      case SINGLE_CHOICE, GOAL_ATTAINMENT -> choices(name, "radio", item.choices(), language, List.of(given));
      case MULTIPLE_CHOICE -> choices(name, "checkbox", item.choices(), language, List.of(given));
      case YES_NO -> choices(name, "radio", List.of(
          new Choice(1, new se.pejl.api.forms.Text(texts.apply("survey.yes"), texts.apply("survey.yes"))),
          new Choice(0, new se.pejl.api.forms.Text(texts.apply("survey.no"), texts.apply("survey.no")))),
          language, List.of(given));
      case NUMBER -> "<input type=\"number\" name=\"" + name + "\" min=\"" + item.min() + "\" max=\"" + item.max()
          + "\" value=\"" + Html.escape(first) + "\">";
      case DATE -> "<input type=\"date\" name=\"" + name + "\" value=\"" + Html.escape(first) + "\">";
      case TEXT -> "<textarea name=\"" + name + "\" rows=\"3\">" + Html.escape(first) + "</textarea>";
    };
  }

  private static String choices(String name, String type, List<Choice> choices, Locale language, List<String> given) {
    StringBuilder html = new StringBuilder("<div class=\"choices\">");
    for (Choice c : choices) {
      String value = String.valueOf(c.value());
      html.append("<label><input type=\"").append(type).append("\" name=\"").append(name).append("\" value=\"")
          .append(value).append('"').append(given.contains(value) ? " checked" : "").append("> ")
          .append(Html.escape(c.label().in(language))).append("</label>");
    }
    return html.append("</div>").toString();
  }

  /**
   * The posted form as answers: numbers where the item takes numbers, lists for multiple choice,
   * text as it is. A value that is not a number is passed on as text, so that the validation
   * names the item instead of this class guessing; an empty field is not answered.
   */
  static Map<String, Object> answers(Instrument instrument, Map<String, String[]> form) {
    Map<String, Object> answers = new LinkedHashMap<>();
    for (Item item : instrument.items()) {
      List<String> values = new ArrayList<>();
      for (String v : form.getOrDefault(item.id(), new String[0])) {
        if (v != null && !v.isBlank()) {
          values.add(v.trim());
        }
      }
      if (values.isEmpty()) {
        continue;
      }
      if (item.showWhen() != null && !shown(item.showWhen(), answers)) {
        continue; // a page without JavaScript shows every item; one the skip logic hides is dropped
      }
      if (item.type() == ItemType.MULTIPLE_CHOICE) {
        answers.put(item.id(), values.stream().map(SurveyForm::number).toList());
      } else if (item.type() == ItemType.DATE || item.type() == ItemType.TEXT) {
        answers.put(item.id(), values.get(0));
      } else {
        answers.put(item.id(), number(values.get(0)));
      }
    }
    return answers;
  }

  /** Whether an earlier answer shows the item; the condition names an earlier item. */
  private static boolean shown(Condition when, Map<String, Object> earlier) {
    Object answer = earlier.get(when.item());
    if (answer == null) {
      return false;
    }
    if (when.values().isEmpty()) {
      return true;
    }
    List<?> chosen = answer instanceof List<?> list ? list : List.of(answer);
    return chosen.stream().anyMatch(v -> v instanceof Integer i && when.values().contains(i));
  }

  private static Object number(String value) {
    try {
      return Integer.valueOf(value);
    } catch (NumberFormatException e) {
      return decimal(value);
    }
  }

  private static Object decimal(String value) {
    try {
      return Double.valueOf(value.replace(',', '.')); // Swedish decimal comma
    } catch (NumberFormatException e) {
      return value;
    }
  }
}
