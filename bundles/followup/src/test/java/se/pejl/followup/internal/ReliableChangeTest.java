package se.pejl.followup.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.pejl.api.followup.Change;
import se.pejl.api.followup.Change.Category;
import se.pejl.api.followup.Change.Clinical;
import se.pejl.api.followup.Change.Reason;
import se.pejl.api.followup.ScorePoint;
import se.pejl.api.forms.Norm;
import se.pejl.api.forms.Scale;
import se.pejl.api.forms.ScaleMethod;
import se.pejl.api.forms.Text;

/**
 * Worked Jacobson–Truax example, by hand: SD = 5, r = 0.8, so
 * S_diff = √2 · 5 · √(1 − 0.8) = 1.41421 · 5 · 0.44721 = 3.16228.
 * A change of 7 gives RCI = 7 / 3.16228 = 2.2136 (&gt; 1.96, reliable);
 * a change of 6 gives RCI = 6 / 3.16228 = 1.8974 (≤ 1.96, within measurement error).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReliableChangeTest {
  static final Norm SD_5_R_08 = new Norm(12, 5, 0.8);

  @Test
  void the_standard_error_of_the_difference_is_root_two_times_sd_times_root_of_one_minus_r() {
    assertThat(SD_5_R_08.standardErrorOfDifference()).isCloseTo(3.16228, within(1e-5));
  }

  @Test
  void a_rise_of_seven_on_a_higher_is_better_scale_is_a_reliable_improvement() {
    Change c = ReliableChange.between(scale(true, null, SD_5_R_08), at(8), at(15));

    assertThat(c.rci()).isCloseTo(2.2136, within(1e-4));
    assertThat(c.difference()).isEqualTo(7.0);
    assertThat(c.category()).isEqualTo(Category.IMPROVED);
    assertThat(c.clinical()).isEqualTo(Clinical.NO_CUT_OFF);
    assertThat(c.reason()).isNull();
  }

  @Test
  void a_rise_of_six_is_within_measurement_error_and_unchanged() {
    Change c = ReliableChange.between(scale(true, null, SD_5_R_08), at(8), at(14));

    assertThat(c.rci()).isCloseTo(1.8974, within(1e-4));
    assertThat(c.category()).isEqualTo(Category.UNCHANGED);
  }

  @Test
  void a_fall_of_seven_on_a_higher_is_better_scale_is_worsened() {
    Change c = ReliableChange.between(scale(true, null, SD_5_R_08), at(15), at(8));

    assertThat(c.rci()).isCloseTo(-2.2136, within(1e-4));
    assertThat(c.category()).isEqualTo(Category.WORSENED);
  }

  @Test
  void on_a_lower_is_better_scale_the_same_rise_is_worsened_and_a_fall_improved() {
    Scale worry = scale(false, null, SD_5_R_08);

    assertThat(ReliableChange.between(worry, at(8), at(15)).category()).isEqualTo(Category.WORSENED);
    assertThat(ReliableChange.between(worry, at(15), at(8)).category()).isEqualTo(Category.IMPROVED);
  }

  @Test
  void a_reliable_improvement_across_the_cut_off_is_recovered_and_one_above_it_all_along_is_not() {
    // cut-off 10, higher is better: 10 and below is of concern.
    Scale wellbeing = scale(true, 10.0, SD_5_R_08);

    assertThat(ReliableChange.between(wellbeing, at(8), at(15)).clinical()).isEqualTo(Clinical.RECOVERED);
    assertThat(ReliableChange.between(wellbeing, at(11), at(18)).clinical()).isEqualTo(Clinical.NONE);
    assertThat(ReliableChange.between(wellbeing, at(3), at(10)).clinical())
        .as("7 points up but still at the cut-off, which is of concern").isEqualTo(Clinical.NONE);
    assertThat(ReliableChange.between(wellbeing, at(9), at(12)).clinical())
        .as("across the cut-off but not reliable").isEqualTo(Clinical.NONE);
  }

  @Test
  void a_reliable_worsening_into_concern_on_a_lower_is_better_scale_is_deteriorated() {
    // cut-off 8, lower is better (like guilt-worry): 8 and above is of concern.
    Change c = ReliableChange.between(scale(false, 8.0, SD_5_R_08), at(5), at(12));

    assertThat(c.category()).isEqualTo(Category.WORSENED);
    assertThat(c.clinical()).isEqualTo(Clinical.DETERIORATED);
  }

  @Test
  void without_a_norm_the_category_is_unknown_with_the_reason_and_the_difference_is_still_given() {
    Change c = ReliableChange.between(scale(true, 10.0, null), at(8), at(15));

    assertThat(c.category()).isEqualTo(Category.UNKNOWN);
    assertThat(c.reason()).isEqualTo(Reason.NO_NORM);
    assertThat(c.rci()).isNull();
    assertThat(c.difference()).isEqualTo(7.0);
    assertThat(c.clinical()).isEqualTo(Clinical.UNKNOWN);
    assertThat(ReliableChange.between(scale(true, null, null), at(8), at(15)).clinical()).isEqualTo(Clinical.NO_CUT_OFF);
  }

  @Test
  void a_norm_with_no_spread_or_perfect_reliability_counts_as_no_norm_rather_than_dividing_by_zero() {
    for (Norm unusable : List.of(new Norm(12, 0, 0.8), new Norm(12, 5, 1.0), new Norm(12, 5, -0.1))) {
      assertThat(ReliableChange.between(scale(true, null, unusable), at(8), at(15)).reason())
          .as(unusable.toString()).isEqualTo(Reason.NO_NORM);
    }
  }

  static ScorePoint at(double score) {
    return new ScorePoint("start", LocalDate.of(2026, 1, 1), 1, score);
  }

  static Scale scale(boolean higherIsBetter, Double cutOff, Norm norm) {
    return new Scale("total", new Text("Välbefinnande", "Well-being"), ScaleMethod.SUM,
        List.of("q1", "q2", "q3", "q4", "q5"), 0, 20, 1, higherIsBetter, cutOff, norm, "emotional-behavioural",
        null, 0);
  }
}
