package se.pejl.indicators.internal;

import java.time.LocalDate;
import se.pejl.api.indicators.ReportingPeriod;

/** Days placed in years, half-years and quarters, as small numbers and as labels. */
final class Periods {
  private Periods() {}

  static int year(int epochDay) {
    return LocalDate.ofEpochDay(epochDay).getYear();
  }

  static int halfYear(int epochDay) {
    LocalDate d = LocalDate.ofEpochDay(epochDay);
    return d.getYear() * 2 + (d.getMonthValue() - 1) / 6;
  }

  static int quarter(int epochDay) {
    LocalDate d = LocalDate.ofEpochDay(epochDay);
    return d.getYear() * 4 + (d.getMonthValue() - 1) / 3;
  }

  static String label(Dimension d, int raw) {
    return switch (d) {
      case YEAR -> Integer.toString(raw);
      case HALF_YEAR -> (raw / 2) + "-H" + (raw % 2 + 1);
      case QUARTER -> (raw / 4) + "-Q" + (raw % 4 + 1);
      default -> throw new IllegalArgumentException(d + " is not a period");
    };
  }

  /** From the first day of the quarter the period starts in to the last day of the one it ends in. */
  static ReportingPeriod quartersAround(ReportingPeriod p) {
    return period(quarterStart(p.from()), quarterStart(p.to()).plusMonths(3).minusDays(1));
  }

  /** The whole quarters the period holds, first to last, or null when it holds none. */
  static ReportingPeriod quartersWithin(ReportingPeriod p) {
    LocalDate from = quarterStart(p.from());
    if (!from.equals(p.from())) {
      from = from.plusMonths(3);
    }
    LocalDate to = quarterStart(p.to().plusDays(1)).minusDays(1);
    return from.isAfter(to) ? null : period(from, to);
  }

  static boolean sameDays(ReportingPeriod a, ReportingPeriod b) {
    return a.from().equals(b.from()) && a.to().equals(b.to());
  }

  private static LocalDate quarterStart(LocalDate d) {
    return LocalDate.of(d.getYear(), (d.getMonthValue() - 1) / 3 * 3 + 1, 1);
  }

  /**
   * Whole quarters, named as a request names them where they are a year, half-year or quarter, so
   * that the table is the one such a request computed (and cached).
   */
  private static ReportingPeriod period(LocalDate from, LocalDate to) {
    int months = (to.getYear() - from.getYear()) * 12 + to.getMonthValue() - from.getMonthValue() + 1;
    int first = from.getMonthValue();
    String label = from + "/" + to;
    if (months == 12 && first == 1) {
      label = Integer.toString(from.getYear());
    } else if (months == 6 && (first == 1 || first == 7)) {
      label = from.getYear() + "-H" + (first / 6 + 1);
    } else if (months == 3) {
      label = from.getYear() + "-Q" + (first / 3 + 1);
    }
    return new ReportingPeriod(from, to, label);
  }
}
