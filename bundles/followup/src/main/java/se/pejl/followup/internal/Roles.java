package se.pejl.followup.internal;

import se.pejl.api.PejlUser;
import se.pejl.api.Role;

/** Who may do what with one client's follow-up data. */
final class Roles {
  private Roles() {}

  /** Caseworkers and managers work with clients; analysts and IT see aggregates only. */
  static void requireClientWork(PejlUser user) {
    user.require(Role.CASEWORKER, Role.MANAGER);
  }
}
