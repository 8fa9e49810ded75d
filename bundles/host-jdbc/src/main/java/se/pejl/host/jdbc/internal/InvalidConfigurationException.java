package se.pejl.host.jdbc.internal;

/** A configuration this adapter cannot run with; names the property to fix. */
final class InvalidConfigurationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String property;

  InvalidConfigurationException(String property, String problem) {
    super("property \"" + property + "\": " + problem);
    this.property = property;
  }

  /** The configuration property that is wrong, e.g. {@code pejl.municipality}. */
  String property() {
    return property;
  }
}
