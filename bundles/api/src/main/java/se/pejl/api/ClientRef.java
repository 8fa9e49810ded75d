package se.pejl.api;

/**
 * The host's own identifier of a client. Pejl keeps only this reference: name and personnummer
 * stay in the host.
 */
public record ClientRef(String value) {
  public ClientRef {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException("client", "error.client.blank");
    }
    if (value.length() > 64) {
      throw new InvalidInputException("client", "error.client.tooLong", 64);
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
