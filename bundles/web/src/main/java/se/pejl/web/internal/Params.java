package se.pejl.web.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import se.pejl.api.InvalidInputException;
import se.pejl.api.PejlUser;
import se.pejl.api.followup.OccasionStatus;

/** Query parameters read with errors that name the parameter. */
final class Params {
  private Params() {}

  static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(name, "error.request.parameter", name, value);
    }
  }

  static int integer(String name, String value, int otherwise) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(name, "error.request.parameter", name, value);
    }
  }

  /** {@code due,overdue} or {@code due|overdue}; empty means every status. */
  static Set<OccasionStatus> statuses(String value) {
    Set<OccasionStatus> statuses = EnumSet.noneOf(OccasionStatus.class);
    if (value == null || value.isBlank()) {
      return statuses;
    }
    for (String s : value.split("[,|]")) {
      try {
        statuses.add(OccasionStatus.valueOf(s.trim().toUpperCase(Locale.ROOT).replace('-', '_')));
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException("status", "error.request.parameter", "status", s.trim());
      }
    }
    return statuses;
  }

  /** {@code me} stands for the user's own id. */
  static String caseworker(String value, PejlUser user) {
    return "me".equals(value) ? user.id() : blankToNull(value);
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
