package se.pejl.api.followup;

import java.time.LocalDate;
import java.util.List;
import se.pejl.api.ClientRef;

/**
 * What a caseworker gives to start follow-up of an intervention.
 *
 * @param client the host's client reference
 * @param type the episode type, e.g. {@link Episode#SUPPORT_GROUP}
 * @param unit the unit that gives the intervention
 * @param start the day it starts
 * @param purpose syfte
 * @param goals mål, one or more
 */
public record NewEpisode(
    ClientRef client, String type, String unit, LocalDate start, String purpose, List<String> goals) {

  public NewEpisode {
    goals = goals == null ? List.of() : List.copyOf(goals);
  }
}
