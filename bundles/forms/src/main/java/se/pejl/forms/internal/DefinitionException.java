package se.pejl.forms.internal;

/** A definition file that cannot be used: which file, where in it, and why. */
final class DefinitionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final String jsonPath;
  private final String reason;

  DefinitionException(String file, String jsonPath, String reason) {
    super(file + " at " + jsonPath + ": " + reason);
    this.file = file;
    this.jsonPath = jsonPath;
    this.reason = reason;
  }

  String file() {
    return file;
  }

  String jsonPath() {
    return jsonPath;
  }

  String reason() {
    return reason;
  }
}
