package se.pejl.api;

/** Gender as used in gender-disaggregated statistics (könsuppdelad statistik). */
public enum Gender {
  GIRL,
  BOY,
  /** Neither, or not recorded by the host; counted in totals, never shown as its own small cell. */
  OTHER
}
