package se.pejl.web.internal;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.Locale;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.pejl.api.AccessDeniedException;
import se.pejl.api.HostUnavailableException;
import se.pejl.api.InvalidInputException;
import se.pejl.api.NotAuthenticatedException;
import se.pejl.api.NotFoundException;
import se.pejl.api.PejlException;
import se.pejl.api.PejlUser;
import se.pejl.api.ProcessingException;
import se.pejl.api.host.UserContext;

/**
 * The one place where errors become HTTP: every 4xx/5xx is {@code {"error","message","field"}}
 * in the caller's language, never a stack trace; when several fields are wrong, {@code "fields"}
 * names each of them.
 */
@Component(service = ExceptionMapper.class)
@JakartarsExtension
public final class ApiErrors implements ExceptionMapper<Throwable> {
  private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

  /** Errors must stay JSON even while no host adapter is there, so the host is optional. */
  @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
  private volatile UserContext host;

  @Context private HttpHeaders headers;
  @Context private UriInfo uri;

  public ApiErrors() {}

  ApiErrors(UserContext host) {
    this.host = host;
  }

  @Override
  public Response toResponse(Throwable thrown) {
    PejlException error = asPejlException(thrown);
    int status = status(error);
    Response.ResponseBuilder response = Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(body(error, locale()));
    if (status == 401) {
      UserContext current = host;
      if (current != null) {
        current.challenge().ifPresent(c -> response.header(HttpHeaders.WWW_AUTHENTICATE, c));
      }
    }
    return response.build();
  }

  static Json.Error body(PejlException error, Locale locale) {
    List<Json.FieldMessage> fields = null;
    if (error instanceof InvalidInputException invalid && invalid.fieldErrors().size() > 1) {
      fields = invalid.fieldErrors().stream()
          .map(f -> new Json.FieldMessage(f.field(), f.message(locale))).toList();
    }
    return new Json.Error(error.code(), error.message(locale), error.field(), fields);
  }

  private PejlException asPejlException(Throwable thrown) {
    if (thrown instanceof PejlException p) {
      if (p instanceof ProcessingException || p instanceof HostUnavailableException) {
        LOG.error("{} failed: {}", path(), p.getMessage(), p);
      }
      return p;
    }
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof JsonbException || t instanceof jakarta.json.JsonException) {
        return new InvalidInputException(null, "error.request.body");
      }
    }
    if (thrown instanceof WebApplicationException w) {
      int s = w.getResponse().getStatus();
      if (s == 404) {
        return new NotFoundException("error.notFound.path", path());
      }
      if (s == 400) {
        return new InvalidInputException(null, "error.request.body");
      }
      if (s < 500) {
        return new HttpStatusException(s, w.getMessage());
      }
    }
    LOG.error("{} failed", path(), thrown);
    return new ProcessingException("error.internal", thrown);
  }

  private static int status(PejlException e) {
    if (e instanceof HttpStatusException h) {
      return h.status;
    }
    if (e instanceof InvalidInputException) {
      return 400;
    }
    if (e instanceof NotAuthenticatedException) {
      return 401;
    }
    if (e instanceof AccessDeniedException) {
      return 403;
    }
    if (e instanceof NotFoundException) {
      return 404;
    }
    if (e instanceof se.pejl.api.ConflictException) {
      return 409;
    }
    if (e instanceof HostUnavailableException) {
      return 503;
    }
    return 500;
  }

  private Locale locale() {
    try {
      return headers.getAcceptableLanguages().stream()
          .filter(l -> "en".equals(l.getLanguage()) || "sv".equals(l.getLanguage()))
          .findFirst().orElse(PejlUser.SWEDISH);
    } catch (RuntimeException e) {
      return PejlUser.SWEDISH; // outside a request (no headers): Swedish first
    }
  }

  private String path() {
    try {
      return "/" + uri.getPath();
    } catch (RuntimeException e) {
      return "?";
    }
  }

  /** Other client errors Jersey itself raises (405, 406, 415 …), kept with their status. */
  private static final class HttpStatusException extends PejlException {
    private static final long serialVersionUID = 1L;
    private final int status;

    HttpStatusException(int status, String message) {
      super("http_" + status, null, "error.request.parameter", new Object[] {"HTTP", message}, null);
      this.status = status;
    }
  }
}
