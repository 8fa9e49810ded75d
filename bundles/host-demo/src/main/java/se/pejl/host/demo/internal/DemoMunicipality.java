package se.pejl.host.demo.internal;

import java.util.List;
import java.util.Objects;
import se.pejl.api.MunicipalityCode;

/**
 * One of the demo host's municipalities: what the generator, the users and the seeder agree on.
 *
 * @param code SCB code
 * @param name Swedish name
 * @param refPrefix the host's record-id prefix, so refs read like {@code T-1001}
 * @param caseworker the demo caseworker responsible for every client of the municipality
 * @param units the municipality's units; the first is its support-group service
 * @param clientCount how many fictitious clients the host keeps
 */
record DemoMunicipality(
    MunicipalityCode code,
    String name,
    String refPrefix,
    String caseworker,
    List<String> units,
    int clientCount) {

  static final DemoMunicipality TJORN =
      new DemoMunicipality(
          MunicipalityCode.of("1407"), "Tjörn", "T", "caseworker.tjorn",
          List.of("Stödgruppen Tjörn", "Familjebehandling Tjörn"), 120);
  static final DemoMunicipality LIDKOPING =
      new DemoMunicipality(
          MunicipalityCode.of("1494"), "Lidköping", "L", "caseworker.lidkoping",
          List.of("Stödgruppen Lidköping", "Familjebehandling Lidköping"), 90);
  static final DemoMunicipality SKOVDE =
      new DemoMunicipality(
          MunicipalityCode.of("1496"), "Skövde", "S", "caseworker.skovde",
          List.of("Stödgruppen Skövde", "Familjebehandling Skövde", "HVB Skövde"), 140);

  /** In SCB code order, which is the order reports list municipalities in. */
  static final List<DemoMunicipality> ALL = List.of(TJORN, LIDKOPING, SKOVDE);

  DemoMunicipality {
    Objects.requireNonNull(code, "code");
    units = List.copyOf(units);
  }

  String supportGroupUnit() {
    return units.get(0);
  }

  static DemoMunicipality of(MunicipalityCode code) {
    return ALL.stream()
        .filter(m -> m.code.equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Not a demo municipality: " + code));
  }
}
