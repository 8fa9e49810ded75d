package se.pejl.followup.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * One line of a measurement plan: when an occasion is due, its window and its instruments.
 *
 * @param key the occasion's key, e.g. {@code start}
 * @param fromEnd true when counted from the episode's end (actual, else planned), false from its start
 * @param offset how long after the anchor it is due
 * @param every for a repeated occasion (e.g. every 6 months while the episode runs), else null
 * @param before how many days before the due day answers count
 * @param after how many days after the due day answers count
 * @param instruments the instruments to answer at it
 */
record OccasionRule(String key, boolean fromEnd, Period offset, Period every, int before,
    int after, List<String> instruments) {

  OccasionRule {
    instruments = List.copyOf(instruments);
  }

  /** The due day counted from the anchor day, or null when the anchor is not known yet. */
  LocalDate dueFrom(LocalDate anchor) {
    return anchor == null ? null : anchor.plus(offset);
  }
}
