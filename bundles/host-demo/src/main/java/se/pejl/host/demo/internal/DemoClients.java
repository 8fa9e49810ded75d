package se.pejl.host.demo.internal;

import static java.util.stream.Collectors.toUnmodifiableMap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import se.pejl.api.ClientRef;
import se.pejl.api.Gender;
import se.pejl.api.MunicipalityCode;

/**
 * The demo host's fictitious client records, generated from a seed. Immutable, so one instance
 * can serve every thread.
 *
 * <p>Birth dates are laid out from 1 January of the current year, not from today: a client's
 * birth date then stays the same all year (and across restarts), while everyone is still 7–20
 * years old on every day of that year.
 */
final class DemoClients {

  /** Fixed, so that refs already stored in Pejl keep meaning the same fictitious child. */
  static final long DEFAULT_SEED = 1407_1496_1494L;

  static final int MIN_AGE = 7;
  static final int MAX_AGE = 20;

  private static final List<String> GIRL_NAMES =
      List.of("Alice", "Maja", "Elsa", "Astrid", "Wilma", "Freja", "Olivia", "Ebba", "Saga",
          "Alma", "Selma", "Vera", "Agnes", "Stella", "Signe", "Tyra", "Ines", "Nora");
  private static final List<String> BOY_NAMES =
      List.of("Lucas", "William", "Liam", "Hugo", "Noah", "Oscar", "Elias", "Adam", "Leo",
          "Viktor", "Nils", "Oliver", "Theo", "Ludvig", "Axel", "Malte", "Melvin", "Isak");
  private static final List<String> OTHER_NAMES = List.of("Kim", "Robin", "Alex", "Charlie", "Sam");

  /** Each municipality's clients in ref order (the order they were generated in). */
  private final Map<MunicipalityCode, List<DemoClient>> byMunicipality;
  private final Map<MunicipalityCode, Map<ClientRef, DemoClient>> byRef;

  private DemoClients(Map<MunicipalityCode, List<DemoClient>> byMunicipality) {
    this.byMunicipality = Map.copyOf(byMunicipality);
    Map<MunicipalityCode, Map<ClientRef, DemoClient>> index = new HashMap<>();
    byMunicipality.forEach(
        (code, clients) ->
            index.put(code, clients.stream().collect(toUnmodifiableMap(DemoClient::ref, c -> c))));
    this.byRef = Map.copyOf(index);
  }

  /** The same seed and the same year give the same clients. */
  static DemoClients generate(long seed, LocalDate today) {
    LocalDate anchor = today.withDayOfYear(1);
    Map<MunicipalityCode, List<DemoClient>> all = new HashMap<>();
    for (DemoMunicipality m : DemoMunicipality.ALL) {
      // One stream per municipality, so adding clients to one leaves the others unchanged.
      Random random = new Random(seed ^ Long.parseLong(m.code().value()) * 0x9E3779B97F4A7C15L);
      List<DemoClient> clients = new ArrayList<>();
      for (int i = 0; i < m.clientCount(); i++) {
        clients.add(generateOne(random, m, i, anchor));
      }
      all.put(m.code(), List.copyOf(clients));
    }
    return new DemoClients(all);
  }

  private static DemoClient generateOne(Random random, DemoMunicipality m, int index, LocalDate anchor) {
    Gender gender = gender(random);
    // Aged 7–19 on 1 January, so 7–20 on every day of the year.
    int ageOnAnchor = MIN_AGE + random.nextInt(MAX_AGE - MIN_AGE);
    LocalDate birthDate = anchor.minusYears(ageOnAnchor).minusDays(random.nextInt(365));
    return new DemoClient(
        new ClientRef(m.refPrefix() + "-" + (1001 + index)),
        firstName(random, gender),
        gender,
        birthDate,
        m.code(),
        unit(random, m.units()),
        m.caseworker());
  }

  private static Gender gender(Random random) {
    int roll = random.nextInt(100);
    return roll < 4 ? Gender.OTHER : roll < 52 ? Gender.GIRL : Gender.BOY;
  }

  private static String firstName(Random random, Gender gender) {
    List<String> names =
        switch (gender) {
          case GIRL -> GIRL_NAMES;
          case BOY -> BOY_NAMES;
          case OTHER -> OTHER_NAMES;
        };
    return names.get(random.nextInt(names.size()));
  }

  /** The support-group service (first unit) gets about 60 %; the rest share what is left. */
  private static String unit(Random random, List<String> units) {
    if (random.nextInt(100) < 60) {
      return units.get(0);
    }
    return units.get(1 + random.nextInt(units.size() - 1));
  }

  Optional<DemoClient> find(MunicipalityCode municipality, ClientRef ref) {
    return Optional.ofNullable(byRef.getOrDefault(municipality, Map.of()).get(ref));
  }

  /** The municipality's clients in ref order; empty for a municipality the host does not have. */
  List<DemoClient> of(MunicipalityCode municipality) {
    return byMunicipality.getOrDefault(municipality, List.of());
  }

  List<DemoClient> all() {
    List<DemoClient> clients = new ArrayList<>();
    DemoMunicipality.ALL.forEach(m -> clients.addAll(of(m.code())));
    return List.copyOf(clients);
  }
}
