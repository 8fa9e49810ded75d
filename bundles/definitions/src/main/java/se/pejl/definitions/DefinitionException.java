package se.pejl.definitions;

/** A definition file that cannot be used: which file, where in it, and why. */
public final class DefinitionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final String jsonPath;
  private final String reason;

  public DefinitionException(String file, String jsonPath, String reason) {
    super(file + " at " + jsonPath + ": " + reason);
    this.file = file;
    this.jsonPath = jsonPath;
    this.reason = reason;
  }

  public String file() {
    return file;
  }

  public String jsonPath() {
    return jsonPath;
  }

  public String reason() {
    return reason;
  }
}
