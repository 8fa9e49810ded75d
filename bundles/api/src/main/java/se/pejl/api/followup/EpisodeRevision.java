package se.pejl.api.followup;

import java.time.Instant;
import java.util.List;

/**
 * One change to an episode: who, when and what.
 *
 * @param revision 1 for the first change after the start, and so on
 * @param changedBy the user id
 * @param changedAt when
 * @param changes each field that changed, with its value before and after
 */
public record EpisodeRevision(int revision, String changedBy, Instant changedAt, List<FieldChange> changes) {
  public EpisodeRevision {
    changes = List.copyOf(changes);
  }

  /** One field's value before and after (as text; goals as one line per goal). */
  public record FieldChange(String field, String before, String after) {}
}
