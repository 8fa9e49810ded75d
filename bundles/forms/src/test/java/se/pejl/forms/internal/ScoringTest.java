package se.pejl.forms.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static se.pejl.forms.internal.Definitions.definition;
import static se.pejl.forms.internal.Definitions.parse;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.pejl.api.FieldError;
import se.pejl.api.InvalidInputException;
import se.pejl.api.PejlUser;
import se.pejl.api.forms.Instrument;

/** Scoring rules on small definitions; every expected score is worked out by hand in a comment. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ScoringTest {
  final AnswerScorer scorer = new AnswerScorer();

  static final String FIVE_LIKERT = """
      [{'id': 'a', 'type': 'single-choice', 'choices': 'likert', 'text': {'sv': 'A', 'en': 'A'}},
       {'id': 'b', 'type': 'single-choice', 'choices': 'likert', 'text': {'sv': 'B', 'en': 'B'}},
       {'id': 'c', 'type': 'single-choice', 'choices': 'likert', 'text': {'sv': 'C', 'en': 'C'}, 'reversed': true},
       {'id': 'd', 'type': 'single-choice', 'choices': 'likert', 'text': {'sv': 'D', 'en': 'D'}},
       {'id': 'e', 'type': 'single-choice', 'choices': 'likert', 'text': {'sv': 'E', 'en': 'E'}}]""";

  Instrument fiveItems(String method, double minAnswered) {
    return parse(definition(FIVE_LIKERT, """
        [{'id': 's', 'name': {'sv': 'S', 'en': 'S'}, 'method': '%s', 'items': ['a','b','c','d','e'],
          'minAnswered': %s, 'higherIsBetter': true}]""".formatted(method, minAnswered)));
  }

  @Test
  void a_sum_counts_reverse_items_the_other_way() {
    // a 2, b 1, c 3 reversed to 0, d 3, e 0: 2 + 1 + 0 + 3 + 0 = 6
    var scored = scorer.score(fiveItems("sum", 1), Map.of("a", 2, "b", 1, "c", 3, "d", 3, "e", 0));
    assertThat(scored.scores()).containsEntry("s", 6.0);
    assertThat(scored.itemValues()).containsEntry("c", 3.0); // stored as answered, not reversed
  }

  @Test
  void a_sum_with_enough_items_answered_is_prorated() {
    // 4 of 5 answered (80 %): a 2, b 1, c 3 -> 0, d 3; mean 6 / 4 = 1.5; prorated 1.5 * 5 = 7.5
    var scored = scorer.score(fiveItems("sum", 0.8), Map.of("a", 2, "b", 1, "c", 3, "d", 3));
    assertThat(scored.scores()).containsEntry("s", 7.5);
  }

  @Test
  void a_sum_with_too_few_items_answered_is_missing_not_zero() {
    // 3 of 5 answered is 60 %, below 80 %
    var scored = scorer.score(fiveItems("sum", 0.8), Map.of("a", 2, "b", 1, "c", 3));
    assertThat(scored.scores()).doesNotContainKey("s");
    assertThat(scored.itemValues()).hasSize(3);
  }

  @Test
  void a_mean_averages_the_answered_items() {
    // a 3, b 2, c 0 -> 3, d 1: (3 + 2 + 3 + 1) / 4 = 2.25
    var scored = scorer.score(fiveItems("mean", 0.8), Map.of("a", 3, "b", 2, "c", 0, "d", 1));
    assertThat(scored.scores()).containsEntry("s", 2.25);
  }

  @Test
  void the_gas_t_score_follows_kiresuk_and_sherman_with_rho_0_3() {
    Instrument gas = parse(definition("""
        [{'id': 'g1', 'type': 'goal-attainment', 'text': {'sv': 'M1', 'en': 'G1'}},
         {'id': 'g2', 'type': 'goal-attainment', 'text': {'sv': 'M2', 'en': 'G2'}},
         {'id': 'g3', 'type': 'goal-attainment', 'text': {'sv': 'M3', 'en': 'G3'}}]""", """
        [{'id': 't', 'name': {'sv': 'T', 'en': 'T'}, 'method': 'gas-t-score', 'items': ['g1','g2','g3'],
          'minAnswered': 0.3, 'higherIsBetter': true}]"""));
    // n = 3, sum = 1 + 0 + 2 = 3: 50 + 30 / sqrt(0.7 * 3 + 0.3 * 9) = 50 + 30 / sqrt(4.8) = 63.6931
    assertThat(scorer.score(gas, Map.of("g1", 1, "g2", 0, "g3", 2)).scores().get("t"))
        .isCloseTo(63.6931, within(1e-4));
    // n = 2, sum = -1 - 2 = -3: 50 - 30 / sqrt(0.7 * 2 + 0.3 * 4) = 50 - 30 / sqrt(2.6) = 31.3948
    assertThat(scorer.score(gas, Map.of("g1", -1, "g2", -2)).scores().get("t"))
        .isCloseTo(31.3948, within(1e-4));
    // every goal as expected is 50, however many
    assertThat(scorer.score(gas, Map.of("g1", 0)).scores()).containsEntry("t", 50.0);
    // the scale's ends: all three at +2 or -2, 50 +- 60 / sqrt(4.8) = 50 +- 27.3861
    assertThat(gas.scale("t").orElseThrow().max()).isCloseTo(77.3861, within(1e-4));
    assertThat(gas.scale("t").orElseThrow().min()).isCloseTo(22.6139, within(1e-4));
  }

  @Test
  void an_item_hidden_by_skip_logic_is_not_missing_and_an_answer_to_it_is_refused() {
    Instrument skip = parse(definition("""
        [{'id': 'worry', 'type': 'yes-no', 'required': true, 'text': {'sv': 'Oroar du dig?', 'en': 'Do you worry?'}},
         {'id': 'how', 'type': 'single-choice', 'choices': 'likert', 'required': true, 'reversed': true,
          'showWhen': {'item': 'worry', 'values': [1]}, 'text': {'sv': 'Hur ofta?', 'en': 'How often?'}},
         {'id': 'sleep', 'type': 'single-choice', 'choices': 'likert', 'text': {'sv': 'Sover du?', 'en': 'Sleep?'}}]""",
        """
        [{'id': 's', 'name': {'sv': 'S', 'en': 'S'}, 'method': 'sum', 'items': ['how', 'sleep'],
          'minAnswered': 1, 'higherIsBetter': true}]"""));
    // worry no: "how" is skipped, so the sum is prorated over "sleep" alone: 2 / 1 * 2 = 4
    assertThat(scorer.score(skip, Map.of("worry", false, "sleep", 2)).scores()).containsEntry("s", 4.0);
    // worry yes: "how" is asked and required; 3 reversed is 0, + 2 = 2
    assertThat(scorer.score(skip, Map.of("worry", true, "how", 3, "sleep", 2)).scores()).containsEntry("s", 2.0);
    assertThatThrownBy(() -> scorer.score(skip, Map.of("worry", 1, "sleep", 2)))
        .hasFieldOrPropertyWithValue("field", "answers.how").hasMessageContaining("required");
    assertThatThrownBy(() -> scorer.score(skip, Map.of("worry", 0, "how", 1, "sleep", 2)))
        .hasFieldOrPropertyWithValue("field", "answers.how").hasMessageContaining("not asked");
  }

  @Test
  void every_wrong_field_is_named_in_the_order_of_the_form() {
    Instrument all = parse(definition("""
        [{'id': 'choice', 'type': 'single-choice', 'choices': [
           {'value': 1, 'label': {'sv': 'Lite', 'en': 'Little'}}, {'value': 3, 'label': {'sv': 'Mycket', 'en': 'Much'}}],
          'text': {'sv': 'V', 'en': 'C'}},
         {'id': 'count', 'type': 'number', 'min': 0, 'max': 40, 'text': {'sv': 'Timmar', 'en': 'Hours'}},
         {'id': 'must', 'type': 'text', 'required': true, 'text': {'sv': 'Varför?', 'en': 'Why?'}},
         {'id': 'when', 'type': 'date', 'text': {'sv': 'När?', 'en': 'When?'}},
         {'id': 'which', 'type': 'multiple-choice', 'choices': 'likert', 'text': {'sv': 'Vilka?', 'en': 'Which?'}}]""",
        "[]"));
    Map<String, Object> answers = new HashMap<>();
    answers.put("choice", 2);
    answers.put("count", new BigDecimal("40.5"));
    answers.put("when", "31/12/2024");
    answers.put("which", List.of(1, 1));
    answers.put("nosuch", 1);

    assertThatThrownBy(() -> scorer.score(all, answers)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
      assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly(
          "answers.choice", "answers.count", "answers.must", "answers.when", "answers.which", "answers.nosuch");
      assertThat(e.field()).isEqualTo("answers.choice");
      assertThat(e.fieldErrors().get(0).message(Locale.ENGLISH))
          .isEqualTo("Item \"choice\" has the scale points 1, 3; 2 is not one of them.");
      assertThat(e.fieldErrors().get(1).message(Locale.ENGLISH)).contains("between 0 and 40; 40.5");
      assertThat(e.message(Locale.ENGLISH)).startsWith("6 fields are wrong; the first: Item \"choice\"");
      assertThat(e.message(PejlUser.SWEDISH)).startsWith("6 fält är fel; det första: Fråga \"choice\"");
    });
  }

  @Test
  void every_kind_of_answer_is_kept_in_its_normal_form() {
    Instrument all = parse(definition("""
        [{'id': 'count', 'type': 'number', 'min': 0, 'max': 40, 'text': {'sv': 'Timmar', 'en': 'Hours'}},
         {'id': 'free', 'type': 'text', 'text': {'sv': 'Varför?', 'en': 'Why?'}},
         {'id': 'when', 'type': 'date', 'text': {'sv': 'När?', 'en': 'When?'}},
         {'id': 'ok', 'type': 'yes-no', 'text': {'sv': 'OK?', 'en': 'OK?'}},
         {'id': 'which', 'type': 'multiple-choice', 'choices': 'likert', 'text': {'sv': 'Vilka?', 'en': 'Which?'}}]""",
        "[]"));
    var scored = scorer.score(all, Map.of("count", 12.5, "free", "  Bra grupp ", "when", "2025-03-01",
        "ok", true, "which", List.of(3, 0)));
    assertThat(scored.answers()).containsEntry("count", 12.5).containsEntry("free", "Bra grupp")
        .containsEntry("when", "2025-03-01").containsEntry("ok", 1).containsEntry("which", List.of(0, 3));
    // free text, dates and lists stay out of the numbers used in statistics
    assertThat(scored.itemValues()).containsOnlyKeys("count", "ok");
  }

  @Test
  void the_wording_for_a_respondent_replaces_the_common_text() {
    Instrument worded = parse(definition("""
        [{'id': 'a', 'type': 'yes-no', 'text': {'sv': 'Får barnet stöd?', 'en': 'Does the child get support?'},
          'wording': {'child': {'sv': 'Får du hjälp?', 'en': 'Do you get help?'}}}]""", "[]"));
    var item = worded.item("a").orElseThrow();
    assertThat(item.text(se.pejl.api.forms.Respondent.CHILD).sv()).isEqualTo("Får du hjälp?");
    assertThat(item.text(se.pejl.api.forms.Respondent.PARENT).sv()).isEqualTo("Får barnet stöd?");
  }
}
