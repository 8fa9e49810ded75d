package se.pejl.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static se.pejl.indicators.internal.Engines.NO_BREAKDOWN;
import static se.pejl.indicators.internal.Engines.figure;
import static se.pejl.indicators.internal.Instruments.WELLBEING;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.pejl.api.indicators.IndicatorQuery;
import se.pejl.api.indicators.IndicatorResult;
import se.pejl.api.indicators.ReportingPeriod;
import se.pejl.indicators.internal.Engines.Figure;

/** Indicators over episodes: how many started, how well they are documented, goal attainment. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EpisodeIndicatorsTest {
  final Region region = new Region();

  @Test
  void episodes_started_counts_the_episodes_started_in_the_period() {
    region.episode("2024-12-31");
    region.episode("2025-01-01");
    region.episode("2025-06-30");
    region.episode("2025-12-31");
    region.episode("2026-01-01");

    IndicatorResult r = evaluate("episodes-started", NO_BREAKDOWN.in(period("2025")));

    assertThat(figure(r)).isEqualTo(Figure.of(3, 3)); // 1 Jan, 30 Jun and 31 Dec 2025
  }

  @Test
  void purpose_and_goals_documented_is_the_share_with_both() {
    region.episode("2025-02-01").purpose().goals(1, 0); //      purpose and goals: yes
    region.episode("2025-02-01").purpose(); //                  no goals: no
    region.episode("2025-02-01").goals(0); //                   no purpose: no
    region.episode("2025-02-01").purpose().goals((Integer) null); // a goal not rated yet is documented: yes
    region.episode("2025-02-01").content().result(); //         neither: no

    IndicatorResult r = evaluate("purpose-and-goals-documented", NO_BREAKDOWN);

    assertThat(figure(r)).isEqualTo(Figure.of(2 / 5.0, 5)); // 2 of 5
  }

  @Test
  void purpose_goals_and_content_documented_are_each_the_share_with_that_part() {
    region.episode("2025-02-01").purpose().goals(1, 0); //           purpose, goals
    region.episode("2025-02-01").purpose(); //                       purpose
    region.episode("2025-02-01").goals((Integer) null).content(); // goals (not rated yet), content
    region.episode("2025-02-01").purpose().content().result(); //    purpose, content
    region.episode("2025-02-01"); //                                 nothing
    region.episode("2024-12-31").purpose().goals(1).content(); //    started in another period

    IndicatorQuery in2025 = NO_BREAKDOWN.in(period("2025"));

    assertThat(figure(evaluate("purpose-documented", in2025))).isEqualTo(Figure.of(3 / 5.0, 5));
    assertThat(figure(evaluate("goals-documented", in2025))).isEqualTo(Figure.of(2 / 5.0, 5));
    assertThat(figure(evaluate("content-documented", in2025))).isEqualTo(Figure.of(2 / 5.0, 5));
  }

  @Test
  void result_documented_counts_ended_episodes_by_the_day_they_ended() {
    region.episode("2024-09-01").ended("2025-02-01").result(); // started 2024, ended 2025: counts in 2025
    region.episode("2025-01-10").ended("2025-05-01").result();
    region.episode("2025-01-10").ended("2025-05-01"); //          no result written
    region.episode("2025-03-01").result(); //                     still running: left out
    region.episode("2024-03-01").ended("2024-12-31").result(); // ended in 2024: another period

    IndicatorResult r = evaluate("result-documented", NO_BREAKDOWN.in(period("2025")));

    assertThat(figure(r)).isEqualTo(Figure.of(2 / 3.0, 3)); // 2 of the 3 ended in 2025
  }

  @Test
  void days_to_first_measurement_is_the_median_over_episodes_with_an_answer() {
    answered(region.episode("2025-03-01"), "2025-03-04"); //  3 days
    answered(region.episode("2025-03-01"), "2025-03-11"); // 10 days
    answered(region.episode("2025-03-01"), "2025-03-31"); // 30 days
    answered(region.episode("2025-03-01"), "2025-02-20"); // before the start: 0 days
    region.episode("2025-03-01"); //                          no answer: left out

    IndicatorResult r = evaluate("days-to-first-measurement", NO_BREAKDOWN);

    assertThat(figure(r)).isEqualTo(Figure.of(6.5, 4)); // median of 0, 3, 10, 30 = (3 + 10) / 2
  }

  @Test
  void the_first_answer_of_an_episode_counts_whatever_its_instrument() {
    Region.Episode e = region.episode("2025-03-01");
    answered(e, "2025-03-20");
    e.answers(Instruments.SUPPORT_GROUP_SURVEY, "start", "2025-03-05");
    answered(region.episode("2025-03-01"), "2025-03-05");
    answered(region.episode("2025-03-01"), "2025-03-05");

    IndicatorResult r = evaluate("days-to-first-measurement", NO_BREAKDOWN);

    assertThat(figure(r)).isEqualTo(Figure.of(4, 3)); // 4, 4 and 4 days: the survey came first
  }

  @Test
  void goal_attainment_is_the_kiresuk_sherman_t_score_of_the_rated_goals() {
    // Σx = 1 + 0 − 1 + 2 = 2 over n = 4 goals, ρ = 0.3:
    // T = 50 + 10·2 / √(0.7·4 + 0.3·16) = 50 + 20 / √7.6 = 50 + 20 / 2.7568 = 57.2548
    region.episode("2025-01-10").ended("2025-06-01").goals(1, 0, -1, 2, null); // the unrated goal does not count
    region.episode("2025-01-10").ended("2025-06-01").goals(0, 0); //  T = 50: all as expected
    region.episode("2025-01-10").ended("2025-06-01").goals(-1); //    T = 50 + 10·(−1) / √(0.7 + 0.3) = 40
    region.episode("2025-01-10").ended("2025-06-01").goals(null, null); // nothing rated: left out
    region.episode("2025-01-10").goals(2, 2); //                         still running: left out

    IndicatorResult r = evaluate("goal-attainment", NO_BREAKDOWN);

    assertThat(figure(r).n()).isEqualTo(3);
    assertThat(figure(r).value()).isCloseTo((57.2548 + 50 + 40) / 3, within(1e-4)); // 49.0849
  }

  @Test
  void one_episode_rated_plus_one_zero_minus_one_plus_two_scores_57_25() {
    for (int i = 0; i < 3; i++) {
      region.episode("2025-01-10").ended("2025-06-01").goals(1, 0, -1, 2);
    }

    IndicatorResult r = evaluate("goal-attainment", NO_BREAKDOWN);

    assertThat(figure(r).value()).isCloseTo(57.25, within(0.005)); // 50 + 20 / √7.6
  }

  private void answered(Region.Episode e, String day) {
    e.answers(WELLBEING, "start", day).score("total", 10);
  }

  private static ReportingPeriod period(String text) {
    return ReportingPeriod.parse("period", text);
  }

  private IndicatorResult evaluate(String indicator, IndicatorQuery query) {
    return Engines.engine(region, new Instruments()).evaluate(Engines.ANALYST, indicator, query);
  }
}
