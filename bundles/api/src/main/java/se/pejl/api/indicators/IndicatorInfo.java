package se.pejl.api.indicators;

import java.util.List;
import java.util.Objects;
import se.pejl.api.forms.Text;

/**
 * What an indicator measures, as its definition file says, in Swedish and English.
 *
 * @param id stable id, e.g. {@code wellbeing-improved}
 * @param version the definition's version; a changed computation is a new version
 * @param name the name shown in tables and reports
 * @param description how it is computed
 * @param bbicArea the BBIC area key (e.g. {@code emotional-behavioural}), {@code process} for how
 *     follow-up is done, or {@code by-area} when it is split by the BBIC area of its scales
 * @param kind how it is computed: {@code count}, {@code share}, {@code mean}, {@code median},
 *     {@code mean-change}, {@code reliable-change}, {@code coverage}, {@code response-rate} or
 *     {@code goal-attainment}
 * @param valueType what a cell's value is: {@code share} (0–1), {@code score}, {@code t-score},
 *     {@code days} or {@code count}
 * @param better {@code higher} or {@code lower}: which direction is better
 * @param counts who or what each cell's n counts
 * @param missing the rule for missing data: who is left out of n, and why
 * @param breakdowns the dimensions it may be split by
 * @param mustSplitBy the dimensions every table of it is split by: {@code occasion} when it counts
 *     answers at several occasions, {@code bbic-area} when it has a scale per area, since a cell
 *     pooling them would count one child several times
 */
public record IndicatorInfo(
    String id,
    int version,
    Text name,
    Text description,
    String bbicArea,
    String kind,
    String valueType,
    String better,
    Text counts,
    Text missing,
    List<String> breakdowns,
    List<String> mustSplitBy) {

  public static final String PROCESS = "process";
  public static final String BY_AREA = "by-area";

  public IndicatorInfo {
    Objects.requireNonNull(id, "id");
    breakdowns = List.copyOf(breakdowns);
    mustSplitBy = List.copyOf(mustSplitBy);
  }
}
