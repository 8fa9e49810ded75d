package se.pejl.api.survey;

/** Where a survey link stands. */
public enum SurveyLinkStatus {
  /** It can be answered. For a group link: it may already have answers, and takes more. */
  OPEN,
  /** A personal link that has been answered; it cannot be answered again. */
  USED,
  /** Its time ran out. */
  EXPIRED,
  /** The caseworker withdrew it. */
  WITHDRAWN
}
