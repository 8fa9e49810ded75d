package se.pejl.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static se.pejl.indicators.internal.Engines.NO_BREAKDOWN;
import static se.pejl.indicators.internal.Engines.figure;
import static se.pejl.indicators.internal.Instruments.WELLBEING;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.pejl.api.indicators.IndicatorQuery;
import se.pejl.api.indicators.IndicatorResult;
import se.pejl.indicators.internal.Engines.Figure;

/**
 * Follow-up coverage: of the occasions that have come due (today is 15 January 2026), the share
 * measured within its window. The plans ({@link Plans}) put the start occasion on the start day,
 * answerable from 14 days before to 30 days after: for a start on 1 March 2025, 15 February to 31
 * March.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CoverageTest {
  final Region region = new Region();

  @Test
  void an_occasion_answered_inside_its_window_is_covered_and_outside_it_is_not() {
    startAnswered("2025-03-10"); // inside:              covered
    startAnswered("2025-02-15"); // the window's first day: covered
    startAnswered("2025-03-31"); // its last day:        covered
    startAnswered("2025-02-14"); // a day too early:     not
    startAnswered("2025-04-01"); // a day too late:      not

    IndicatorResult r = coverage(NO_BREAKDOWN);

    assertThat(figure(r)).isEqualTo(Figure.of(3 / 5.0, 5));
  }

  @Test
  void one_answer_inside_the_window_covers_it_whatever_else_was_answered_before_and_after() {
    for (int i = 0; i < 3; i++) {
      Region.Episode e = startAnswered("2025-01-20"); // too early
      e.answers(WELLBEING, "start", "2025-03-05").score("total", 11); // inside
      e.answers(WELLBEING, "start", "2025-05-01").score("total", 12); // too late
    }

    assertThat(figure(coverage(NO_BREAKDOWN))).isEqualTo(Figure.of(1, 3));
  }

  @Test
  void an_answer_given_after_a_first_read_is_covered_in_the_next() {
    for (int i = 0; i < 3; i++) {
      startAnswered("2025-03-10");
    }
    Region.Episode late = region.episode("2025-03-01");
    DefaultIndicatorEngine engine = Engines.engine(region, new Instruments());
    assertThat(figure(engine.evaluate(Engines.ANALYST, "follow-up-coverage", NO_BREAKDOWN)))
        .isEqualTo(Figure.of(3 / 4.0, 4));

    late.answers(WELLBEING, "start", "2025-03-20").score("total", 10);

    assertThat(figure(engine.evaluate(Engines.ANALYST, "follow-up-coverage", NO_BREAKDOWN)))
        .isEqualTo(Figure.of(1, 4));
  }

  @Test
  void an_occasion_marked_not_applicable_is_left_out() {
    startAnswered("2025-03-10");
    startAnswered("2025-03-10");
    startAnswered("2025-03-10");
    region.episode("2025-03-01").notApplicable("start"); // not answered, and not to be: left out
    region.episode("2025-03-01"); //                        not answered: not covered

    IndicatorResult r = coverage(NO_BREAKDOWN);

    assertThat(figure(r)).isEqualTo(Figure.of(3 / 4.0, 4));
  }

  @Test
  void only_occasions_that_have_come_due_count() {
    for (int i = 0; i < 3; i++) {
      startAnswered("2025-03-10").plannedEnd("2026-06-30"); // the end is not due yet: start only
    }
    region.episode("2025-09-01").plannedEnd("2025-12-31") // still running past its planned end: the end is due
        .answers(WELLBEING, "start", "2025-09-02").score("total", 10);
    region.episode("2026-02-01"); //                        starts next month: nothing is due

    IndicatorResult r = coverage(NO_BREAKDOWN);

    assertThat(figure(r)).isEqualTo(Figure.of(4 / 5.0, 5)); // 4 starts covered, 1 end not
  }

  @Test
  void coverage_by_occasion_has_no_total_over_occasions() {
    Region.Episode[] episodes = new Region.Episode[4];
    for (int i = 0; i < 4; i++) {
      episodes[i] = startAnswered("2025-03-10").ended("2025-06-01"); // end window 18 May – 1 July
    }
    endAnswered(episodes[0], "2025-06-10"); // covered
    endAnswered(episodes[1], "2025-05-18"); // covered
    endAnswered(episodes[2], "2025-08-01"); // too late
    //          episodes[3]                    not answered

    IndicatorResult r = coverage(IndicatorQuery.by("occasion"));

    assertThat(figure(r, "occasion=start")).isEqualTo(Figure.of(1, 4));
    assertThat(figure(r, "occasion=end")).isEqualTo(Figure.of(2 / 4.0, 4));
    assertThat(r.cells()).hasSize(2);
  }

  @Test
  void an_answer_at_another_occasion_does_not_cover_this_one() {
    startAnswered("2025-03-10");
    startAnswered("2025-03-10");
    startAnswered("2025-03-10");
    region.episode("2025-03-01").answers(WELLBEING, "review-3m", "2025-03-10").score("total", 10);

    assertThat(figure(coverage(NO_BREAKDOWN))).isEqualTo(Figure.of(3 / 4.0, 4));
  }

  private Region.Episode startAnswered(String day) {
    Region.Episode e = region.episode("2025-03-01");
    e.answers(WELLBEING, "start", day).score("total", 10);
    return e;
  }

  private static void endAnswered(Region.Episode e, String day) {
    e.answers(WELLBEING, "end", day).score("total", 12);
  }

  private IndicatorResult coverage(IndicatorQuery query) {
    return Engines.engine(region, new Instruments()).evaluate(Engines.ANALYST, "follow-up-coverage", query);
  }
}
