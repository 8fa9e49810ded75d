package se.pejl.api.followup;

import java.time.LocalDate;
import se.pejl.api.ClientRef;

/**
 * An episode without its documentation: whom it is for, who gives it and when. Its occasions are
 * worked out from this alone, so a list of many episodes' occasions reads no goals or texts.
 *
 * @param id Pejl's id
 * @param client the host's reference
 * @param type e.g. {@link Episode#SUPPORT_GROUP}
 * @param unit the unit that gives it
 * @param caseworker the responsible caseworker's user id
 * @param start first day
 * @param plannedEnd planned last day, or null
 * @param end actual last day, or null while it runs
 * @since 1.6
 */
public record EpisodeOutline(long id, ClientRef client, String type, String unit, String caseworker,
    LocalDate start, LocalDate plannedEnd, LocalDate end) {

  /** The episode's outline. */
  public static EpisodeOutline of(Episode e) {
    return new EpisodeOutline(e.id(), e.client(), e.type(), e.unit(), e.caseworker(), e.start(),
        e.plannedEnd(), e.end());
  }
}
