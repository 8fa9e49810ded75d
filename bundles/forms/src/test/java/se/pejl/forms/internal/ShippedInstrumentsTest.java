package se.pejl.forms.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.pejl.api.forms.BbicArea;
import se.pejl.api.forms.Instrument;
import se.pejl.api.forms.Respondent;

/** Each shipped instrument scored against examples worked out by hand (the sums in the comments). */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ShippedInstrumentsTest {
  final AnswerScorer scorer = new AnswerScorer();

  Map<String, Double> scores(String instrument, Map<String, Object> answers) {
    return scorer.score(Definitions.shipped(instrument), answers).scores();
  }

  @Test
  void all_seven_shipped_instruments_load_without_a_rejection() {
    assertThat(Definitions.shipped().all()).extracting(Instrument::id).containsExactly(
        "caseworker-assessment", "child-wellbeing", "hvb-user-survey", "intervention-documentation",
        "parent-survey", "staff-parent-support", "support-group-survey");
  }

  @Test
  void child_wellbeing_keeps_its_items_and_its_0_to_20_scale() {
    Instrument i = Definitions.shipped("child-wellbeing");
    assertThat(i.version()).isEqualTo(1);
    assertThat(i.titleSv()).isEqualTo("Mitt mående");
    assertThat(i.items()).extracting(it -> it.id()).containsExactly("q1", "q2", "q3", "q4", "q5");
    assertThat(i.items()).extracting(it -> it.reversed()).containsExactly(false, false, true, false, true);
    assertThat(i.items()).allMatch(it -> it.min() == 0 && it.max() == 4 && it.required());
    var total = i.scale("total").orElseThrow();
    assertThat(total.min()).isEqualTo(0);
    assertThat(total.max()).isEqualTo(20);
    assertThat(total.higherIsBetter()).isTrue();
    // q3 and q5 reversed: 4 - 3 = 1 and 4 - 0 = 4; 2 + 1 + 1 + 3 + 4 = 11
    assertThat(scores("child-wellbeing", Map.of("q1", 2, "q2", 1, "q3", 3, "q4", 3, "q5", 0)))
        .containsEntry("total", 11.0);
  }

  @Test
  void child_wellbeing_still_names_a_value_outside_the_scale_and_a_missing_item() {
    Instrument i = Definitions.shipped("child-wellbeing");
    assertThatThrownBy(() -> scorer.score(i, Map.of("q1", 5, "q2", 1, "q3", 3, "q4", 3, "q5", 0)))
        .hasFieldOrPropertyWithValue("field", "answers.q1")
        .hasMessage("Item \"q1\" must be between 0 and 4; 5 is outside.");
    assertThatThrownBy(() -> scorer.score(i, Map.of("q1", 1, "q2", 1, "q3", 3, "q4", 3)))
        .hasFieldOrPropertyWithValue("field", "answers.q5").hasMessageContaining("required");
  }

  @Test
  void intervention_documentation_gives_the_gas_t_score_over_the_goals_written() {
    Map<String, Object> answers = new HashMap<>(Map.of("purpose", "Att barnet ska må bättre",
        "content", "Tio gruppträffar", "goal-1", "Sover bättre", "goal-2", "Går till skolan",
        "attainment-1", 1, "attainment-2", 2));
    // two goals written, rated +1 and +2: 50 + 10 * 3 / sqrt(0.7 * 2 + 0.3 * 4) = 50 + 30 / sqrt(2.6) = 68.6052
    assertThat(scores("intervention-documentation", answers).get("goal-attainment")).isCloseTo(68.6052, within(1e-4));
    // a third goal written but not yet rated: no T-score until every goal is rated
    answers.put("goal-3", "Har en vän");
    assertThat(scores("intervention-documentation", answers)).doesNotContainKey("goal-attainment");
    // rated -1: 50 + 10 * 2 / sqrt(0.7 * 3 + 0.3 * 9) = 50 + 20 / sqrt(4.8) = 59.1287
    answers.put("attainment-3", -1);
    assertThat(scores("intervention-documentation", answers).get("goal-attainment")).isCloseTo(59.1287, within(1e-4));
    // a rating for a goal never written is refused
    answers.put("attainment-5", 0);
    assertThatThrownBy(() -> scorer.score(Definitions.shipped("intervention-documentation"), answers))
        .hasFieldOrPropertyWithValue("field", "answers.attainment-5");
  }

  @Test
  void support_group_survey_scores_each_area_with_its_polarity_and_missing_rule() {
    Map<String, Object> answers = new HashMap<>(Map.of("ladder", 7, "know-name", 4, "know-why", 3,
        "know-confused", 1, "talk-adult", true, "talk-who", List.of(1, 4), "talk-friend", 2,
        "guilt", 1, "worry", 4, "group-attended", false));
    answers.put("worry-school", 3);
    Map<String, Double> s = scores("support-group-survey", answers);
    assertThat(s).containsEntry("wellbeing-ladder", 7.0);
    // know-confused reversed: 4 - 1 = 3; 4 + 3 + 3 = 10
    assertThat(s).containsEntry("knowledge", 10.0);
    // yes (1) + 2 = 3
    assertThat(s).containsEntry("someone-to-talk-to", 3.0);
    // 1 + 4 + 3 = 8: at the cut-off, and higher is worse
    assertThat(s).containsEntry("guilt-worry", 8.0);
    assertThat(Definitions.shipped("support-group-survey").scale("guilt-worry").orElseThrow().ofConcern(8)).isTrue();
    // not in a group: the group questions are skipped, and their scale is missing
    assertThat(s).doesNotContainKey("group-rating");

    // two of three knowledge items (66 %) still give a prorated score: (4 + 3) / 2 * 3 = 10.5
    answers.remove("know-confused");
    answers.put("group-attended", 1);
    answers.put("group-rating", 4);
    s = scores("support-group-survey", answers);
    assertThat(s).containsEntry("knowledge", 10.5).containsEntry("group-rating", 4.0);
    // one of three (33 %) does not
    answers.remove("know-why");
    assertThat(scores("support-group-survey", answers)).doesNotContainKey("knowledge");
  }

  @Test
  void support_group_survey_speaks_to_a_child_in_simpler_words() {
    var ladder = Definitions.shipped("support-group-survey").item("ladder").orElseThrow();
    assertThat(ladder.text(Respondent.CHILD).sv()).startsWith("Titta på stegen");
    assertThat(ladder.text(Respondent.YOUTH).sv()).startsWith("Tänk dig en stege");
    assertThat(ladder.choices()).hasSize(11);
  }

  @Test
  void parent_survey_means_count_the_distrust_item_reversed() {
    Map<String, Double> s = scores("parent-survey", Map.of("contact-frequency", 3,
        "contact-satisfied", 4, "contact-home", 5, "support-own", 2,
        "understand-why", 5, "collab-listened", 4, "collab-informed", 3, "collab-distrusted", 2));
    assertThat(s).containsEntry("contact", 4.5);   // (4 + 5) / 2
    assertThat(s).containsEntry("support", 2.0);   // 2 alone: 1 of 2 items is enough
    assertThat(s).containsEntry("understanding", 5.0);
    // distrusted 2 reversed on 1-5: 1 + 5 - 2 = 4; (4 + 3 + 4) / 3 = 3.6667
    assertThat(s.get("collaboration")).isCloseTo(11.0 / 3, within(1e-9));
  }

  @Test
  void hvb_user_survey_has_one_section_and_scale_per_bbic_area() {
    Instrument hvb = Definitions.shipped("hvb-user-survey");
    for (BbicArea area : BbicArea.values()) {
      assertThat(hvb.sections()).anySatisfy(s -> assertThat(s.bbicArea()).isEqualTo(area.key()));
      assertThat(hvb.scale(area.key())).hasValueSatisfying(s -> assertThat(s.bbicArea()).isEqualTo(area.key()));
    }
    Map<String, Object> answers = new HashMap<>(Map.of("home-safe", 3, "health-1", 2, "health-2", 3,
        "education-1", 1, "self-care-2", 0));
    Map<String, Double> s = scores("hvb-user-survey", answers);
    assertThat(s).containsEntry("health", 5.0);       // 2 + 3
    assertThat(s).containsEntry("education", 2.0);    // 1 of 2 answered: 1 / 1 * 2
    assertThat(s).containsEntry("self-care", 0.0);
    assertThat(s).containsEntry("home", 3.0);
    assertThat(s).doesNotContainKey("identity");      // nothing answered
  }

  @Test
  void staff_survey_asks_how_the_routine_is_followed_only_where_there_is_one() {
    Map<String, Object> answers = new HashMap<>(Map.of("role", 2, "children", 14, "offered", List.of(1, 3),
        "routine", false, "time", 2, "knows-offer", 4, "parents-told", 3, "unclear", 5));
    // unclear 5 reversed: 1; (2 + 4 + 3 + 1) / 4 = 2.5
    assertThat(scores("staff-parent-support", answers)).containsEntry("conditions", 2.5);
    answers.put("routine-followed", 3);
    assertThatThrownBy(() -> scorer.score(Definitions.shipped("staff-parent-support"), answers))
        .hasFieldOrPropertyWithValue("field", "answers.routine-followed");
  }

  @Test
  void caseworker_assessment_scores_each_bbic_area_and_their_mean() {
    Map<String, Object> answers = Map.of("health", 3, "education", 1, "emotional-behavioural", 2,
        "identity", 4, "family-social-relations", 0, "social-presentation", 2, "self-care", 3);
    Map<String, Double> s = scores("caseworker-assessment", answers);
    assertThat(s).containsEntry("education", 1.0).containsEntry("family-social-relations", 0.0);
    // (3 + 1 + 2 + 4 + 0 + 2 + 3) / 7 = 15 / 7
    assertThat(s.get("overall")).isCloseTo(15.0 / 7, within(1e-9));
    var health = Definitions.shipped("caseworker-assessment").item("health").orElseThrow();
    assertThat(health.choice(0).orElseThrow().label().sv()).contains("Stora behov");
  }
}
