package se.pejl.host.jdbc.internal;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import se.pejl.api.ClientRef;
import se.pejl.api.Gender;
import se.pejl.api.InvalidInputException;
import se.pejl.api.MunicipalityCode;

/**
 * A checked {@link JdbcHostConfig}: every value the adapter puts into SQL is either a bind
 * parameter or has passed one of the checks here, because the view, query and column names are
 * configuration that ends up in the statement text.
 */
record HostSettings(
    String host,
    MunicipalityCode municipality,
    String url,
    String user,
    String password,
    String source,
    Columns columns,
    Map<String, Gender> genders,
    String clientPageUrl,
    int timeoutSeconds) {

  static final String REF_PLACEHOLDER = "{ref}";

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern VIEW = Pattern.compile(IDENTIFIER + "(\\." + IDENTIFIER + ")?");
  private static final Pattern SELECT = Pattern.compile("(?is)select\\s.+");

  /** The column names of the view; {@code null} for an optional column that is not mapped. */
  record Columns(String ref, String gender, String birthDate, String municipality, String unit,
      String caseworker) {}

  static HostSettings from(JdbcHostConfig c) {
    String host = required("pejl.host", c.pejl_host());
    MunicipalityCode municipality;
    try {
      municipality = MunicipalityCode.of(required("pejl.municipality", c.pejl_municipality()));
    } catch (InvalidInputException e) {
      throw new InvalidConfigurationException("pejl.municipality",
          "a municipality is its four-digit SCB code, e.g. 1480 for G\u00f6teborg");
    }
    if (c.timeoutSeconds() < 1 || c.timeoutSeconds() > 300) {
      throw new InvalidConfigurationException("timeoutSeconds", "must be 1 to 300 seconds");
    }
    Columns columns = new Columns(
        column("column.ref", c.column_ref(), true),
        column("column.gender", c.column_gender(), true),
        column("column.birthDate", c.column_birthDate(), true),
        column("column.municipality", c.column_municipality(), false),
        column("column.unit", c.column_unit(), false),
        column("column.caseworker", c.column_caseworker(), false));
    return new HostSettings(host, municipality, required("url", c.url()), blankToNull(c.user()),
        blankToNull(c._password()), source(c.query()), columns, genders(c.genderValues()),
        clientPage(c.clientPageUrl()), c.timeoutSeconds());
  }

  /** The link to the client's page in the host, when a pattern is configured. */
  Optional<URI> clientPage(ClientRef ref) {
    if (clientPageUrl == null) {
      return Optional.empty();
    }
    String encoded = URLEncoder.encode(ref.value(), StandardCharsets.UTF_8).replace("+", "%20");
    return Optional.of(URI.create(clientPageUrl.replace(REF_PLACEHOLDER, encoded)));
  }

  /** The host's gender value, as Pejl counts it; anything unmapped (or none) is OTHER. */
  Gender gender(String value) {
    if (value == null) {
      return Gender.OTHER;
    }
    return genders.getOrDefault(value.strip().toUpperCase(Locale.ROOT), Gender.OTHER);
  }

  /** A view name as it is, or a SELECT as a derived table, for a FROM clause. */
  static String source(String query) {
    String q = required("query", query).strip();
    if (VIEW.matcher(q).matches()) {
      return q;
    }
    if (!SELECT.matcher(q).matches()) {
      throw new InvalidConfigurationException("query",
          "give a view name (schema.view) or a single SELECT statement");
    }
    // One statement only, and no text the adapter's own bind parameters could be confused with.
    for (String banned : new String[] {";", "--", "/*", "?"}) {
      if (q.contains(banned)) {
        throw new InvalidConfigurationException("query",
            "a SELECT for Pejl may not contain \"" + banned + "\"");
      }
    }
    return "(" + q + ") pejl_source";
  }

  private static String column(String property, String name, boolean required) {
    if (name == null || name.isBlank()) {
      if (required) {
        throw new InvalidConfigurationException(property, "a column name is required");
      }
      return null;
    }
    String n = name.strip();
    if (!IDENTIFIER.matcher(n).matches()) {
      throw new InvalidConfigurationException(property,
          "a column name has only letters, digits and _ (alias other names in a SELECT)");
    }
    return n;
  }

  static Map<String, Gender> genders(String mapping) {
    Map<String, Gender> result = new LinkedHashMap<>();
    if (mapping == null || mapping.isBlank()) {
      return Map.of();
    }
    for (String pair : mapping.split(",")) {
      String[] parts = pair.split("=", -1);
      if (parts.length != 2 || parts[0].isBlank()) {
        throw new InvalidConfigurationException("genderValues",
            "write host value=GIRL|BOY|OTHER pairs separated by commas, e.g. F=GIRL,M=BOY");
      }
      try {
        result.put(parts[0].strip().toUpperCase(Locale.ROOT),
            Gender.valueOf(parts[1].strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new InvalidConfigurationException("genderValues",
            "\"" + parts[1].strip() + "\" is none of GIRL, BOY, OTHER");
      }
    }
    return Collections.unmodifiableMap(result);
  }

  private static String clientPage(String pattern) {
    if (pattern == null || pattern.isBlank()) {
      return null;
    }
    String p = pattern.strip();
    if (!p.contains(REF_PLACEHOLDER)) {
      throw new InvalidConfigurationException("clientPageUrl", "must contain " + REF_PLACEHOLDER);
    }
    try {
      URI uri = URI.create(p.replace(REF_PLACEHOLDER, "ref"));
      if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())) {
        throw new IllegalArgumentException("not http(s)");
      }
    } catch (IllegalArgumentException e) {
      throw new InvalidConfigurationException("clientPageUrl",
          "must be an http(s) address such as https://host.example/clients/{ref}");
    }
    return p;
  }

  private static String required(String property, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidConfigurationException(property, "a value is required");
    }
    return value.strip();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  /** Never shows the password or the URL's parameters. */
  @Override
  public String toString() {
    return "HostSettings[host=" + host + ", municipality=" + municipality + ", source=" + source
        + ", timeoutSeconds=" + timeoutSeconds + "]";
  }
}
