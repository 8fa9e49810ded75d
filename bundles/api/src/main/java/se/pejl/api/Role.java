package se.pejl.api;

/** What a user may do in Pejl, as given by the host. */
public enum Role {
  CASEWORKER,
  MANAGER,
  ANALYST,
  ADMIN
}
