package se.pejl.api.forms;

import java.util.Arrays;
import java.util.Optional;

/** Who answers an instrument; items may have a wording for each. */
public enum Respondent {
  /** A child 7–12 years old. */
  CHILD("child"),
  /** A young person 13–20 years old. */
  YOUTH("youth"),
  PARENT("parent"),
  /** Caseworker, group leader or other staff answering about a client or their work. */
  CASEWORKER("caseworker");

  private final String key;

  Respondent(String key) {
    this.key = key;
  }

  /** The name in definitions and in the API, e.g. {@code youth}. */
  public String key() {
    return key;
  }

  public static Optional<Respondent> of(String key) {
    return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst();
  }
}
