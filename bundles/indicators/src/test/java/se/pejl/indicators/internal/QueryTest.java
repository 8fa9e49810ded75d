package se.pejl.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.pejl.indicators.internal.Engines.NO_BREAKDOWN;
import static se.pejl.indicators.internal.Engines.figure;
import static se.pejl.indicators.internal.Region.SKOVDE;
import static se.pejl.indicators.internal.Region.TJORN;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.pejl.api.AccessDeniedException;
import se.pejl.api.InvalidInputException;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.NotFoundException;
import se.pejl.api.PejlUser;
import se.pejl.api.Role;
import se.pejl.api.indicators.IndicatorQuery;
import se.pejl.api.indicators.IndicatorResult;
import se.pejl.api.indicators.ReportingPeriod;
import se.pejl.indicators.internal.Engines.Figure;

/** The query's filters, and what is wrong with a query or its user. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class QueryTest {
  final Region region = new Region();

  @Test
  void a_half_year_takes_its_first_and_last_day() {
    region.episode("2024-12-31");
    region.episode("2025-01-01"); // in
    region.episode("2025-03-15"); // in
    region.episode("2025-06-30"); // in
    region.episode("2025-07-01");

    IndicatorResult r = evaluate("episodes-started", NO_BREAKDOWN.in(period("2025-H1")));

    assertThat(figure(r)).isEqualTo(Figure.of(3, 3));
    assertThat(r.period().label()).isEqualTo("2025-H1");
  }

  @Test
  void a_range_of_days_includes_both_ends() {
    region.episode("2025-01-31");
    region.episode("2025-02-01"); // in
    region.episode("2025-04-10"); // in
    region.episode("2025-05-31"); // in
    region.episode("2025-06-01");
    // Two more outside the range in its quarters, so that the rest of them (4) is not a small group.
    region.episode("2025-01-15");
    region.episode("2025-06-15");

    IndicatorResult r = evaluate("episodes-started", NO_BREAKDOWN.in(period("2025-02-01/2025-05-31")));

    assertThat(figure(r)).isEqualTo(Figure.of(3, 3));
  }

  @Test
  void only_the_unit_asked_for() {
    episodes(3, "familjeenheten", TJORN, Region.SUPPORT_GROUP);
    episodes(4, "hvb-tjorn", TJORN, Region.HVB);

    IndicatorResult r = evaluate("episodes-started", NO_BREAKDOWN.inUnit("hvb-tjorn"));

    assertThat(figure(r)).isEqualTo(Figure.of(4, 4));
  }

  @Test
  void only_the_municipality_asked_for() {
    episodes(3, "familjeenheten", TJORN, Region.SUPPORT_GROUP);
    episodes(4, "familjeenheten", SKOVDE, Region.SUPPORT_GROUP);

    IndicatorResult r = evaluate("episodes-started", NO_BREAKDOWN.in(MunicipalityCode.of(SKOVDE)));

    assertThat(figure(r)).isEqualTo(Figure.of(4, 4));
  }

  @Test
  void a_municipality_without_data_gives_an_empty_suppressed_table() {
    episodes(3, "familjeenheten", TJORN, Region.SUPPORT_GROUP);

    IndicatorResult r = evaluate("episodes-started", NO_BREAKDOWN.in(MunicipalityCode.of("1480")));

    assertThat(Engines.cell(r).suppressed()).isTrue();
  }

  @Test
  void only_the_episode_type_asked_for() {
    episodes(3, "familjeenheten", TJORN, Region.SUPPORT_GROUP);
    episodes(4, "hvb-tjorn", TJORN, Region.HVB);

    IndicatorResult r = evaluate("episodes-started", NO_BREAKDOWN.ofType(Region.SUPPORT_GROUP));

    assertThat(figure(r)).isEqualTo(Figure.of(3, 3));
  }

  @Test
  void filters_combine() {
    episodes(3, "familjeenheten", TJORN, Region.SUPPORT_GROUP);
    episodes(4, "familjeenheten", TJORN, Region.HVB);
    episodes(5, "familjeenheten", SKOVDE, Region.SUPPORT_GROUP);

    IndicatorResult r = evaluate("episodes-started", IndicatorQuery.by("unit").in(MunicipalityCode.of(TJORN))
        .inUnit("familjeenheten").ofType(Region.HVB).in(period("2025")));

    assertThat(figure(r, "unit=familjeenheten")).isEqualTo(Figure.of(4, 4));
  }

  @Test
  void an_unknown_indicator_is_not_found() {
    assertThatThrownBy(() -> evaluate("shoe-size", NO_BREAKDOWN)).isInstanceOf(NotFoundException.class)
        .hasMessageContaining("shoe-size");
  }

  @Test
  void a_breakdown_the_indicator_does_not_allow_names_by() {
    // Episodes carry no gender: the snapshot comes with each answer.
    assertThatThrownBy(() -> evaluate("episodes-started", IndicatorQuery.by("gender")))
        .isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("field", "by")
        .hasMessageContaining("gender");
  }

  @Test
  void an_indicator_over_several_occasions_must_be_split_by_occasion_or_a_child_would_count_twice() {
    assertThatThrownBy(() -> evaluate("wellbeing-at-occasion", IndicatorQuery.by("gender")))
        .isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("field", "by")
        .hasMessageContaining("occasion");
    assertThatThrownBy(() -> evaluate("hvb-satisfaction", IndicatorQuery.by("occasion")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("bbic-area");
  }

  @Test
  void a_breakdown_named_twice_names_by() {
    assertThatThrownBy(() -> evaluate("episodes-started", IndicatorQuery.by("municipality", "municipality")))
        .isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("field", "by");
  }

  @Test
  void more_than_four_breakdowns_name_by() {
    IndicatorQuery five = IndicatorQuery.by("municipality", "unit", "episode-type", "group", "year");

    assertThatThrownBy(() -> evaluate("episodes-started", five))
        .isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("field", "by");
  }

  @Test
  void four_breakdowns_are_allowed() {
    episodes(3, "familjeenheten", TJORN, Region.SUPPORT_GROUP);

    IndicatorResult r = evaluate("episodes-started", IndicatorQuery.by("municipality", "unit", "episode-type", "year"));

    assertThat(figure(r)).isEqualTo(Figure.of(3, 3));
  }

  @Test
  void an_unknown_unit_names_unit() {
    episodes(3, "familjeenheten", TJORN, Region.SUPPORT_GROUP);

    assertThatThrownBy(() -> evaluate("episodes-started", NO_BREAKDOWN.inUnit("no-such-unit")))
        .isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("field", "unit");
  }

  @Test
  void a_user_without_a_statistics_role_is_denied() {
    PejlUser admin = Engines.user(Role.ADMIN);

    assertThatThrownBy(() -> engine().evaluate(admin, "episodes-started", NO_BREAKDOWN))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void managers_analysts_and_caseworkers_may_read_statistics() {
    episodes(3, "familjeenheten", TJORN, Region.SUPPORT_GROUP);

    for (Role role : new Role[] {Role.MANAGER, Role.ANALYST, Role.CASEWORKER}) {
      assertThat(figure(engine().evaluate(Engines.user(role), "episodes-started", NO_BREAKDOWN)))
          .isEqualTo(Figure.of(3, 3));
    }
  }

  @Test
  void a_period_not_written_as_one_names_its_field() {
    assertThatThrownBy(() -> period("2025-H3")).isInstanceOf(InvalidInputException.class)
        .hasFieldOrPropertyWithValue("field", "period");
  }

  private void episodes(int count, String unit, String municipality, String type) {
    for (int i = 0; i < count; i++) {
      region.episode("2025-02-01").unit(unit).in(municipality).type(type);
    }
  }

  private static ReportingPeriod period(String text) {
    return ReportingPeriod.parse("period", text);
  }

  private DefaultIndicatorEngine engine() {
    return Engines.engine(region, new Instruments());
  }

  private IndicatorResult evaluate(String indicator, IndicatorQuery query) {
    return engine().evaluate(Engines.ANALYST, indicator, query);
  }
}
