package se.pejl.api.followup;

/** Where an occasion (mättillfälle) stands today. */
public enum OccasionStatus {
  /** Its window has not opened yet. */
  PLANNED,
  /** The window is open and the day has not passed. */
  DUE,
  /** The day has passed but the window is still open. */
  OVERDUE,
  /** Every instrument due at it has been answered. */
  DONE,
  /** The window closed without the answers. */
  MISSED,
  /** Marked by a caseworker as not applicable, with a reason. */
  NOT_APPLICABLE
}
