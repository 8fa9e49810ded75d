package se.pejl.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static se.pejl.indicators.internal.Engines.NO_BREAKDOWN;
import static se.pejl.indicators.internal.Engines.cell;
import static se.pejl.indicators.internal.Engines.figure;
import static se.pejl.indicators.internal.Instruments.USER_SURVEY;
import static se.pejl.indicators.internal.Instruments.WELLBEING;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.pejl.api.Gender;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.forms.Text;
import se.pejl.api.indicators.ChoiceCount;
import se.pejl.api.indicators.IndicatorQuery;
import se.pejl.api.indicators.IndicatorResult;
import se.pejl.api.indicators.ItemDistribution;
import se.pejl.api.indicators.ReportingPeriod;
import se.pejl.indicators.internal.Engines.Figure;

/**
 * The rest rule: a filtered table is not published where the same table without the filter gives
 * a small group back by subtraction (threshold 5 here, as the region's default).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RestRuleTest {
  static final IndicatorQuery TJORN = NO_BREAKDOWN.in(MunicipalityCode.of(Region.TJORN));

  final Region region = new Region();
  final Instruments instruments = new Instruments().withUserSurvey(false);

  @Test
  void unit_B_is_hidden_when_the_municipality_without_it_is_three_children() {
    episodes(20, "unit-b", Region.SUPPORT_GROUP);
    episodes(3, "unit-a", Region.SUPPORT_GROUP);

    // Asked directly, unit A's 3 are hidden; 23 - 20 would give them back.
    assertThat(figure(evaluate("episodes-started", TJORN))).isEqualTo(Figure.of(23, 23));
    assertThat(cell(evaluate("episodes-started", TJORN.inUnit("unit-a"))).suppressed()).isTrue();
    assertThat(cell(evaluate("episodes-started", TJORN.inUnit("unit-b"))).suppressed()).isTrue();
  }

  @Test
  void unit_B_is_published_when_it_is_the_whole_municipality_or_the_rest_is_at_least_the_threshold() {
    episodes(20, "unit-b", Region.SUPPORT_GROUP);
    episodes(4, "unit-b", Region.SUPPORT_GROUP, Region.SKOVDE); // another municipality: not in Tjörn's rest
    assertThat(figure(evaluate("episodes-started", TJORN.inUnit("unit-b")))).isEqualTo(Figure.of(20, 20));

    episodes(5, "unit-a", Region.SUPPORT_GROUP);
    assertThat(figure(evaluate("episodes-started", TJORN.inUnit("unit-b")))).isEqualTo(Figure.of(20, 20));
  }

  @Test
  void the_rest_is_taken_per_cell_and_the_table_is_then_suppressed_as_ever() {
    wellbeing(10, "unit-b", Gender.GIRL);
    wellbeing(10, "unit-b", Gender.BOY);
    wellbeing(2, "unit-a", Gender.GIRL); // the girls' rest: 2
    wellbeing(6, "unit-a", Gender.BOY);

    IndicatorResult r = evaluate("wellbeing-answers", IndicatorQuery.by("gender").inUnit("unit-b"));

    assertThat(cell(r, "gender=GIRL").suppressed()).isTrue();
    // Alone in its line, the girls' 10 would be 20 - 10: the boys' cell goes too. The total's rest is 8.
    assertThat(cell(r, "gender=BOY").suppressed()).isTrue();
    assertThat(figure(r)).isEqualTo(Figure.of(20, 20));
  }

  @Test
  void an_episode_type_is_hidden_when_the_other_types_are_a_small_group() {
    episodes(20, "unit-b", Region.HVB);
    episodes(3, "unit-b", Region.SUPPORT_GROUP);

    assertThat(cell(evaluate("episodes-started", TJORN.ofType(Region.HVB))).suppressed()).isTrue();

    episodes(2, "unit-b", Region.SUPPORT_GROUP);
    assertThat(figure(evaluate("episodes-started", TJORN.ofType(Region.HVB)))).isEqualTo(Figure.of(20, 20));
  }

  @Test
  void with_a_unit_and_a_type_the_rest_outside_both_counts_too() {
    episodes(20, "unit-b", Region.HVB);
    episodes(10, "unit-b", Region.SUPPORT_GROUP);
    episodes(10, "unit-a", Region.HVB);
    episodes(2, "unit-a", Region.SUPPORT_GROUP); // 42 - 30 (unit B) - 30 (hvb) + 20 (both) = 2

    assertThat(cell(evaluate("episodes-started", TJORN.inUnit("unit-b").ofType(Region.HVB))).suppressed()).isTrue();

    episodes(3, "unit-a", Region.SUPPORT_GROUP);
    assertThat(figure(evaluate("episodes-started", TJORN.inUnit("unit-b").ofType(Region.HVB))))
        .isEqualTo(Figure.of(20, 20));
  }

  @Test
  void a_range_of_days_is_hidden_when_the_rest_of_its_quarters_is_a_small_group() {
    episodes(20, "unit-b", Region.HVB, Region.TJORN, "2025-06-01");
    episodes(2, "unit-b", Region.HVB, Region.TJORN, "2025-12-31");

    assertThat(figure(evaluate("episodes-started", TJORN.in(period("2025"))))).isEqualTo(Figure.of(22, 22));
    assertThat(cell(evaluate("episodes-started", TJORN.in(period("2025-01-01/2025-12-30")))).suppressed()).isTrue();
    // One day more than the year, against the year inside it.
    episodes(2, "unit-b", Region.HVB, Region.TJORN, "2024-12-31");
    assertThat(cell(evaluate("episodes-started", TJORN.in(period("2024-12-31/2025-12-31")))).suppressed()).isTrue();

    episodes(3, "unit-b", Region.HVB, Region.TJORN, "2025-12-31");
    assertThat(figure(evaluate("episodes-started", TJORN.in(period("2025-01-01/2025-12-30")))))
        .isEqualTo(Figure.of(20, 20));
  }

  @Test
  void a_range_is_compared_with_the_whole_quarters_around_and_within_it_named_as_requests_name_them() {
    assertThat(Periods.quartersAround(period("2025-02-01/2025-05-31"))).isEqualTo(period("2025-H1"));
    assertThat(Periods.quartersWithin(period("2025-02-01/2025-05-31"))).isNull();
    assertThat(Periods.quartersAround(period("2025-01-01/2025-12-30"))).isEqualTo(period("2025"));
    assertThat(Periods.quartersWithin(period("2025-01-01/2025-12-30"))).isEqualTo(period("2025-01-01/2025-09-30"));
    assertThat(Periods.quartersWithin(period("2024-12-31/2025-12-31"))).isEqualTo(period("2025"));
    assertThat(Periods.quartersAround(period("2025-08-15/2025-08-20"))).isEqualTo(period("2025-Q3"));
    // Standard periods, and ranges of whole quarters, have nothing to be compared with.
    assertThat(new RestRule(TJORN.in(period("2025-Q3"))).applies()).isFalse();
    assertThat(new RestRule(TJORN.in(period("2024-10-01/2025-03-31"))).applies()).isFalse();
    assertThat(new RestRule(TJORN.in(period("2025-01-01/2025-12-30"))).queries()).extracting(IndicatorQuery::period)
        .containsExactlyInAnyOrder(period("2025"), period("2025-01-01/2025-12-30"), period("2025-01-01/2025-09-30"));
  }

  @Test
  void a_distribution_for_a_unit_hides_an_item_whose_n_gives_the_other_units_back() {
    answers(10, "unit-b", 4);
    answers(10, "unit-b", 3);
    answers(3, "unit-a", 4);

    ItemDistribution item = distribution(TJORN.inUnit("unit-b"));

    assertThat(item.suppressed()).isTrue();
    assertThat(distribution(TJORN).n()).isEqualTo(23);
  }

  @Test
  void a_distribution_for_a_unit_hides_a_count_whose_rest_is_small_and_what_gives_it_back() {
    answers(10, "unit-b", 4);
    answers(10, "unit-b", 3);
    answers(5, "unit-a", 4);
    answers(2, "unit-a", 3); // the rest of choice 3: 2; of choice 4: 5; of n: 7

    ItemDistribution item = distribution(TJORN.inUnit("unit-b"));

    assertThat(item.n()).isEqualTo(20);
    // Choice 4 too, or 20 - 10 would give choice 3 back.
    assertThat(item.choices()).containsExactly(count(1, 0, 20), count(2, 0, 20), hidden(3), hidden(4));

    answers(3, "unit-a", 3);
    assertThat(distribution(TJORN.inUnit("unit-b")).choices()).containsExactly(
        count(1, 0, 20), count(2, 0, 20), count(3, 10, 20), count(4, 10, 20));
  }

  private void episodes(int count, String unit, String type) {
    episodes(count, unit, type, Region.TJORN);
  }

  private void episodes(int count, String unit, String type, String municipality) {
    episodes(count, unit, type, municipality, "2025-02-01");
  }

  private void episodes(int count, String unit, String type, String municipality, String started) {
    for (int i = 0; i < count; i++) {
      region.episode(started).unit(unit).type(type).in(municipality);
    }
  }

  private void wellbeing(int count, String unit, Gender gender) {
    for (int i = 0; i < count; i++) {
      region.episode("2025-02-01").unit(unit).child(gender, 12).answers(WELLBEING, "start", "2025-03-01")
          .score("total", 10);
    }
  }

  /** Answers to the user survey's "safe" in Tjörn, each child giving it this value. */
  private void answers(int children, String unit, int value) {
    for (int i = 0; i < children; i++) {
      region.episode("2025-02-01").unit(unit).answers(USER_SURVEY, "start", "2025-03-01").item("safe", value);
    }
  }

  private IndicatorResult evaluate(String indicator, IndicatorQuery query) {
    return engine().evaluate(Engines.ANALYST, indicator, query);
  }

  private ItemDistribution distribution(IndicatorQuery query) {
    return engine().distribution(Engines.ANALYST, USER_SURVEY, null, query).items().get(0);
  }

  private DefaultIndicatorEngine engine() {
    return Engines.engine(region, instruments, new Thresholds(5));
  }

  private static ReportingPeriod period(String text) {
    return ReportingPeriod.parse("period", text);
  }

  private static ChoiceCount count(int value, int count, int n) {
    return new ChoiceCount(value, label(value), count, (double) count / n, false);
  }

  private static ChoiceCount hidden(int value) {
    return ChoiceCount.suppressed(value, label(value));
  }

  private static Text label(int value) {
    return new Text("v" + value, "v" + value);
  }
}
