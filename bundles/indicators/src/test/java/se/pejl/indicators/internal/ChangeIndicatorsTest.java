package se.pejl.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static se.pejl.indicators.internal.Engines.NO_BREAKDOWN;
import static se.pejl.indicators.internal.Engines.figure;
import static se.pejl.indicators.internal.Instruments.SELF_IMAGE;
import static se.pejl.indicators.internal.Instruments.SUPPORT_GROUP_SURVEY;
import static se.pejl.indicators.internal.Instruments.WELLBEING;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.pejl.api.indicators.IndicatorQuery;
import se.pejl.api.indicators.IndicatorResult;
import se.pejl.indicators.internal.Engines.Figure;

/**
 * Change between two occasions, one per child. The worked Jacobson–Truax example: a norm SD of 5
 * and a reliability of 0.8 give S_diff = √2 · 5 · √(1 − 0.8) = 3.162, so a change is reliable
 * when |change| / 3.162 &gt; 1.96, that is from 6.2 points on: 7 is (RCI 2.21), 6 is not (1.90).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ChangeIndicatorsTest {
  final Region region = new Region();
  Instruments instruments = new Instruments();

  @Test
  void mean_change_is_the_mean_of_end_minus_start_over_children_with_both() {
    wellbeing(10, 14); // +4
    wellbeing(12, 12); //  0
    wellbeing(15, 9); //  −6
    wellbeing(8, 11); //  +3
    region.episode("2025-02-01").answers(WELLBEING, "start", "2025-02-03").score("total", 3); // no end: left out

    IndicatorResult r = evaluate("wellbeing-mean-change");

    assertThat(figure(r)).isEqualTo(Figure.of(1 / 4.0, 4)); // (4 + 0 − 6 + 3) / 4 = 0.25
  }

  @Test
  void the_later_answer_counts_when_a_child_answered_twice_at_an_occasion() {
    Region.Episode e = region.episode("2025-02-01");
    e.answers(WELLBEING, "start", "2025-02-03").score("total", 10);
    e.answers(WELLBEING, "end", "2025-05-20").score("total", 12);
    e.answers(WELLBEING, "end", "2025-05-27").score("total", 16); // the later one: +6
    wellbeing(10, 16);
    wellbeing(10, 16);

    assertThat(figure(evaluate("wellbeing-mean-change"))).isEqualTo(Figure.of(6, 3));
  }

  @Test
  void a_change_of_seven_points_is_reliable_with_sd_5_and_r_08() {
    selfImage(10, 17); // +7: RCI = 7 / 3.162 = 2.21 > 1.96
    selfImage(10, 17);
    selfImage(10, 17);

    assertThat(figure(evaluate("self-image-reliably-improved"))).isEqualTo(Figure.of(1, 3));
    assertThat(figure(evaluate("self-image-unchanged"))).isEqualTo(Figure.of(0, 3));
  }

  @Test
  void a_change_of_six_points_is_not_reliable_with_sd_5_and_r_08() {
    selfImage(10, 16); // +6: RCI = 6 / 3.162 = 1.90 ≤ 1.96
    selfImage(10, 16);
    selfImage(10, 16);

    assertThat(figure(evaluate("self-image-reliably-improved"))).isEqualTo(Figure.of(0, 3));
    assertThat(figure(evaluate("self-image-unchanged"))).isEqualTo(Figure.of(1, 3));
  }

  @Test
  void each_child_is_improved_unchanged_or_worsened() {
    selfImage(10, 17); // +7   improved
    selfImage(5, 15); //  +10  improved
    selfImage(10, 16); // +6   unchanged
    selfImage(12, 12); //  0   unchanged
    selfImage(20, 13); // −7   worsened

    assertThat(figure(evaluate("self-image-reliably-improved"))).isEqualTo(Figure.of(2 / 5.0, 5));
    assertThat(figure(evaluate("self-image-unchanged"))).isEqualTo(Figure.of(2 / 5.0, 5));
    assertThat(figure(evaluate("self-image-reliably-worsened"))).isEqualTo(Figure.of(1 / 5.0, 5));
  }

  @Test
  void the_worked_example_has_s_diff_3_162() {
    double sDiff = Instruments.SELF_IMAGE_SCALE.norm().standardErrorOfDifference();

    assertThat(sDiff).isCloseTo(3.162, within(5e-4)); //                       √2 · 5 · √0.2
    assertThat(ChangeCategory.IMPROVED.holds(7, sDiff, true, false, false)).isTrue(); //  7 / 3.162 = 2.21
    assertThat(ChangeCategory.IMPROVED.holds(6, sDiff, true, false, false)).isFalse(); // 6 / 3.162 = 1.90
    assertThat(ChangeCategory.WORSENED.holds(-7, sDiff, true, false, false)).isTrue();
  }

  @Test
  void recovered_is_a_reliable_improvement_that_leaves_the_clinical_range() {
    // Guilt and worry: lower is better, of concern at 8 or above; S_diff 3.162 as above.
    guiltWorry(12, 5); // −7 reliable, 12 ≥ 8 to 5 < 8: recovered
    guiltWorry(8, 1); //  −7 reliable, from the cut-off itself (of concern) to 1: recovered
    guiltWorry(12, 6); // −6 not reliable
    guiltWorry(16, 9); // −7 reliable but 9 is still of concern
    guiltWorry(7, 0); //  −7 reliable but 7 was never of concern

    IndicatorResult r = evaluate("guilt-worry-left-clinical-range");

    assertThat(figure(r)).isEqualTo(Figure.of(2 / 5.0, 5));
  }

  @Test
  void better_counts_any_change_towards_the_better_without_a_norm() {
    wellbeing(10, 14); // +4 better
    wellbeing(8, 9); //   +1 better, however small
    wellbeing(12, 12); //  0 not
    wellbeing(15, 9); //  −6 not

    IndicatorResult r = evaluate("wellbeing-improved");

    assertThat(figure(r)).isEqualTo(Figure.of(2 / 4.0, 4));
  }

  @Test
  void a_pair_under_two_versions_counts_only_when_the_scale_is_declared_the_same() {
    wellbeing(10, 14);
    wellbeing(10, 14);
    wellbeing(10, 14);
    Region.Episode e = region.episode("2025-02-01");
    e.answers(WELLBEING, "start", "2025-02-03").score("total", 10);
    e.answers(WELLBEING, "end", "2025-05-27").score("total", 18).version(2); // +8

    instruments = new Instruments().withWellbeingVersion2(false);
    assertThat(figure(evaluate("wellbeing-mean-change"))).isEqualTo(Figure.of(4, 3));

    instruments = new Instruments().withWellbeingVersion2(true);
    assertThat(figure(evaluate("wellbeing-mean-change"))).isEqualTo(Figure.of(5, 4)); // (4 + 4 + 4 + 8) / 4
  }

  @Test
  void a_child_counts_in_the_period_of_the_second_answer() {
    wellbeing(10, 14); // end answered in May: the first half
    wellbeing(10, 14);
    wellbeing(10, 14);
    for (int i = 0; i < 3; i++) {
      Region.Episode late = region.episode("2025-05-01");
      late.answers(WELLBEING, "start", "2025-05-02").score("total", 10);
      late.answers(WELLBEING, "end", "2025-07-02").score("total", 20); // started in H1, ended in H2
    }

    IndicatorResult r = evaluate("wellbeing-mean-change", IndicatorQuery.by("half-year"));

    assertThat(figure(r, "half-year=2025-H1")).isEqualTo(Figure.of(4, 3));
    assertThat(figure(r, "half-year=2025-H2")).isEqualTo(Figure.of(10, 3));
    assertThat(figure(r)).isEqualTo(Figure.of(7, 6)); // (3·4 + 3·10) / 6
  }

  private void wellbeing(double start, double end) {
    pair(WELLBEING, "total", start, end);
  }

  private void selfImage(double start, double end) {
    pair(SELF_IMAGE, "self-image", start, end);
  }

  private void guiltWorry(double start, double end) {
    pair(SUPPORT_GROUP_SURVEY, "guilt-worry", start, end);
  }

  /** A child answering at the start and at the end of a support group. */
  private void pair(String instrument, String scale, double start, double end) {
    Region.Episode e = region.episode("2025-02-01").ended("2025-05-31");
    e.answers(instrument, "start", "2025-02-03").score(scale, start);
    e.answers(instrument, "end", "2025-05-27").score(scale, end);
  }

  private IndicatorResult evaluate(String indicator) {
    return evaluate(indicator, NO_BREAKDOWN);
  }

  private IndicatorResult evaluate(String indicator, IndicatorQuery query) {
    return Engines.engine(region, instruments).evaluate(Engines.ANALYST, indicator, query);
  }
}
