package se.pejl.api;

import java.util.Objects;

/**
 * A read of individual data on behalf of a user: who, and from which page or endpoint. Every such
 * read is written to the audit log.
 *
 * @param user the user
 * @param endpoint the page, endpoint or command, e.g. {@code GET /pejl/api/episodes/12}
 */
public record Access(PejlUser user, String endpoint) {
  public Access {
    Objects.requireNonNull(user, "user");
    endpoint = endpoint == null || endpoint.isBlank() ? "unknown" : endpoint;
  }
}
