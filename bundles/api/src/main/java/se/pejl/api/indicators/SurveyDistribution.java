package se.pejl.api.indicators;

import java.util.List;
import java.util.Objects;
import se.pejl.api.forms.Text;

/**
 * How the answers to each choice item of one instrument are spread over its choices, for a report
 * of a user survey's results. Aggregates only, small counts suppressed.
 *
 * @param instrumentId the instrument
 * @param instrumentName its title, in the latest version its answers were given under
 * @param occasion the occasion counted, or {@code null} for answers at every occasion
 * @param period the period whose answers count (by the day answered), or {@code null} for all time
 * @param threshold counts below this are suppressed: the queried municipality's own threshold, else
 *     the region's
 * @param items the single-choice, yes/no and goal-attainment items, in the instrument's order
 */
public record SurveyDistribution(
    String instrumentId,
    Text instrumentName,
    String occasion,
    ReportingPeriod period,
    int threshold,
    List<ItemDistribution> items) {

  public SurveyDistribution {
    Objects.requireNonNull(instrumentId, "instrumentId");
    items = List.copyOf(items);
  }

  /** Whether any item or count is suppressed: reports then give the footnote. */
  public boolean anySuppressed() {
    return items.stream().anyMatch(i -> i.suppressed() || i.choices().stream().anyMatch(ChoiceCount::suppressed));
  }
}
