package se.pejl.api;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The person behind a request, as the host identifies them. Pejl never acts without one: there is
 * no hidden system user for requests.
 *
 * @param id the host's user id, written to audit entries
 * @param displayName for pages, never stored
 * @param roles what the user may do
 * @param municipality the only municipality whose individual data the user may see
 * @param units the units (enheter) the user belongs to
 * @param locale Swedish unless the user chose English
 */
public record PejlUser(
    String id,
    String displayName,
    Set<Role> roles,
    MunicipalityCode municipality,
    Set<String> units,
    Locale locale) {

  public static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

  public PejlUser {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(municipality, "municipality");
    roles = Set.copyOf(roles);
    units = Set.copyOf(units);
    locale = locale == null ? SWEDISH : locale;
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** Throws {@link AccessDeniedException} unless the user has one of the roles. */
  public void require(Role... anyOf) {
    for (Role role : anyOf) {
      if (has(role)) {
        return;
      }
    }
    throw new AccessDeniedException("error.access.role", id);
  }
}
