package se.pejl.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static se.pejl.indicators.internal.Engines.figure;
import static se.pejl.indicators.internal.Instruments.HVB_SURVEY;
import static se.pejl.indicators.internal.Instruments.SUPPORT_GROUP_SURVEY;
import static se.pejl.indicators.internal.Instruments.WELLBEING;
import static se.pejl.indicators.internal.Region.GOTEBORG;
import static se.pejl.indicators.internal.Region.SKOVDE;
import static se.pejl.indicators.internal.Region.TJORN;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.pejl.api.Gender;
import se.pejl.api.indicators.Cell;
import se.pejl.api.indicators.IndicatorQuery;
import se.pejl.api.indicators.IndicatorResult;
import se.pejl.indicators.internal.Engines.Figure;

/** Every dimension a table can be split by, with the labels its cells are published under. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BreakdownTest {
  final Region region = new Region();

  @Test
  void by_gender() {
    answers(Gender.GIRL, 12, 3);
    answers(Gender.BOY, 12, 4);
    answers(Gender.OTHER, 12, 3);

    IndicatorResult r = evaluate("wellbeing-answers", "gender");

    assertThat(labels(r, "gender")).containsExactly("BOY", "GIRL", "OTHER", "ALL");
    assertThat(figure(r, "gender=BOY")).isEqualTo(Figure.of(4, 4));
    assertThat(figure(r)).isEqualTo(Figure.of(10, 10)); // 3 + 4 + 3
  }

  @Test
  void by_the_default_age_bands_with_every_other_age_in_other() {
    for (int age : new int[] {7, 9, 12, 13, 14, 15, 16, 18, 20, 6, 21}) {
      answers(Gender.GIRL, age, 1);
    }
    answers(Gender.GIRL, null, 1); // age not known: other

    IndicatorResult r = evaluate("wellbeing-answers", "age-band");

    assertThat(figure(r, "age-band=7-12")).isEqualTo(Figure.of(3, 3)); //   7, 9, 12
    assertThat(figure(r, "age-band=13-15")).isEqualTo(Figure.of(3, 3)); // 13, 14, 15
    assertThat(figure(r, "age-band=16-20")).isEqualTo(Figure.of(3, 3)); // 16, 18, 20
    assertThat(figure(r, "age-band=other")).isEqualTo(Figure.of(3, 3)); //  6, 21, unknown
    assertThat(figure(r)).isEqualTo(Figure.of(12, 12));
  }

  @Test
  void by_municipality() {
    episodes(3, e -> e.in(TJORN));
    episodes(4, e -> e.in(SKOVDE));
    episodes(5, e -> e.in(GOTEBORG));

    IndicatorResult r = evaluate("episodes-started", "municipality");

    assertThat(labels(r, "municipality")).containsExactly(TJORN, GOTEBORG, SKOVDE, Cell.ALL);
    assertThat(figure(r, "municipality=" + SKOVDE)).isEqualTo(Figure.of(4, 4));
    assertThat(figure(r)).isEqualTo(Figure.of(12, 12));
  }

  @Test
  void by_unit() {
    episodes(3, e -> e.unit("familjeenheten"));
    episodes(4, e -> e.unit("hvb-tjorn"));

    IndicatorResult r = evaluate("episodes-started", "unit");

    assertThat(figure(r, "unit=familjeenheten")).isEqualTo(Figure.of(3, 3));
    assertThat(figure(r, "unit=hvb-tjorn")).isEqualTo(Figure.of(4, 4));
  }

  @Test
  void by_episode_type() {
    episodes(3, e -> e.type(Region.SUPPORT_GROUP));
    episodes(4, e -> e.type(Region.HVB));

    IndicatorResult r = evaluate("episodes-started", "episode-type");

    assertThat(labels(r, "episode-type")).containsExactly("hvb", "support-group", Cell.ALL);
    assertThat(figure(r, "episode-type=hvb")).isEqualTo(Figure.of(4, 4));
  }

  @Test
  void by_group_with_episodes_of_no_group_under_none() {
    episodes(3, e -> e.group("g1"));
    episodes(3, e -> e.group("g2"));
    episodes(3, e -> e);

    IndicatorResult r = evaluate("episodes-started", "group");

    assertThat(labels(r, "group")).containsExactly("g1", "g2", "none", Cell.ALL);
  }

  @Test
  void an_anonymous_answer_takes_the_episode_type_of_its_group() {
    episodes(1, e -> e.group("g1").type(Region.SUPPORT_GROUP));
    for (int i = 0; i < 3; i++) {
      region.groupAnswer("g1", SUPPORT_GROUP_SURVEY, "end", "2025-05-20").item("talk-adult", 1);
    }

    IndicatorResult r = evaluate("someone-to-talk-to", "episode-type", "group");

    assertThat(figure(r, "episode-type=support-group", "group=g1")).isEqualTo(Figure.of(1, 3));
  }

  @Test
  void by_year_half_year_and_quarter() {
    for (String day : List.of("2024-12-31", "2025-01-01", "2025-03-31", "2025-04-01", "2025-06-30", "2025-07-01",
        "2025-12-31")) {
      for (int i = 0; i < 3; i++) {
        region.episode(day); // three started on each day
      }
    }

    IndicatorResult years = evaluate("episodes-started", "year");
    assertThat(labels(years, "year")).containsExactly("2024", "2025", "ALL");
    assertThat(figure(years, "year=2025")).isEqualTo(Figure.of(18, 18)); // 6 days × 3
    IndicatorResult halves = evaluate("episodes-started", "half-year");
    assertThat(labels(halves, "half-year")).containsExactly("2024-H2", "2025-H1", "2025-H2", "ALL");
    assertThat(figure(halves, "half-year=2025-H1")).isEqualTo(Figure.of(12, 12)); // 1 Jan, 31 Mar, 1 Apr, 30 Jun
    IndicatorResult quarters = evaluate("episodes-started", "quarter");
    assertThat(labels(quarters, "quarter")).containsExactly("2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4",
        "ALL");
    assertThat(figure(quarters, "quarter=2025-Q2")).isEqualTo(Figure.of(6, 6)); // 1 Apr, 30 Jun
  }

  @Test
  void by_bbic_area_and_gender() {
    for (Gender g : List.of(Gender.GIRL, Gender.GIRL, Gender.GIRL, Gender.BOY, Gender.BOY, Gender.BOY)) {
      region.episode("2025-01-01").type(Region.HVB).child(g, 15).answers(HVB_SURVEY, "review-6m", "2025-07-01")
          .score("health", g == Gender.GIRL ? 4 : 2).score("education", 3);
    }

    IndicatorResult r = evaluate("hvb-satisfaction", "occasion", "bbic-area", "gender");

    String review = "occasion=review-6m";
    assertThat(figure(r, review, "bbic-area=health", "gender=GIRL")).isEqualTo(Figure.of(4, 3));
    assertThat(figure(r, review, "bbic-area=health", "gender=BOY")).isEqualTo(Figure.of(2, 3));
    assertThat(figure(r, review, "bbic-area=health")).isEqualTo(Figure.of(3, 6)); // (3·4 + 3·2) / 6
    assertThat(r.cells()).noneMatch(c -> c.key().get("bbic-area").equals(Cell.ALL));
  }

  @Test
  void two_dimensions_give_every_combination_met_and_the_totals() {
    episodes(3, e -> e.in(TJORN).type(Region.SUPPORT_GROUP));
    episodes(4, e -> e.in(TJORN).type(Region.HVB));
    episodes(5, e -> e.in(SKOVDE).type(Region.SUPPORT_GROUP));
    episodes(6, e -> e.in(SKOVDE).type(Region.HVB));

    IndicatorResult r = evaluate("episodes-started", "municipality", "episode-type");

    assertThat(r.cells()).hasSize(3 * 3); // 2 × 2, the 2 + 2 totals and the grand total
    assertThat(figure(r, "municipality=" + TJORN)).isEqualTo(Figure.of(7, 7));
    assertThat(figure(r, "episode-type=hvb")).isEqualTo(Figure.of(10, 10));
    assertThat(figure(r)).isEqualTo(Figure.of(18, 18));
  }

  private void answers(Gender gender, Integer age, int count) {
    for (int i = 0; i < count; i++) {
      region.episode("2025-02-01").child(gender, age).answers(WELLBEING, "start", "2025-02-03").score("total", 10);
    }
  }

  private void episodes(int count, UnaryOperator<Region.Episode> how) {
    for (int i = 0; i < count; i++) {
      how.apply(region.episode("2025-02-01"));
    }
  }

  /** The values of a table of one dimension, in table order. */
  private static List<String> labels(IndicatorResult r, String dimension) {
    return r.cells().stream().map(c -> c.key().get(dimension)).toList();
  }

  private IndicatorResult evaluate(String indicator, String... by) {
    return Engines.engine(region, new Instruments()).evaluate(Engines.ANALYST, indicator, IndicatorQuery.by(by));
  }
}
