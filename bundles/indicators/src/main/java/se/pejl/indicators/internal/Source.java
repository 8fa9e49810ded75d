package se.pejl.indicators.internal;

import java.util.List;
import java.util.Set;

/**
 * What an indicator is computed from; which fields are set depends on its {@link Kind}.
 *
 * @param population what n counts
 * @param instrument the instrument whose answers count, or null
 * @param scale the scale, {@link #EVERY_AREA} for each scale with a BBIC area, or null
 * @param occasions the occasions whose answers count; empty for all
 * @param from the first occasion of a change
 * @param to the second occasion of a change
 * @param category for reliable change: which category the share is of
 * @param condition for a share: what the numerator meets
 * @param episodeTypes only episodes of these types; empty for all
 * @param measure for a mean or median over episodes: what is measured
 * @param closedOnly only episodes that have ended (counted by their end day)
 * @param missingAsNo for a share of answers: an answer without the score counts as not meeting
 *     the condition, instead of being left out
 */
record Source(
    Population population,
    String instrument,
    String scale,
    List<String> occasions,
    String from,
    String to,
    ChangeCategory category,
    Condition condition,
    Set<String> episodeTypes,
    EpisodeMeasure measure,
    boolean closedOnly,
    boolean missingAsNo) {

  static final String EVERY_AREA = "*";

  Source {
    occasions = List.copyOf(occasions);
    episodeTypes = Set.copyOf(episodeTypes);
  }

  boolean everyArea() {
    return EVERY_AREA.equals(scale);
  }
}
