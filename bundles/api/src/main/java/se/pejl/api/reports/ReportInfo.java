package se.pejl.api.reports;

import java.util.List;

/**
 * A report that can be rendered, as listed to users.
 *
 * @param id the id in {@code /pejl/api/reports/{id}}
 * @param titleSv the title in Swedish
 * @param titleEn the title in English
 * @param descriptionSv what the report shows, in Swedish
 * @param descriptionEn what the report shows, in English
 * @param formats the formats it can be rendered in
 * @param parameters what a user chooses before rendering it
 * @param confidential true when it shows one client's personal data: only allowed roles may run
 *     it, every run is audited, and every page says so
 * @param source {@code built-in}, or the symbolic name of the bundle that added it
 */
public record ReportInfo(
    String id,
    String titleSv,
    String titleEn,
    String descriptionSv,
    String descriptionEn,
    List<ReportFormat> formats,
    List<ReportParameter> parameters,
    boolean confidential,
    String source) {

  public static final String BUILT_IN = "built-in";

  public ReportInfo {
    formats = List.copyOf(formats);
    parameters = List.copyOf(parameters);
  }
}
