package se.pejl.api.host;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import se.pejl.api.InvalidInputException;

/**
 * A checked Swedish personal identity number: a personnummer or a samordningsnummer
 * (coordination number, the day plus 60). For host adapters that let a caseworker look a client
 * up by number; Pejl itself never stores one, so {@link #toString()} masks the last four digits.
 *
 * <p>{@link #parse(String, LocalDate)} accepts the 12-digit form {@code YYYYMMDD-NNNC} and the
 * 10-digit form {@code YYMMDD-NNNC}, each with or without the separator. In the 10-digit form the
 * century is the one that makes the person at most 99 years old on the reference date, and
 * {@code +} instead of {@code -} means 100 years or older (Folkbokföringslagen's rule). The check
 * digit {@code C} is the Luhn digit over the 10-digit form.
 *
 * <p>A wrong number throws {@link InvalidInputException} with field {@value #FIELD} and a key that
 * says which rule failed ({@code error.pin.*}); the message never repeats the number.
 *
 * @param value the normalized 12-digit form, digits only, e.g. {@code 191212121212}
 * @param birthDate the birth date (for a samordningsnummer, the day without the 60)
 * @param coordinationNumber whether this is a samordningsnummer
 */
public record PersonalIdentityNumber(String value, LocalDate birthDate, boolean coordinationNumber) {

  /** The field named in every {@link InvalidInputException} from this class. */
  public static final String FIELD = "personalIdentityNumber";

  /** Samordningsnummer add this to the day of birth. */
  static final int COORDINATION_OFFSET = 60;

  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  /** Checks that the parts agree, so no instance holds an unchecked number. */
  public PersonalIdentityNumber {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(birthDate, "birthDate");
    if (!value.matches("\\d{12}")
        || luhn(value.substring(2, 11)) != value.charAt(11) - '0'
        || !new DatePart(birthDate, coordinationNumber).equals(dateOf(value.substring(0, 8)))) {
      throw new IllegalArgumentException("value, birthDate and coordinationNumber do not agree");
    }
  }

  /** Parses a number as of today in Sweden; see {@link #parse(String, LocalDate)}. */
  public static PersonalIdentityNumber parse(String input) {
    return parse(input, LocalDate.now(SWEDEN));
  }

  /**
   * Parses and checks a number.
   *
   * @param input the number as typed: 10 or 12 digits, optionally {@code -} (or {@code +} in the
   *     10-digit form) before the last four; surrounding spaces are ignored
   * @param today the reference date that chooses the century of a 10-digit number; no birth date
   *     may be after it
   * @throws InvalidInputException naming the rule that failed
   */
  public static PersonalIdentityNumber parse(String input, LocalDate today) {
    Objects.requireNonNull(today, "today");
    if (input == null || input.isBlank()) {
      throw invalid("error.pin.blank");
    }
    String text = input.strip();
    if (!text.matches("[0-9]+([-+][0-9]+)?")) {
      throw invalid("error.pin.characters");
    }
    String digits = text.replaceAll("[-+]", "");
    if (digits.length() != 10 && digits.length() != 12) {
      throw invalid("error.pin.length", digits.length());
    }
    int sign = Math.max(text.indexOf('-'), text.indexOf('+'));
    if (sign >= 0 && sign != text.length() - 5) {
      throw invalid("error.pin.separator");
    }
    boolean hundredOrOlder = text.indexOf('+') >= 0;
    if (hundredOrOlder && digits.length() == 12) {
      throw invalid("error.pin.centurySign");
    }
    String full = digits.length() == 12 ? digits : withCentury(digits, hundredOrOlder, today);
    DatePart date = dateOf(full.substring(0, 8));
    if (date == null) {
      throw invalid("error.pin.date");
    }
    if (date.birthDate().isAfter(today)) {
      throw invalid("error.pin.future");
    }
    if (luhn(full.substring(2, 11)) != full.charAt(11) - '0') {
      throw invalid("error.pin.checkDigit");
    }
    return new PersonalIdentityNumber(full, date.birthDate(), date.coordinationNumber());
  }

  /** Whether the input is a valid number as of today in Sweden. */
  public static boolean isValid(String input) {
    return isValid(input, LocalDate.now(SWEDEN));
  }

  /** Whether the input is a valid number as of {@code today}. */
  public static boolean isValid(String input, LocalDate today) {
    try {
      parse(input, today);
      return true;
    } catch (InvalidInputException e) {
      return false;
    }
  }

  /** The 12-digit form with its separator, {@code YYYYMMDD-NNNC}, for the host's own use. */
  public String formatted() {
    return value.substring(0, 8) + "-" + value.substring(8);
  }

  /** Masked, because Pejl never writes the number anywhere: {@code YYYYMMDD-****}. */
  @Override
  public String toString() {
    return value.substring(0, 8) + "-****";
  }

  /** The Luhn check digit (weights 2,1,2,… from the left) of nine digits. */
  static int luhn(String nineDigits) {
    int sum = 0;
    for (int i = 0; i < nineDigits.length(); i++) {
      int product = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += product / 10 + product % 10;
    }
    return (10 - sum % 10) % 10;
  }

  /**
   * The latest century that puts the date part on or before {@code today}, one century earlier
   * for {@code +}. A date part that is no real date keeps today's century, so that the date rule
   * reports it.
   */
  private static String withCentury(String tenDigits, boolean hundredOrOlder, LocalDate today) {
    int yy = Integer.parseInt(tenDigits.substring(0, 2));
    int year = today.getYear() - Math.floorMod(today.getYear() - yy, 100);
    DatePart date = dateOf(String.format("%04d", year) + tenDigits.substring(2, 6));
    if (date != null && date.birthDate().isAfter(today)) {
      year -= 100;
    }
    if (hundredOrOlder) {
      year -= 100;
    }
    return String.format("%02d", year / 100) + tenDigits;
  }

  /** The date of {@code YYYYMMDD}, a samordningsnummer's day less 60; null if no real date. */
  private static DatePart dateOf(String yyyymmdd) {
    int year = Integer.parseInt(yyyymmdd.substring(0, 4));
    int month = Integer.parseInt(yyyymmdd.substring(4, 6));
    int day = Integer.parseInt(yyyymmdd.substring(6, 8));
    boolean coordination = day > COORDINATION_OFFSET;
    try {
      LocalDate date =
          LocalDate.of(year, month, coordination ? day - COORDINATION_OFFSET : day);
      return new DatePart(date, coordination);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static InvalidInputException invalid(String key, Object... args) {
    return new InvalidInputException(FIELD, key, args);
  }

  private record DatePart(LocalDate birthDate, boolean coordinationNumber) {}
}
