package se.pejl.host.demo.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.pejl.api.MunicipalityCode;
import se.pejl.api.PejlUser;
import se.pejl.api.Role;

/**
 * The demo host's user accounts: the six of DESIGN.md plus {@code caseworker.lidkoping}, so that
 * every demo municipality has a caseworker to seed and work as.
 *
 * <p>{@code analyst.region} belongs to Skövde because Skaraborgs kommunalförbund, the region's
 * seat for shared follow-up and FoU, is there; as an analyst the user sees aggregates of every
 * municipality but individual data of none.
 */
final class DemoAccounts {

  record Account(String id, String displayName, Role role, DemoMunicipality municipality) {}

  private static final Map<String, Account> BY_ID =
      List.of(
              new Account("caseworker.tjorn", "Handläggare Tjörn", Role.CASEWORKER, DemoMunicipality.TJORN),
              new Account("manager.tjorn", "Enhetschef Tjörn", Role.MANAGER, DemoMunicipality.TJORN),
              new Account("caseworker.skovde", "Handläggare Skövde", Role.CASEWORKER, DemoMunicipality.SKOVDE),
              new Account("manager.skovde", "Enhetschef Skövde", Role.MANAGER, DemoMunicipality.SKOVDE),
              new Account("analyst.region", "FoU-analytiker Skaraborg", Role.ANALYST, DemoMunicipality.SKOVDE),
              new Account("it.admin", "IT-administratör", Role.ADMIN, DemoMunicipality.TJORN),
              new Account(
                  "caseworker.lidkoping", "Handläggare Lidköping", Role.CASEWORKER, DemoMunicipality.LIDKOPING))
          .stream()
          .collect(Collectors.toUnmodifiableMap(Account::id, Function.identity()));

  private DemoAccounts() {}

  static Optional<Account> find(String id) {
    return Optional.ofNullable(BY_ID.get(id));
  }

  static Set<String> ids() {
    return BY_ID.keySet();
  }

  /** Caseworkers and managers belong to every unit of their municipality; others to none. */
  static PejlUser user(Account account, Locale locale) {
    Set<String> units =
        account.role() == Role.CASEWORKER || account.role() == Role.MANAGER
            ? Set.copyOf(account.municipality().units())
            : Set.of();
    return new PejlUser(
        account.id(),
        account.displayName(),
        Set.of(account.role()),
        account.municipality().code(),
        units,
        locale);
  }

  /** The demo caseworker the seeder acts as in this municipality. */
  static PejlUser caseworkerOf(MunicipalityCode code) {
    String id = DemoMunicipality.of(code).caseworker();
    return user(find(id).orElseThrow(), PejlUser.SWEDISH);
  }
}
