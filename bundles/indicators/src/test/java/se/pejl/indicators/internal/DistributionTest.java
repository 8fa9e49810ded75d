package se.pejl.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.pejl.indicators.internal.Engines.NO_BREAKDOWN;
import static se.pejl.indicators.internal.Instruments.USER_SURVEY;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.pejl.api.AccessDeniedException;
import se.pejl.api.InvalidInputException;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.NotFoundException;
import se.pejl.api.Role;
import se.pejl.api.forms.Text;
import se.pejl.api.indicators.ChoiceCount;
import se.pejl.api.indicators.IndicatorQuery;
import se.pejl.api.indicators.ItemDistribution;
import se.pejl.api.indicators.ReportingPeriod;
import se.pejl.api.indicators.SurveyDistribution;

/** How a user survey's answers spread over each item's choices, with small counts suppressed (threshold 3). */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DistributionTest {
  final Region region = new Region();
  Instruments instruments = new Instruments().withUserSurvey(false);

  @Test
  void each_choice_item_gets_its_counts_and_shares_of_n_lowest_choice_first() {
    int[] safe = {2, 2, 2, 3, 3, 3, 4, 4, 4, 4};
    for (int i = 0; i < safe.length; i++) {
      answer("start", "2025-03-01").item("safe", safe[i]).item("listened", i < 7 ? 1 : 0).item("hours", 12);
    }
    answer("start", "2025-03-01").item("safe", 1).waitingForSnapshot(); // not counted, as in the indicators

    SurveyDistribution d = distribution(null, NO_BREAKDOWN);

    assertThat(d.instrumentName()).isEqualTo(new Text("Brukarenkät", "User survey"));
    assertThat(d.threshold()).isEqualTo(3);
    // Free text, numbers and dates are left out; the goal item is there, with no answers.
    assertThat(d.items()).extracting(ItemDistribution::itemId).containsExactly("safe", "listened", "goal");
    ItemDistribution item = d.items().get(0);
    assertThat(item.n()).isEqualTo(10);
    assertThat(item.bbicArea()).isEqualTo("emotional-behavioural");
    assertThat(item.text().sv()).isEqualTo("Jag känner mig trygg");
    assertThat(item.choices()).containsExactly( // defined highest first, listed lowest first
        count(1, 0, 10), count(2, 3, 10), count(3, 3, 10), count(4, 4, 10)); // no one chose 1: a zero names no child
    assertThat(d.items().get(1).choices()).containsExactly(count(0, 3, 10), count(1, 7, 10));
    assertThat(d.items().get(1).n()).isEqualTo(10);
  }

  @Test
  void a_small_count_is_suppressed_with_the_next_smallest_so_that_n_does_not_give_it_back() {
    answers(1, "safe", 1); // 1 < 3: suppressed
    answers(5, "safe", 3); // the smallest other count: suppressed too, or 12 - 0 - 6 would give the 1 back
    answers(6, "safe", 4);

    ItemDistribution item = distribution(null, NO_BREAKDOWN).items().get(0);

    assertThat(item.suppressed()).isFalse();
    assertThat(item.n()).isEqualTo(12);
    assertThat(item.choices()).containsExactly(hidden(1), count(2, 0, 12), hidden(3), count(4, 6, 12));
  }

  @Test
  void two_hidden_ones_are_not_left_alone_as_each_is_known_to_be_at_least_one() {
    answers(1, "safe", 1);
    answers(1, "safe", 2);
    answers(8, "safe", 4); // 10 - 8 = 2 over two hidden counts, neither zero: both would be 1

    ItemDistribution item = distribution(null, NO_BREAKDOWN).items().get(0);

    assertThat(item.n()).isEqualTo(10);
    assertThat(item.choices()).containsExactly(hidden(1), hidden(2), count(3, 0, 10), hidden(4));
  }

  @Test
  void an_item_answered_by_fewer_than_the_threshold_is_suppressed_whole() {
    answers(2, "safe", 4);
    answers(3, "listened", 1);

    SurveyDistribution d = distribution(null, NO_BREAKDOWN);

    ItemDistribution safe = d.items().get(0);
    assertThat(safe.suppressed()).isTrue();
    assertThat(safe.n()).isNull();
    assertThat(safe.choices()).containsExactly(hidden(1), hidden(2), hidden(3), hidden(4)); // its zeros too
    assertThat(d.items().get(1).choices()).containsExactly(count(0, 0, 3), count(1, 3, 3));
    assertThat(d.anySuppressed()).isTrue();
  }

  @Test
  void three_ones_are_suppressed_whole_as_n_would_give_each_back() {
    answers(1, "safe", 1);
    answers(1, "safe", 2);
    answers(1, "safe", 3);

    ItemDistribution item = distribution(null, NO_BREAKDOWN).items().get(0);

    assertThat(item.suppressed()).isTrue();
    assertThat(item.n()).isNull();
  }

  @Test
  void only_answers_at_the_occasion_asked_for_count_and_no_occasion_counts_them_all() {
    for (int i = 0; i < 3; i++) {
      answer("start", "2025-03-01").item("safe", 4);
    }
    for (int i = 0; i < 5; i++) {
      answer("end", "2025-09-01").item("safe", 2);
    }

    assertThat(distribution("start", NO_BREAKDOWN).items().get(0).choices()).containsExactly(
        count(1, 0, 3), count(2, 0, 3), count(3, 0, 3), count(4, 3, 3));
    assertThat(distribution("end", NO_BREAKDOWN).items().get(0).n()).isEqualTo(5);
    assertThat(distribution(null, NO_BREAKDOWN).items().get(0).choices()).containsExactly(
        count(1, 0, 8), count(2, 5, 8), count(3, 0, 8), count(4, 3, 8));
    assertThat(distribution("start", NO_BREAKDOWN).occasion()).isEqualTo("start");
  }

  @Test
  void a_standard_occasion_no_one_has_answered_at_gives_empty_items_and_an_unknown_one_names_occasion() {
    answers(5, "safe", 4);

    assertThat(distribution("followup-6m", NO_BREAKDOWN).items()).allSatisfy(i -> assertThat(i.suppressed()).isTrue());
    assertThatThrownBy(() -> distribution("halfway", NO_BREAKDOWN)).isInstanceOf(InvalidInputException.class)
        .hasFieldOrPropertyWithValue("field", "occasion").hasMessageContaining("halfway").hasMessageContaining("start");
  }

  @Test
  void only_answers_given_in_the_period_count_both_ends_included() {
    for (String day : new String[] {"2024-12-31", "2025-01-01", "2025-03-15", "2025-06-30", "2025-07-01"}) {
      answer("start", day).item("safe", 3);
    }

    SurveyDistribution d = distribution(null, NO_BREAKDOWN.in(ReportingPeriod.parse("period", "2025-H1")));

    assertThat(d.items().get(0).choices()).contains(count(3, 3, 3));
    assertThat(d.period().label()).isEqualTo("2025-H1");
  }

  @Test
  void a_breakdown_names_by() {
    assertThatThrownBy(() -> distribution(null, IndicatorQuery.by("gender")))
        .isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("field", "by");
  }

  @Test
  void an_unknown_instrument_is_not_found() {
    assertThatThrownBy(() -> engine().distribution(Engines.ANALYST, "shoe-survey", null, NO_BREAKDOWN))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("shoe-survey");
  }

  @Test
  void an_unknown_unit_names_unit_and_a_user_without_a_statistics_role_is_denied() {
    answers(3, "safe", 4);

    assertThatThrownBy(() -> distribution(null, NO_BREAKDOWN.inUnit("no-such-unit")))
        .isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("field", "unit");
    assertThatThrownBy(() -> engine().distribution(Engines.user(Role.ADMIN), USER_SURVEY, null, NO_BREAKDOWN))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void a_manager_asking_for_their_municipality_gets_its_answers_under_its_own_threshold() {
    answers(6, "safe", 4);
    answers(4, "safe", 3); // 4 < 5, Tjörn's own threshold
    answers(5, "safe", 2); // the smallest other count: suppressed too
    for (int i = 0; i < 10; i++) {
      region.episode("2025-02-01").in(Region.SKOVDE).answers(USER_SURVEY, "start", "2025-03-01").item("safe", 1);
    }
    DefaultIndicatorEngine engine = Engines.engine(region, instruments, new Thresholds(3, "1407=5"));

    SurveyDistribution d = engine.distribution(Engines.user(Role.MANAGER), USER_SURVEY, null,
        NO_BREAKDOWN.in(MunicipalityCode.of(Region.TJORN)));

    assertThat(d.threshold()).isEqualTo(5);
    assertThat(d.items().get(0).n()).isEqualTo(15); // Skövde's ten are not counted
    assertThat(d.items().get(0).choices()).containsExactly(count(1, 0, 15), hidden(2), hidden(3), count(4, 6, 15));
  }

  @Test
  void an_answer_given_after_a_distribution_is_in_the_next_one() {
    answers(3, "safe", 4);
    DefaultIndicatorEngine engine = engine();
    assertThat(engine.distribution(Engines.ANALYST, USER_SURVEY, null, NO_BREAKDOWN).items().get(0).n()).isEqualTo(3);

    answers(1, "safe", 4);

    assertThat(engine.distribution(Engines.ANALYST, USER_SURVEY, null, NO_BREAKDOWN).items().get(0).choices())
        .contains(count(4, 4, 4));
  }

  @Test
  void items_and_texts_are_the_latest_answered_versions_and_older_answers_count_by_item_id() {
    instruments = new Instruments().withUserSurvey(true);
    answers(3, "safe", 4); // version 1
    for (int i = 0; i < 4; i++) {
      answer("start", "2025-03-01").version(2).item("safe", 3).item("food", 2);
    }

    SurveyDistribution d = distribution(null, NO_BREAKDOWN);

    assertThat(d.instrumentName().sv()).isEqualTo("Brukarenkät 2");
    assertThat(d.items()).extracting(ItemDistribution::itemId).containsExactly("safe", "listened", "goal", "food");
    assertThat(d.items().get(0).text().sv()).isEqualTo("Jag känner mig trygg här");
    assertThat(d.items().get(0).n()).isEqualTo(7);
    assertThat(d.items().get(3).choices()).containsExactly(count(1, 0, 4), count(2, 4, 4), count(3, 0, 4));
  }

  /** Answers of as many children at the start, on 1 March 2025, each giving the item this value. */
  private void answers(int children, String item, double value) {
    for (int i = 0; i < children; i++) {
      answer("start", "2025-03-01").item(item, value);
    }
  }

  /** One answer by a new child, a girl of 12 in Tjörn's family unit. */
  private Region.Answer answer(String occasion, String day) {
    return region.episode("2025-02-01").answers(USER_SURVEY, occasion, day);
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

  private DefaultIndicatorEngine engine() {
    return Engines.engine(region, instruments);
  }

  private SurveyDistribution distribution(String occasion, IndicatorQuery query) {
    return engine().distribution(Engines.ANALYST, USER_SURVEY, occasion, query);
  }
}
