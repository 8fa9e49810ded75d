package se.pejl.api.indicators;

import java.util.List;

/**
 * An indicator evaluated over a breakdown.
 *
 * @param indicator what was evaluated
 * @param breakdown the dimensions, in order, e.g. {@code [municipality, gender]}
 * @param threshold cells computed from fewer than this many are suppressed
 * @param cells the figures, totals included
 */
public record IndicatorResult(
    IndicatorInfo indicator, List<String> breakdown, int threshold, List<Cell> cells) {

  public IndicatorResult {
    breakdown = List.copyOf(breakdown);
    cells = List.copyOf(cells);
  }
}
