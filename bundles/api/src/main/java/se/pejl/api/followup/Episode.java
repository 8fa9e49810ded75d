package se.pejl.api.followup;

import java.time.LocalDate;
import java.util.List;
import se.pejl.api.ClientRef;
import se.pejl.api.MunicipalityCode;

/**
 * One intervention (insats) for one client.
 *
 * @param id Pejl's id
 * @param client the host's reference
 * @param municipality the municipality the episode belongs to
 * @param type e.g. {@link #SUPPORT_GROUP}
 * @param unit the unit that gives it
 * @param caseworker the responsible caseworker's user id
 * @param start first day
 * @param end last day, or {@code null} while it runs
 * @param purpose syfte
 * @param goals mål
 */
public record Episode(
    long id,
    ClientRef client,
    MunicipalityCode municipality,
    String type,
    String unit,
    String caseworker,
    LocalDate start,
    LocalDate end,
    String purpose,
    List<String> goals) {

  public static final String SUPPORT_GROUP = "support-group";
  public static final String INDIVIDUAL_TALKS = "individual-talks";
  public static final String FAMILY_HOME = "family-home";
  public static final String HVB = "hvb";
  public static final String PARENT_SUPPORT = "parent-support";

  public Episode {
    goals = List.copyOf(goals);
  }
}
