package se.pejl.api.reports;

import java.util.List;

/** A report that can be rendered, as listed to users. */
public record ReportInfo(
    String id, String titleSv, String titleEn, List<ReportFormat> formats, List<String> parameters) {

  public ReportInfo {
    formats = List.copyOf(formats);
    parameters = List.copyOf(parameters);
  }
}
