package se.pejl.api.followup;

import java.time.LocalDate;
import java.util.List;
import se.pejl.api.ClientRef;

/**
 * What a caseworker gives to start follow-up of an intervention (insats).
 *
 * @param client the host's client reference
 * @param type the episode type, e.g. {@link Episode#SUPPORT_GROUP}
 * @param unit the unit that gives the intervention
 * @param groupId for a support group: the group all its children's episodes share; else null
 * @param start the day it starts
 * @param plannedEnd the day it is planned to end, or null
 * @param purpose syfte
 * @param goals mål, one or more
 * @param content innehåll: what the intervention consists of, or null until known
 */
public record NewEpisode(
    ClientRef client,
    String type,
    String unit,
    String groupId,
    LocalDate start,
    LocalDate plannedEnd,
    String purpose,
    List<String> goals,
    String content) {

  public NewEpisode {
    goals = goals == null ? List.of() : List.copyOf(goals);
  }

  /** The short form: no group, no planned end, content documented later. */
  public NewEpisode(ClientRef client, String type, String unit, LocalDate start, String purpose,
      List<String> goals) {
    this(client, type, unit, null, start, null, purpose, goals, null);
  }
}
