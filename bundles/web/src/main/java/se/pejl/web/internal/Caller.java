package se.pejl.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import se.pejl.api.Access;
import se.pejl.api.NotAuthenticatedException;
import se.pejl.api.PejlUser;
import se.pejl.api.host.RequestView;
import se.pejl.api.host.UserContext;

/**
 * Asks the host who is behind a request. Every endpoint but health needs a user, and so does the
 * report page, which logs in the same way as the API.
 */
@Component(service = Caller.class)
public final class Caller {
  private final UserContext users;

  @Activate
  public Caller(@Reference UserContext users) {
    this.users = users;
  }

  public PejlUser require(HttpHeaders headers, SecurityContext security) {
    return users.currentUser(view(headers, security)).orElseThrow(NotAuthenticatedException::new);
  }

  /** The user behind a page request (a servlet, outside the REST runtime), if it carries a login. */
  public Optional<PejlUser> user(HttpServletRequest request) {
    return users.currentUser(view(request));
  }

  /** The {@code WWW-Authenticate} value for a request without a user, so the browser asks. */
  public Optional<String> challenge() {
    return users.challenge();
  }

  /** The user and the endpoint, e.g. {@code GET /pejl/api/episodes/12}, for the audit log. */
  public Access access(HttpHeaders headers, SecurityContext security, UriInfo uri, String method) {
    return new Access(require(headers, security), method + " " + uri.getRequestUri().getRawPath());
  }

  private static RequestView view(HttpHeaders headers, SecurityContext security) {
    return new RequestView() {
      @Override
      public Optional<String> header(String name) {
        return Optional.ofNullable(headers.getHeaderString(name));
      }

      @Override
      public Optional<String> cookie(String name) {
        return Optional.ofNullable(headers.getCookies().get(name)).map(Cookie::getValue);
      }

      @Override
      public Optional<String> remoteUser() {
        return Optional.ofNullable(security == null ? null : security.getUserPrincipal())
            .map(java.security.Principal::getName);
      }
    };
  }

  private static RequestView view(HttpServletRequest request) {
    return new RequestView() {
      @Override
      public Optional<String> header(String name) {
        return Optional.ofNullable(request.getHeader(name));
      }

      @Override
      public Optional<String> cookie(String name) {
        jakarta.servlet.http.Cookie[] cookies = request.getCookies();
        if (cookies == null) {
          return Optional.empty();
        }
        return java.util.Arrays.stream(cookies).filter(c -> name.equals(c.getName()))
            .map(jakarta.servlet.http.Cookie::getValue).findFirst();
      }

      @Override
      public Optional<String> remoteUser() {
        return Optional.ofNullable(request.getRemoteUser());
      }
    };
  }
}
