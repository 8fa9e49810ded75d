package se.pejl.indicators.internal;

import java.time.LocalDate;

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
}
