package se.pejl.api;

import java.util.Objects;

/** A municipality (kommun): its SCB code and name. */
public record Municipality(MunicipalityCode code, String name) {
  public Municipality {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
  }
}
