package se.pejl.api;

/** Pejl failed to do something it should have managed; an operator must look at the log. (HTTP 500) */
public class ProcessingException extends PejlException {
  private static final long serialVersionUID = 1L;

  public ProcessingException(String key, Throwable cause, Object... args) {
    super("internal_error", null, key, args, cause);
  }
}
