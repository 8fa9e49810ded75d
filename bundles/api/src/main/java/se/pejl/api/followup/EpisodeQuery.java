package se.pejl.api.followup;

import java.time.LocalDate;
import se.pejl.api.ClientRef;

/**
 * Which episodes to list, within one municipality. A null field does not filter.
 *
 * @param client one client's episodes
 * @param caseworker the episodes this caseworker is responsible for
 * @param unit one unit's episodes
 * @param openOnly only episodes that have not ended
 * @param startedBy only episodes started on or before this day, or null
 */
public record EpisodeQuery(ClientRef client, String caseworker, String unit, boolean openOnly,
    LocalDate startedBy) {

  /** Episodes started on any day. */
  public EpisodeQuery(ClientRef client, String caseworker, String unit, boolean openOnly) {
    this(client, caseworker, unit, openOnly, null);
  }

  public static EpisodeQuery all() {
    return new EpisodeQuery(null, null, null, false);
  }
}
