package se.pejl.api.indicators;

import java.util.List;
import se.pejl.api.PejlUser;

/** Turns stored answers into aggregate figures with small numbers suppressed. */
public interface IndicatorEngine {

  List<IndicatorInfo> indicators();

  /**
   * Evaluates an indicator split by the given dimensions.
   *
   * @throws se.pejl.api.NotFoundException when no such indicator exists
   * @throws se.pejl.api.InvalidInputException when a dimension is not allowed for it
   */
  IndicatorResult evaluate(PejlUser user, String indicatorId, List<String> breakdown);
}
