package se.pejl.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static se.pejl.indicators.internal.Engines.NO_BREAKDOWN;
import static se.pejl.indicators.internal.Engines.cell;
import static se.pejl.indicators.internal.Engines.figure;
import static se.pejl.indicators.internal.Instruments.HVB_SURVEY;
import static se.pejl.indicators.internal.Instruments.SUPPORT_GROUP_SURVEY;
import static se.pejl.indicators.internal.Instruments.WELLBEING;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.pejl.api.Gender;
import se.pejl.api.indicators.Cell;
import se.pejl.api.indicators.IndicatorQuery;
import se.pejl.api.indicators.IndicatorResult;
import se.pejl.indicators.internal.Engines.Figure;

/** Count, share, mean and median over answers, at one occasion or several. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AnswerIndicatorsTest {
  final Region region = new Region();
  Instruments instruments = new Instruments();

  @Test
  void a_count_of_answers_counts_every_answer_with_its_snapshot() {
    wellbeing("start", 10);
    wellbeing("start", 12);
    wellbeing("start", 14);
    wellbeing("end", 14); // another occasion: the indicator counts start answers
    wellbeing("start", 9).waitingForSnapshot(); // not counted until the host gives the snapshot

    IndicatorResult r = evaluate("wellbeing-answers", NO_BREAKDOWN);

    assertThat(figure(r)).isEqualTo(Figure.of(3, 3));
  }

  @Test
  void an_answer_waiting_for_its_snapshot_counts_once_it_has_come() {
    wellbeing("start", 10);
    wellbeing("start", 12);
    Region.Answer waiting = wellbeing("start", 14).waitingForSnapshot();
    DefaultIndicatorEngine engine = Engines.engine(region, instruments);
    assertThat(cell(engine.evaluate(Engines.ANALYST, "wellbeing-answers", NO_BREAKDOWN)).suppressed())
        .isTrue(); // 2 < 3, the threshold

    waiting.snapshot(Gender.BOY, 13);

    assertThat(figure(engine.evaluate(Engines.ANALYST, "wellbeing-answers", NO_BREAKDOWN)))
        .isEqualTo(Figure.of(3, 3));
  }

  @Test
  void thousands_of_answers_are_counted_and_averaged_exactly() {
    for (int i = 0; i < 3000; i++) {
      wellbeing(i % 3 == 0 ? "start" : "end", i % 2 == 0 ? 10 : 20); // scores alternate 10, 20
    }

    IndicatorResult r = evaluate("wellbeing-at-occasion", IndicatorQuery.by("occasion"));

    assertThat(figure(r, "occasion=start")).isEqualTo(Figure.of(15, 1000)); // 500 of each score
    assertThat(figure(r, "occasion=end")).isEqualTo(Figure.of(15, 2000));
  }

  @Test
  void someone_to_talk_to_leaves_out_answers_without_the_item() {
    talkAdult(1);
    talkAdult(1);
    talkAdult(1);
    talkAdult(0);
    talkAdult(null); // not answered: excluded

    IndicatorResult r = evaluate("someone-to-talk-to", NO_BREAKDOWN);

    assertThat(figure(r)).isEqualTo(Figure.of(3 / 4.0, 4)); // 3 yes of 4 answered
  }

  @Test
  void with_missing_counted_as_no_an_answer_without_the_item_counts_against() {
    talkAdult(1);
    talkAdult(1);
    talkAdult(1);
    talkAdult(0);
    talkAdult(null); // counts as no

    IndicatorResult r = evaluate("someone-to-talk-to-missing-as-no", NO_BREAKDOWN);

    assertThat(figure(r)).isEqualTo(Figure.of(3 / 5.0, 5)); // 3 yes of 5
  }

  @Test
  void a_share_of_a_scale_condition_counts_scores_within_the_bounds() {
    Region.Episode e = region.episode("2025-02-01");
    e.answers(SUPPORT_GROUP_SURVEY, "start", "2025-02-03").score("guilt-worry", 5); //  ≤ 7: yes
    e.answers(SUPPORT_GROUP_SURVEY, "start", "2025-02-03").score("guilt-worry", 7); //  ≤ 7: yes (bound included)
    e.answers(SUPPORT_GROUP_SURVEY, "start", "2025-02-03").score("guilt-worry", 8); //  no
    e.answers(SUPPORT_GROUP_SURVEY, "start", "2025-02-03").score("guilt-worry", 12); // no
    e.answers(SUPPORT_GROUP_SURVEY, "end", "2025-05-03").score("guilt-worry", 2); //    another occasion: left out

    IndicatorResult r = evaluate("guilt-worry-below-cut-off", NO_BREAKDOWN);

    assertThat(figure(r)).isEqualTo(Figure.of(2 / 4.0, 4));
  }

  @Test
  void wellbeing_at_occasion_is_the_mean_score_at_each_occasion() {
    scores("start", 8, 10, 15); //      mean 33 / 3 = 11
    scores("end", 12, 13, 14, 19); //    mean 58 / 4 = 14.5
    scores("followup-6m", 9, 9, 18); // mean 36 / 3 = 12
    scores("review-3m", 1, 1, 1); //    not an occasion of the indicator

    IndicatorResult r = evaluate("wellbeing-at-occasion", IndicatorQuery.by("occasion"));

    assertThat(figure(r, "occasion=start")).isEqualTo(Figure.of(11, 3));
    assertThat(figure(r, "occasion=end")).isEqualTo(Figure.of(14.5, 4));
    assertThat(figure(r, "occasion=followup-6m")).isEqualTo(Figure.of(12, 3));
  }

  @Test
  void the_occasion_breakdown_has_no_total_cell() {
    scores("start", 8, 10, 15);
    scores("end", 12, 13, 14, 19);

    IndicatorResult r = evaluate("wellbeing-at-occasion", IndicatorQuery.by("occasion"));

    // A child answering at both would count twice in a total over occasions.
    assertThat(r.cells()).extracting(c -> c.key().get("occasion")).containsExactly("end", "start");
  }

  @Test
  void the_occasion_breakdown_keeps_the_total_of_the_other_dimension() {
    scores("start", 8, 10, 15);
    scores("end", 12, 13, 14, 19);
    boy("start", 5, 6, 7);

    IndicatorResult r = evaluate("wellbeing-at-occasion", IndicatorQuery.by("occasion", "gender"));

    assertThat(r.cells()).extracting(Cell::key).noneMatch(k -> k.get("occasion").equals(Cell.ALL));
    assertThat(figure(r, "occasion=start", "gender=BOY")).isEqualTo(Figure.of(6, 3)); //  18 / 3
    assertThat(figure(r, "occasion=start")).isEqualTo(Figure.of(51 / 6.0, 6)); //     (33 + 18) / 6 = 8.5
  }

  @Test
  void the_median_at_an_occasion_is_the_middle_score_or_the_mean_of_the_two_middle_ones() {
    scores("start", 15, 8, 10); //          8, 10, 15: 10
    scores("end", 19, 12, 14, 13); //       12, 13, 14, 19: (13 + 14) / 2 = 13.5
    scores("followup-6m", 9, 18, 9); //     9, 9, 18: 9

    IndicatorResult r = evaluate("wellbeing-median-at-occasion", IndicatorQuery.by("occasion"));

    assertThat(figure(r, "occasion=start")).isEqualTo(Figure.of(10, 3));
    assertThat(figure(r, "occasion=end")).isEqualTo(Figure.of(13.5, 4));
    assertThat(figure(r, "occasion=followup-6m")).isEqualTo(Figure.of(9, 3));
  }

  @Test
  void an_answer_without_a_score_is_left_out_of_the_mean() {
    scores("start", 8, 10, 15);
    region.episode("2025-02-01").answers(WELLBEING, "start", "2025-02-03").item("q1", 2); // too few items for a score

    IndicatorResult r = evaluate("wellbeing-at-occasion", IndicatorQuery.by("occasion"));

    assertThat(figure(r, "occasion=start")).isEqualTo(Figure.of(11, 3));
  }

  @Test
  void scores_under_a_version_whose_scale_changed_are_left_out() {
    instruments = new Instruments().withWellbeingVersion2(false);
    scores("start", 8, 10, 15);
    wellbeing("start", 20).version(2); // the newest version's scale, not comparable with version 1's

    // The newest version's scale is what is published; version 1's scores measure something else.
    assertThat(evaluate("wellbeing-at-occasion", IndicatorQuery.by("occasion")).cells()).singleElement()
        .extracting(Cell::suppressed).isEqualTo(true); // n = 1

    instruments = new Instruments().withWellbeingVersion2(true);
    assertThat(figure(evaluate("wellbeing-at-occasion", IndicatorQuery.by("occasion")), "occasion=start"))
        .isEqualTo(Figure.of(53 / 4.0, 4)); // declared the same: (8 + 10 + 15 + 20) / 4
  }

  @Test
  void hvb_satisfaction_is_the_mean_of_each_bbic_area_scale_without_a_total() {
    hvb(3, 2, 4.0);
    hvb(4, 2, 4.0);
    hvb(5, 5, 1.0);
    hvb(4, 3, null); // relations not scored

    IndicatorResult r = evaluate("hvb-satisfaction", IndicatorQuery.by("occasion", "bbic-area"));

    assertThat(figure(r, REVIEW, "bbic-area=health")).isEqualTo(Figure.of(4, 4)); //                  16 / 4
    assertThat(figure(r, REVIEW, "bbic-area=education")).isEqualTo(Figure.of(3, 4)); //               12 / 4
    assertThat(figure(r, REVIEW, "bbic-area=family-social-relations")).isEqualTo(Figure.of(3, 3)); // 9 / 3
    // The scale without a BBIC area is not an area, and a child is in every area: no total.
    assertThat(r.cells()).hasSize(3);
  }

  /** The occasion the HVB survey is answered at here; a child answering twice counts once per occasion. */
  private static final String REVIEW = "occasion=review-6m";

  private Region.Answer wellbeing(String occasion, double total) {
    return region.episode("2025-02-01").answers(WELLBEING, occasion, "2025-02-03").score("total", total);
  }

  /** One girl per score. */
  private void scores(String occasion, double... totals) {
    for (double total : totals) {
      wellbeing(occasion, total);
    }
  }

  private void boy(String occasion, double... totals) {
    for (double total : totals) {
      region.episode("2025-02-01").child(Gender.BOY, 12).answers(WELLBEING, occasion, "2025-02-03")
          .score("total", total);
    }
  }

  /** An anonymous answer from support group g1; null leaves the question unanswered. */
  private void talkAdult(Integer yes) {
    Region.Answer a = region.groupAnswer("g1", SUPPORT_GROUP_SURVEY, "end", "2025-05-20");
    if (yes != null) {
      a.item("talk-adult", yes);
    }
  }

  private void hvb(double health, double education, Double relations) {
    Region.Answer a = region.episode("2025-01-01").type(Region.HVB).answers(HVB_SURVEY, "review-6m", "2025-07-01")
        .score("health", health).score("education", education).score("overall", 5);
    if (relations != null) {
      a.score("relations", relations);
    }
  }

  private IndicatorResult evaluate(String indicator, IndicatorQuery query) {
    return Engines.engine(region, instruments).evaluate(Engines.ANALYST, indicator, query);
  }
}
