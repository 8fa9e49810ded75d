package se.pejl.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.pejl.api.indicators.Cell;
import se.pejl.api.indicators.IndicatorResult;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FiguresTest {
  private static final IndicatorResult TJORN_STRICTER = new IndicatorResult(Fakes.indicator("x", "X", "health",
      "share", List.of()), List.of("municipality"), null, 5, Map.of("1407", 10), List.of(Cell.suppressed(Map.of())));

  @Test
  void a_footnote_across_municipalities_states_the_strictest_threshold_so_it_is_true_of_every_dash() {
    assertThat(Figures.footnoteThreshold(TJORN_STRICTER)).isEqualTo(10);
  }

  @Test
  void shares_are_percent_scores_one_decimal_and_counts_whole() {
    assertThat(Figures.pattern("share")).isEqualTo("0 %");
    assertThat(Figures.pattern("score")).isEqualTo("0.0");
    assertThat(Figures.pattern("count")).isEqualTo("0");
  }

  @Test
  void a_chart_shows_shares_in_percent_and_never_a_hidden_cell() {
    assertThat(Figures.chartValue("share", Cell.of(Map.of(), 0.25, 8))).isEqualTo(25.0);
    assertThat(Figures.chartValue("share", Cell.suppressed(Map.of()))).isNull();
    assertThat(Figures.chartValue("score", Cell.of(Map.of(), 12.0, 8))).isNull();
  }
}
