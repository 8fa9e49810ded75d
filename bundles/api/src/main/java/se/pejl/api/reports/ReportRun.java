package se.pejl.api.reports;

import java.time.Instant;

/**
 * A report being made, or made: what the report page polls to show progress.
 *
 * @param id the run's id, only ever shown to the user who started it
 * @param reportId the report
 * @param format the format asked for
 * @param state where it stands
 * @param pages the pages filled so far
 * @param message why it failed or was cancelled, readable, in the user's language; null otherwise
 * @param started when it was started
 * @param finished when it ended, or null while it runs
 * @param rows the rows of its data filled so far: a spreadsheet, CSV or web page is one long page,
 *     so its progress shows in rows (since 2.1)
 * @param totalRows how many rows its data has (read before the run starts; since 2.1): for a list
 *     still being read while it is filled, how many it will have at most; exact once done
 */
public record ReportRun(
    String id,
    String reportId,
    ReportFormat format,
    State state,
    int pages,
    String message,
    Instant started,
    Instant finished,
    int rows,
    int totalRows) {

  /** A run whose rows are not counted. */
  public ReportRun(String id, String reportId, ReportFormat format, State state, int pages, String message,
      Instant started, Instant finished) {
    this(id, reportId, format, state, pages, message, started, finished, 0, 0);
  }

  public enum State {
    RUNNING,
    DONE,
    FAILED,
    CANCELLED
  }

  /** True once it is done, failed or cancelled. */
  public boolean ended() {
    return state != State.RUNNING;
  }
}
