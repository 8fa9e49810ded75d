package se.pejl.host.demo.internal;

import java.time.LocalDate;
import se.pejl.api.ClientRef;
import se.pejl.api.ClientSnapshot;
import se.pejl.api.Gender;
import se.pejl.api.MunicipalityCode;

/**
 * A fictitious client record as the demo host keeps it. The first name is the host's own, for
 * its display only: {@link #snapshot()} is all Pejl ever gets, and it has no name.
 */
record DemoClient(
    ClientRef ref,
    String firstName,
    Gender gender,
    LocalDate birthDate,
    MunicipalityCode municipality,
    String unit,
    String caseworker) {

  ClientSnapshot snapshot() {
    return new ClientSnapshot(ref, gender, birthDate, municipality, unit);
  }

  /** Only the reference, so a client that ends up in a log line carries no name. */
  @Override
  public String toString() {
    return ref.value();
  }
}
