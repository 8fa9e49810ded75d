package se.pejl.api.indicators;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import se.pejl.api.PejlUser;
import se.pejl.api.forms.Norm;

/**
 * Turns stored answers and episodes into aggregate figures with small numbers suppressed. A
 * submitted answer is in the next evaluation.
 */
@ProviderType // only Pejl implements it, so a new method is a minor change for its callers
public interface IndicatorEngine {

  /** Every indicator definition now provided, by BBIC area and id. */
  List<IndicatorInfo> indicators();

  /** One definition, or empty. */
  default Optional<IndicatorInfo> indicator(String id) {
    return indicators().stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /**
   * Evaluates an indicator over the query. Aggregates only: every cell carries its n, or is
   * suppressed when its n (or what the table's totals would give back of it) is below the
   * threshold.
   *
   * @throws se.pejl.api.NotFoundException when no such indicator exists
   * @throws se.pejl.api.InvalidInputException naming {@code by} when a dimension is not allowed for
   *     it, and the field of any other wrong part of the query
   * @throws se.pejl.api.AccessDeniedException when the user's roles do not allow statistics
   */
  IndicatorResult evaluate(PejlUser user, String indicatorId, IndicatorQuery query);

  /**
   * The distribution of the answers to each single-choice, yes/no and goal-attainment item of an
   * instrument (free text, dates and numbers are left out), over the query's period (the day each
   * answer was given), municipality, unit and episode type, at one occasion or all. Items come in
   * the instrument's order, in the latest version its answers were given under (items are the same
   * across versions by id), each with every choice, lowest first, also those no one chose.
   *
   * <p>Counts below the threshold are suppressed, and as many more counts of the same item as it
   * takes that no suppressed count can be worked out from n and the published counts; an item with
   * n below the threshold is suppressed whole. A count of zero names no child and is published, as
   * the indicator tables let an empty group be seen.
   *
   * <p>A default, so that implementations written before 2.1 still compile; Pejl's engine
   * overrides it.
   *
   * @param occasion the occasion, e.g. {@code start}, or {@code null} for answers at every occasion
   * @param query its {@code by} must be empty: an item's distribution is not split further
   * @throws se.pejl.api.NotFoundException when no such instrument exists
   * @throws se.pejl.api.InvalidInputException naming {@code occasion} for an unknown occasion,
   *     {@code by} when it is not empty, and the field of any other wrong part of the query
   * @throws se.pejl.api.AccessDeniedException when the user's roles do not allow statistics
   * @since 2.1
   */
  default SurveyDistribution distribution(PejlUser user, String instrumentId, String occasion,
      IndicatorQuery query) {
    throw new UnsupportedOperationException("this indicator engine gives no survey distributions");
  }

  /**
   * The norm reliable change is computed with for a scale, so that one child's category in the
   * individual view is the one the indicators count: the scale's own norm, else one taken from the
   * region's start answers (SD of the scores, Cronbach's α of the items; at least 30 complete).
   *
   * @return empty when neither is there
   */
  default Optional<Norm> norm(String instrumentId, String scaleId) {
    return Optional.empty();
  }

  /**
   * The JSON Schema of the definition files, for regions that write their own indicators; empty
   * when this engine reads no files.
   */
  default Optional<String> definitionSchema() {
    return Optional.empty();
  }
}
