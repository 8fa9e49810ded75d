package se.pejl.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.pejl.api.forms.Instrument;
import se.pejl.api.forms.Item;
import se.pejl.api.survey.SurveyLinkStatus;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SurveyPagesTest {
  final Instrument wellbeing = new Instrument("child-wellbeing", 1, "Mitt mående", "How I feel",
      List.of(new Item("q1", 0, 4, "Jag mår <bra>.", "I feel good.", false),
          new Item("q2", 0, 4, "Jag oroar mig.", "I worry.", true)), List.of());

  @Test
  void swedish_and_english_page_texts_have_the_same_keys_and_only_ascii() throws IOException {
    assertThat(load("bundle_sv.properties").keySet()).containsExactlyInAnyOrderElementsOf(load("bundle.properties").keySet());
    for (String file : List.of("bundle.properties", "bundle_sv.properties")) {
      try (InputStream in = getClass().getResourceAsStream("/OSGI-INF/l10n/" + file)) {
        assertThat(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).chars().allMatch(c -> c < 128)).as(file).isTrue();
      }
    }
  }

  @Test
  void the_form_shows_each_item_with_its_scale_points_and_escapes_the_texts() {
    String html = SurveyPages.form(wellbeing, SurveyPages.SWEDISH, true, Map.of(), Map.of());

    assertThat(html).contains("<html lang=\"sv\"", "Mitt mående", "1. Jag mår &lt;bra&gt;.", "2. Jag oroar mig.",
        "name=\"q1\" value=\"4\"", "Du svarar anonymt", "Skicka mina svar", "width=device-width")
        .doesNotContain("<script", "<bra>");
    assertThat(SurveyPages.form(wellbeing, Locale.ENGLISH, false, Map.of(), Map.of()))
        .contains("How I feel", "I feel good.", "Send my answers");
  }

  @Test
  void a_wrong_answer_shows_the_page_again_naming_each_item_kindly_and_keeping_the_answers() {
    String html = SurveyPages.form(wellbeing, SurveyPages.SWEDISH, false, Map.of("q1", new String[] {"3"}),
        Map.of("q2", "Den här frågan behöver ett svar som passar."));

    assertThat(html).contains("Några svar behöver en titt till", "Fråga 2: Jag oroar mig.", "href=\"#item-q2\"",
        "value=\"3\" checked", "class=\"wrong\"");
  }

  @Test
  void the_posted_form_becomes_numbers_and_a_blank_field_is_not_answered() {
    var answers = SurveyForm.answers(wellbeing, Map.of("q1", new String[] {" 3 "}, "q2", new String[] {""},
        "q9", new String[] {"1"}));
    assertThat(answers).isEqualTo(Map.of("q1", 3));
    assertThat(SurveyForm.answers(wellbeing, Map.of("q1", new String[] {"mycket"}))).isEqualTo(Map.of("q1", "mycket"));
  }

  @Test
  void an_answer_to_an_item_the_skip_logic_hides_is_dropped_and_sections_get_headings() {
    var text = new se.pejl.api.forms.Text("Vad?", "What?");
    var instrument = new Instrument("x", 1, text, null, List.of(),
        List.of(new se.pejl.api.forms.Section("health", new se.pejl.api.forms.Text("Hälsa", "Health"), "health")),
        List.of(new Item("worry", se.pejl.api.forms.ItemType.YES_NO, "health", text, Map.of(), List.of(), 0, 1, false, true, null),
            new Item("why", se.pejl.api.forms.ItemType.TEXT, "health", text, Map.of(), List.of(), 0, 0, false, false,
                new se.pejl.api.forms.Condition("worry", List.of(1)))), List.of());

    assertThat(SurveyForm.answers(instrument, Map.of("worry", new String[] {"0"}, "why", new String[] {"Skolan"})))
        .isEqualTo(Map.of("worry", 0));
    assertThat(SurveyForm.answers(instrument, Map.of("worry", new String[] {"1"}, "why", new String[] {"Skolan"})))
        .isEqualTo(Map.of("worry", 1, "why", "Skolan"));
    assertThat(SurveyPages.form(instrument, SurveyPages.SWEDISH, true, Map.of(), Map.of()))
        .containsOnlyOnce("<h2>Hälsa</h2>").contains("value=\"1\"> Ja", "<textarea name=\"why\"");
  }

  @Test
  void a_closed_link_gets_a_kind_page_in_its_language() {
    assertThat(SurveyPages.closed(SurveyPages.SWEDISH, SurveyLinkStatus.USED)).contains("redan besvarad");
    assertThat(SurveyPages.closed(Locale.ENGLISH, SurveyLinkStatus.EXPIRED)).contains("stopped working");
    assertThat(SurveyPages.closed(SurveyPages.SWEDISH, SurveyLinkStatus.WITHDRAWN)).contains("inte l\u00e4ngre");
    assertThat(SurveyPages.notFound(Locale.ENGLISH)).contains("cannot find");
  }

  private static Properties load(String file) throws IOException {
    Properties p = new Properties();
    try (InputStream in = SurveyPagesTest.class.getResourceAsStream("/OSGI-INF/l10n/" + file)) {
      p.load(in);
    }
    return p;
  }
}
