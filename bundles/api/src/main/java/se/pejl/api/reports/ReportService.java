package se.pejl.api.reports;

import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;
import se.pejl.api.PejlUser;

/**
 * Renders the built-in reports, and those municipalities and regions add as bundles, from the
 * indicator engine's figures and the follow-up service's records. No report computes its own
 * statistics.
 */
@ProviderType // only Pejl implements it, so a new method is a minor change for its callers
public interface ReportService {

  /** Every report now provided, built-in first, then by id. */
  List<ReportInfo> reports();

  /**
   * Renders one report and waits for it.
   *
   * @param parameters the report's parameters by name; a name the report does not take is an error
   * @throws se.pejl.api.NotFoundException for an unknown report id
   * @throws se.pejl.api.InvalidInputException naming the parameter that is wrong or missing, or
   *     {@code format} for a format not offered
   * @throws se.pejl.api.AccessDeniedException when the user's roles do not allow the report
   */
  RenderedReport render(
      PejlUser user, String reportId, ReportFormat format, Map<String, String> parameters);

  /**
   * Starts rendering in the background, after validating the parameters as {@link #render} does,
   * so that a long report can show progress and be cancelled.
   */
  ReportRun start(
      PejlUser user, String reportId, ReportFormat format, Map<String, String> parameters);

  /**
   * Where a run stands.
   *
   * @throws se.pejl.api.NotFoundException when there is no such run of this user's (runs are kept
   *     for a while after they end, then forgotten)
   */
  ReportRun run(PejlUser user, String runId);

  /**
   * The finished report of a run.
   *
   * @throws se.pejl.api.NotFoundException as {@link #run}
   * @throws se.pejl.api.ConflictException while it runs, or when it failed or was cancelled
   */
  RenderedReport result(PejlUser user, String runId);

  /** Cancels a run; a run that has ended is left as it is. */
  ReportRun cancel(PejlUser user, String runId);
}
