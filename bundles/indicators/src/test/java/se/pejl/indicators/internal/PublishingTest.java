package se.pejl.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static se.pejl.indicators.internal.Engines.NO_BREAKDOWN;
import static se.pejl.indicators.internal.Engines.cell;
import static se.pejl.indicators.internal.Engines.figure;
import static se.pejl.indicators.internal.Instruments.WELLBEING;
import static se.pejl.indicators.internal.Region.GOTEBORG;
import static se.pejl.indicators.internal.Region.SKOVDE;
import static se.pejl.indicators.internal.Region.TJORN;

import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.indicators.Cell;
import se.pejl.api.indicators.IndicatorQuery;
import se.pejl.api.indicators.IndicatorResult;
import se.pejl.indicators.internal.Engines.Figure;

/** What leaves the engine: small cells hidden, each municipality's own threshold, fresh data. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PublishingTest {
  final Region region = new Region();

  @Test
  void a_cell_below_the_threshold_has_neither_value_nor_n() {
    episodes(TJORN, 2);
    episodes(SKOVDE, 5);
    episodes(GOTEBORG, 6);

    IndicatorResult r = evaluate(new Thresholds(3), IndicatorQuery.by("municipality"));

    assertThat(cell(r, "municipality=" + TJORN)).isEqualTo(Cell.suppressed(Map.of("municipality", TJORN)));
    assertThat(r.anySuppressed()).isTrue();
  }

  @Test
  void the_smallest_other_cell_of_its_line_is_hidden_too_so_the_total_does_not_give_it_back() {
    episodes(TJORN, 2);
    episodes(SKOVDE, 5);
    episodes(GOTEBORG, 6);

    IndicatorResult r = evaluate(new Thresholds(3), IndicatorQuery.by("municipality"));

    assertThat(cell(r, "municipality=" + SKOVDE).suppressed()).isTrue(); // 13 − 6 − 5 would give 2
    assertThat(figure(r, "municipality=" + GOTEBORG)).isEqualTo(Figure.of(6, 6));
    assertThat(figure(r)).isEqualTo(Figure.of(13, 13));
  }

  @Test
  void a_municipality_s_own_threshold_applies_to_its_cells() {
    episodes(TJORN, 6); //    6 < 8, Tjörn's own threshold
    episodes(SKOVDE, 6); //   ≥ 3, the region's; hidden only so that Tjörn's 6 cannot be given back
    episodes(GOTEBORG, 7);

    IndicatorResult r = evaluate(new Thresholds(3, "1407=8"), IndicatorQuery.by("municipality"));

    assertThat(cell(r, "municipality=" + TJORN).suppressed()).isTrue();
    assertThat(cell(r, "municipality=" + SKOVDE).suppressed()).isTrue();
    assertThat(figure(r, "municipality=" + GOTEBORG)).isEqualTo(Figure.of(7, 7));
    assertThat(figure(r)).isEqualTo(Figure.of(19, 19)); // the region's total, under the region's threshold
    assertThat(r.threshold()).isEqualTo(3);
    assertThat(r.thresholds()).isEqualTo(Map.of(TJORN, 8));
  }

  @Test
  void a_query_of_one_municipality_uses_its_threshold_for_every_cell() {
    episodes(TJORN, 6);

    IndicatorResult r = evaluate(new Thresholds(3, "1407=8"), NO_BREAKDOWN.in(MunicipalityCode.of(TJORN)));

    assertThat(cell(r).suppressed()).isTrue(); // 6 < 8
    assertThat(r.threshold()).isEqualTo(8);
  }

  @Test
  void a_threshold_below_three_is_raised_to_three() {
    episodes(TJORN, 2);

    IndicatorResult r = evaluate(new Thresholds(1, "1496=2"), NO_BREAKDOWN);

    assertThat(r.threshold()).isEqualTo(3);
    assertThat(cell(r).suppressed()).isTrue();
  }

  @Test
  void a_new_answer_is_counted_in_the_next_evaluation() {
    answer(10);
    answer(12);
    answer(14);
    DefaultIndicatorEngine engine = Engines.engine(region, new Instruments());
    assertThat(figure(engine.evaluate(Engines.ANALYST, "wellbeing-at-occasion", IndicatorQuery.by("occasion")),
        "occasion=start")).isEqualTo(Figure.of(12, 3)); // 36 / 3

    answer(20);

    assertThat(figure(engine.evaluate(Engines.ANALYST, "wellbeing-at-occasion", IndicatorQuery.by("occasion")),
        "occasion=start")).isEqualTo(Figure.of(14, 4)); // 56 / 4
  }

  @Test
  void a_changed_score_replaces_the_old_one_in_the_next_evaluation() {
    answer(10);
    answer(12);
    Region.Answer corrected = answer(14);
    DefaultIndicatorEngine engine = Engines.engine(region, new Instruments());
    engine.evaluate(Engines.ANALYST, "wellbeing-at-occasion", IndicatorQuery.by("occasion"));

    corrected.score("total", 5);

    assertThat(figure(engine.evaluate(Engines.ANALYST, "wellbeing-at-occasion", IndicatorQuery.by("occasion")),
        "occasion=start")).isEqualTo(Figure.of(9, 3)); // (10 + 12 + 5) / 3
  }

  private void episodes(String municipality, int count) {
    for (int i = 0; i < count; i++) {
      region.episode("2025-02-01").in(municipality);
    }
  }

  private Region.Answer answer(double total) {
    return region.episode("2025-02-01").answers(WELLBEING, "start", "2025-02-03").score("total", total);
  }

  private IndicatorResult evaluate(Thresholds thresholds, IndicatorQuery query) {
    return Engines.engine(region, new Instruments(), thresholds).evaluate(Engines.ANALYST, "episodes-started", query);
  }
}
