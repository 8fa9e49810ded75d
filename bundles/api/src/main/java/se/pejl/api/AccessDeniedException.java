package se.pejl.api;

/** The user is known but their role does not allow this. (HTTP 403) */
public class AccessDeniedException extends PejlException {
  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String key, Object... args) {
    super("forbidden", null, key, args, null);
  }
}
