package se.pejl.api.indicators;

import java.util.List;
import java.util.Map;

/**
 * An indicator evaluated over a query.
 *
 * @param indicator what was evaluated
 * @param breakdown the dimensions, in order, e.g. {@code [municipality, gender]}
 * @param period the period it covers, or {@code null} for all time
 * @param threshold cells computed from fewer than this many are suppressed; cells of one
 *     municipality use that municipality's threshold from {@code thresholds} when it has one
 * @param thresholds municipality code to its own threshold, where it differs from {@code threshold}
 * @param cells the figures, totals included ({@link Cell#ALL}); a dimension where one child can
 *     count in several values (occasion, BBIC area) has no total over it
 */
public record IndicatorResult(
    IndicatorInfo indicator,
    List<String> breakdown,
    ReportingPeriod period,
    int threshold,
    Map<String, Integer> thresholds,
    List<Cell> cells) {

  public IndicatorResult {
    breakdown = List.copyOf(breakdown);
    thresholds = Map.copyOf(thresholds);
    cells = List.copyOf(cells);
  }

  /** Whether any cell is suppressed: reports then give the footnote. */
  public boolean anySuppressed() {
    return cells.stream().anyMatch(Cell::suppressed);
  }
}
