package se.pejl.api.reports;

import java.util.List;
import java.util.Map;
import se.pejl.api.PejlUser;

/** Renders the built-in reports from the indicator engine's figures. */
public interface ReportService {

  List<ReportInfo> reports();

  /**
   * Renders one report.
   *
   * @throws se.pejl.api.NotFoundException for an unknown report id
   * @throws se.pejl.api.InvalidInputException for a wrong parameter or a format not offered
   */
  RenderedReport render(
      PejlUser user, String reportId, ReportFormat format, Map<String, String> parameters);
}
