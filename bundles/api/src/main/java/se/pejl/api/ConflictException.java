package se.pejl.api;

/** Someone else changed the thing in the meantime; read it again and redo the change. (HTTP 409) */
public class ConflictException extends PejlException {
  private static final long serialVersionUID = 1L;

  public ConflictException(String key, Object... args) {
    super("conflict", null, key, args, null);
  }
}
