package se.pejl.api.survey;

import se.pejl.api.PejlException;

/** A survey link that can no longer be answered: used, expired or withdrawn. (HTTP 410) */
public class SurveyLinkClosedException extends PejlException {
  private static final long serialVersionUID = 1L;

  private final SurveyLinkStatus status;
  private final String language;

  public SurveyLinkClosedException(SurveyLinkStatus status, String language) {
    super("gone", null, "error.surveyLink.closed", new Object[] {status.name().toLowerCase(java.util.Locale.ROOT)},
        null);
    this.status = status;
    this.language = language;
  }

  /** Why it is closed. */
  public SurveyLinkStatus status() {
    return status;
  }

  /** The link's language, {@code sv} or {@code en}, for the page that says so. */
  public String language() {
    return language;
  }
}
