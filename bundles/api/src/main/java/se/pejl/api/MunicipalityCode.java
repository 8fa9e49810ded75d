package se.pejl.api;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A municipality's four-digit SCB code (kommunkod), e.g. {@code 1407} for Tjörn. Every row Pejl
 * stores carries one, and every query is limited to the current user's.
 */
public record MunicipalityCode(String value) {
  private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

  public MunicipalityCode {
    Objects.requireNonNull(value, "value");
    if (!FOUR_DIGITS.matcher(value).matches()) {
      throw new InvalidInputException("municipality", "error.municipality.format", value);
    }
  }

  public static MunicipalityCode of(String value) {
    return new MunicipalityCode(value == null ? "" : value.trim());
  }

  @Override
  public String toString() {
    return value;
  }
}
