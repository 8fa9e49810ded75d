package se.pejl.api;

/** No user could be identified for the request. (HTTP 401) */
public class NotAuthenticatedException extends PejlException {
  private static final long serialVersionUID = 1L;

  public NotAuthenticatedException() {
    super("unauthenticated", null, "error.unauthenticated", new Object[0], null);
  }
}
