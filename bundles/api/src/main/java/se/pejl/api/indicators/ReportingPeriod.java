package se.pejl.api.indicators;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.pejl.api.InvalidInputException;

/**
 * A period of statistics, first and last day included: a year ({@code 2025}), a half-year
 * ({@code 2025-H1}), a quarter ({@code 2025-Q3}) or any from–to ({@code 2025-02-01/2025-05-31}).
 *
 * @param from the first day
 * @param to the last day, not before {@code from}
 * @param label as written, e.g. {@code 2025-H1}
 */
public record ReportingPeriod(LocalDate from, LocalDate to, String label) {
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})/(\\d{4}-\\d{2}-\\d{2})");

  public ReportingPeriod {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new InvalidInputException("period", "error.period.reversed", from, to);
    }
  }

  public boolean contains(LocalDate day) {
    return day != null && !day.isBefore(from) && !day.isAfter(to);
  }

  /**
   * Reads a period as written in a request.
   *
   * @param field the request field it came from, named in the error
   * @throws InvalidInputException naming the field when it is not one of the four forms, or its
   *     end comes before its start
   */
  public static ReportingPeriod parse(String field, String text) {
    String t = text == null ? "" : text.trim();
    try {
      Matcher m;
      if ((m = YEAR.matcher(t)).matches()) {
        int y = Integer.parseInt(m.group(1));
        return new ReportingPeriod(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), t);
      }
      if ((m = HALF.matcher(t)).matches()) {
        return months(t, Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 6 + 1, 6);
      }
      if ((m = QUARTER.matcher(t)).matches()) {
        return months(t, Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 3);
      }
      if ((m = RANGE.matcher(t)).matches()) {
        LocalDate from = LocalDate.parse(m.group(1));
        LocalDate to = LocalDate.parse(m.group(2));
        if (to.isBefore(from)) {
          throw new InvalidInputException(field, "error.period.reversed", from, to);
        }
        return new ReportingPeriod(from, to, t);
      }
    } catch (DateTimeException e) {
      throw new InvalidInputException(field, "error.period.date", t);
    }
    throw new InvalidInputException(field, "error.period.format", t);
  }

  private static ReportingPeriod months(String label, int year, int firstMonth, int months) {
    LocalDate from = LocalDate.of(year, firstMonth, 1);
    return new ReportingPeriod(from, from.plusMonths(months).minusDays(1), label);
  }
}
