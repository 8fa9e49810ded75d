package se.pejl.api.followup;

import java.time.LocalDate;
import java.util.List;
import se.pejl.api.ClientRef;
import se.pejl.api.MunicipalityCode;

/**
 * One intervention (insats) for one client, with its documentation: purpose, goals, content and
 * result.
 *
 * @param id Pejl's id
 * @param client the host's reference
 * @param municipality the municipality the episode belongs to
 * @param type e.g. {@link #SUPPORT_GROUP}
 * @param unit the unit that gives it
 * @param caseworker the responsible caseworker's user id
 * @param groupId the support group shared by its children's episodes, or null
 * @param start first day
 * @param plannedEnd planned last day, or null
 * @param end actual last day, or null while it runs
 * @param purpose syfte
 * @param goals mål, each with its attainment once rated
 * @param content innehåll
 * @param result resultat
 * @param endReason why it ended (avslutsorsak), once closed
 * @param revision how many times it has been changed since it was started (0 = never)
 */
public record Episode(
    long id,
    ClientRef client,
    MunicipalityCode municipality,
    String type,
    String unit,
    String caseworker,
    String groupId,
    LocalDate start,
    LocalDate plannedEnd,
    LocalDate end,
    String purpose,
    List<Goal> goals,
    String content,
    String result,
    String endReason,
    int revision) {

  public static final String SUPPORT_GROUP = "support-group";
  public static final String INDIVIDUAL_TALKS = "individual-talks";
  public static final String FAMILY_HOME = "family-home";
  public static final String HVB = "hvb";
  public static final String PARENT_SUPPORT = "parent-support";

  public Episode {
    goals = List.copyOf(goals);
  }

  public boolean isClosed() {
    return end != null;
  }
}
