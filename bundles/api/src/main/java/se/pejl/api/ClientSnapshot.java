package se.pejl.api;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * What Pejl may know of a client for statistics: no name, no personnummer.
 *
 * @param ref the host's reference
 * @param gender for gender-split statistics
 * @param birthDate to compute age at each occasion
 * @param municipality the client's municipality
 * @param unit the unit responsible for the client
 */
public record ClientSnapshot(
    ClientRef ref, Gender gender, LocalDate birthDate, MunicipalityCode municipality, String unit) {

  public ClientSnapshot {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(gender, "gender");
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(municipality, "municipality");
  }

  /** Age in whole years on the given day. */
  public int ageOn(LocalDate day) {
    return Period.between(birthDate, day).getYears();
  }
}
