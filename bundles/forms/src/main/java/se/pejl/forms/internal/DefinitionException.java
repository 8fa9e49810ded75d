package se.pejl.forms.internal;

/** A definition file that cannot be used: which file, where in it, and why. */
final class DefinitionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  DefinitionException(String file, String jsonPath, String reason) {
    super(file + " at " + jsonPath + ": " + reason);
  }
}
