package se.pejl.api.host;

import java.util.Optional;
import se.pejl.api.PejlUser;

/**
 * Tells who is behind a request. The host implements it from its own login (session cookie,
 * single sign-on, HTTP Basic in the demo host).
 */
public interface UserContext {

  /** The user behind the request, or empty when the request carries no valid login. */
  Optional<PejlUser> currentUser(RequestView request);

  /** The value for the {@code WWW-Authenticate} header when a request has no user, if any. */
  default Optional<String> challenge() {
    return Optional.empty();
  }
}
