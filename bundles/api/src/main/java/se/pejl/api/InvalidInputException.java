package se.pejl.api;

/** A request or answer that Pejl will not store; nothing already stored is changed. (HTTP 400) */
public class InvalidInputException extends PejlException {
  private static final long serialVersionUID = 1L;

  public InvalidInputException(String field, String key, Object... args) {
    super("invalid_input", field, key, args, null);
  }
}
