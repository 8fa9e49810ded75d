package se.pejl.api.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.pejl.api.InvalidInputException;
import se.pejl.api.PejlUser;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PersonalIdentityNumberTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

  private static PersonalIdentityNumber parse(String input) {
    return PersonalIdentityNumber.parse(input, TODAY);
  }

  private static InvalidInputException rejected(String input) {
    return catchThrowableOfType(InvalidInputException.class, () -> parse(input));
  }

  @Nested
  class Skatteverkets_test_numbers {

    @ParameterizedTest
    @CsvSource({
        "19121212-1212, 191212121212, 1912-12-12",
        "191212121212,  191212121212, 1912-12-12",
        "121212+1212,   191212121212, 1912-12-12",
        "20080903-2386, 200809032386, 2008-09-03",
        "080903-2386,   200809032386, 2008-09-03",
        "0809032386,    200809032386, 2008-09-03",
        "811218-9876,   198112189876, 1981-12-18",
        "19811218-9876, 198112189876, 1981-12-18",
        "20000229-0005, 200002290005, 2000-02-29"})
    void are_valid_personnummer_with_their_birth_date(String input, String value, LocalDate born) {
      PersonalIdentityNumber pin = parse(input);
      assertThat(pin.value()).isEqualTo(value);
      assertThat(pin.birthDate()).isEqualTo(born);
      assertThat(pin.coordinationNumber()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "701063-2391,   197010632391, 1970-10-03",
        "19701063-2391, 197010632391, 1970-10-03",
        "7010632391,    197010632391, 1970-10-03"})
    void are_valid_samordningsnummer_with_the_day_less_sixty(String input, String value, LocalDate born) {
      PersonalIdentityNumber pin = parse(input);
      assertThat(pin.value()).isEqualTo(value);
      assertThat(pin.birthDate()).isEqualTo(born);
      assertThat(pin.coordinationNumber()).isTrue();
    }
  }

  @Nested
  class The_century_of_the_ten_digit_form {

    @Test
    void is_the_latest_that_puts_the_birth_date_on_or_before_the_reference_date() {
      assertThat(PersonalIdentityNumber.parse("250615-0008", TODAY).birthDate().getYear()).isEqualTo(2025);
      assertThat(PersonalIdentityNumber.parse("250616-0007", TODAY).birthDate().getYear()).isEqualTo(1925);
    }

    @Test
    void goes_back_a_further_century_with_a_plus_for_people_of_a_hundred_or_more() {
      assertThat(PersonalIdentityNumber.parse("250615+0008", TODAY).birthDate()).isEqualTo("1925-06-15");
      assertThat(PersonalIdentityNumber.parse("250616+0007", TODAY).birthDate()).isEqualTo("1825-06-16");
    }

    @Test
    void follows_the_reference_date() {
      assertThat(PersonalIdentityNumber.parse("811218-9876", LocalDate.of(1990, 1, 1)).value())
          .isEqualTo("198112189876");
      assertThat(PersonalIdentityNumber.parse("811218-9876", LocalDate.of(1981, 12, 17)).value())
          .isEqualTo("188112189876");
    }

    @Test
    void without_reference_date_is_chosen_as_of_today_in_sweden() {
      assertThat(PersonalIdentityNumber.parse("121212-1212").value()).isEqualTo("201212121212");
      assertThat(PersonalIdentityNumber.parse("121212+1212").value()).isEqualTo("191212121212");
      assertThat(PersonalIdentityNumber.isValid("121212-1212")).isTrue();
      assertThat(PersonalIdentityNumber.isValid("121212-1213")).isFalse();
    }
  }

  @Nested
  class A_valid_number {

    @Test
    void is_masked_in_its_string_form_because_pejl_never_stores_it() {
      PersonalIdentityNumber pin = parse("19121212-1212");
      assertThat(pin.toString()).isEqualTo("19121212-****").doesNotContain("1212121212");
      assertThat(String.valueOf(pin)).doesNotContain("-1212");
    }

    @Test
    void gives_its_full_twelve_digit_form_with_separator_for_the_host() {
      assertThat(parse("121212+1212").formatted()).isEqualTo("19121212-1212");
      assertThat(parse("1212121212").formatted()).isEqualTo("20121212-1212");
    }

    @Test
    void ignores_surrounding_spaces() {
      assertThat(parse("  811218-9876 ").value()).isEqualTo("198112189876");
    }

    @Test
    void equals_the_same_number_typed_another_way() {
      assertThat(parse("811218-9876")).isEqualTo(parse("198112189876")).hasSameHashCodeAs(parse("19811218-9876"));
    }

    @Test
    void cannot_be_built_with_parts_that_do_not_agree() {
      assertThatThrownBy(() -> new PersonalIdentityNumber("191212121212", LocalDate.of(1912, 12, 13), false))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new PersonalIdentityNumber("191212121213", LocalDate.of(1912, 12, 12), false))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new PersonalIdentityNumber("197010632391", LocalDate.of(1970, 10, 3), false))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(new PersonalIdentityNumber("197010632391", LocalDate.of(1970, 10, 3), true))
          .isEqualTo(parse("701063-2391"));
    }
  }

  @Nested
  class A_wrong_number_is_rejected_naming_the_rule {

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void when_it_is_blank(String input) {
      assertThat(rejected(input).key()).isEqualTo("error.pin.blank");
      assertThat(rejected(null).key()).isEqualTo("error.pin.blank");
    }

    @ParameterizedTest
    @ValueSource(strings = {"19121212 1212", "1912121212I2", "19121212--1212", "-1912121212", "19121212/1212",
        "191212-12-12", "１２１２１２１２１２"})
    void when_it_has_other_characters_than_digits_and_one_sign(String input) {
      assertThat(rejected(input).key()).isEqualTo("error.pin.characters");
    }

    @ParameterizedTest
    @CsvSource({"121212121, 9", "12121212121, 11", "1912121212120, 13"})
    void when_it_has_neither_ten_nor_twelve_digits(String input, int count) {
      InvalidInputException error = rejected(input);
      assertThat(error.key()).isEqualTo("error.pin.length");
      assertThat(error.getMessage()).contains(String.valueOf(count));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12121-21212", "1912121-21212", "191212121-212"})
    void when_the_sign_is_not_before_the_last_four_digits(String input) {
      assertThat(rejected(input).key()).isEqualTo("error.pin.separator");
    }

    @Test
    void when_the_twelve_digit_form_has_a_plus() {
      assertThat(rejected("19121212+1212").key()).isEqualTo("error.pin.centurySign");
    }

    @ParameterizedTest
    @ValueSource(strings = {"19121312-1212", "19120012-1212", "19121232-1212", "19121200-1212",
        "19230229-1212", "19000229-1212", "19121292-1212", "19121260-1212", "121232-1212"})
    void when_the_date_is_not_a_real_date(String input) {
      assertThat(rejected(input).key()).isEqualTo("error.pin.date");
    }

    @Test
    void when_the_date_is_a_leap_day_only_in_leap_years() {
      assertThat(parse("20000229-0005").birthDate()).isEqualTo("2000-02-29");
      assertThat(rejected("21000229-0005").key()).isEqualTo("error.pin.date");
      assertThat(rejected("19000229-0005").key()).isEqualTo("error.pin.date");
    }

    @Test
    void when_the_birth_date_is_after_the_reference_date() {
      assertThat(rejected("20250616-0007").key()).isEqualTo("error.pin.future");
    }

    @ParameterizedTest
    @ValueSource(strings = {"19121212-1213", "121212-1211", "811218-9875", "701063-2392", "200809032387"})
    void when_the_check_digit_does_not_match(String input) {
      assertThat(rejected(input).key()).isEqualTo("error.pin.checkDigit");
    }

    @Test
    void with_the_field_and_texts_in_swedish_and_english_that_do_not_repeat_the_number() {
      InvalidInputException error = rejected("19121212-1213");
      assertThat(error.field()).isEqualTo("personalIdentityNumber");
      assertThat(error.code()).isEqualTo("invalid_input");
      assertThat(error.message(PejlUser.SWEDISH)).startsWith("Sista siffran (kontrollsiffran)");
      assertThat(error.message(Locale.ENGLISH)).startsWith("The last digit (the check digit)");
      assertThat(error.getMessage()).doesNotContain("1212");
    }
  }

  @Nested
  class Generated_numbers {

    private final Random random = new Random(20250615L);

    @Test
    void every_number_with_a_computed_check_digit_is_valid_and_every_single_digit_change_is_rejected() {
      for (int run = 0; run < 1_000; run++) {
        LocalDate born = LocalDate.of(1890, 1, 1).plusDays(random.nextInt(135 * 365));
        boolean coordination = random.nextInt(4) == 0;
        String twelve = generate(born, coordination);

        PersonalIdentityNumber pin = parse(twelve);
        assertThat(pin.birthDate()).as(twelve).isEqualTo(born);
        assertThat(pin.coordinationNumber()).as(twelve).isEqualTo(coordination);
        assertThat(parse(tenDigitForm(pin)).value()).as(twelve).isEqualTo(twelve);

        // The check digit covers the 10-digit form, so every change there must be caught.
        for (int position = 2; position < 12; position++) {
          for (char digit = '0'; digit <= '9'; digit++) {
            if (twelve.charAt(position) != digit) {
              String changed = twelve.substring(0, position) + digit + twelve.substring(position + 1);
              assertThat(PersonalIdentityNumber.isValid(changed, TODAY)).as(changed).isFalse();
              String changedTen = changed.substring(2);
              assertThat(PersonalIdentityNumber.isValid(changedTen, TODAY)).as(changedTen).isFalse();
            }
          }
        }
      }
    }

    private String generate(LocalDate born, boolean coordination) {
      String date = String.format("%04d%02d%02d", born.getYear(), born.getMonthValue(),
          born.getDayOfMonth() + (coordination ? 60 : 0));
      String serial = String.format("%03d", random.nextInt(1000));
      String nine = date.substring(2) + serial;
      return date + serial + PersonalIdentityNumber.luhn(nine);
    }

    private String tenDigitForm(PersonalIdentityNumber pin) {
      boolean hundred = !pin.birthDate().plusYears(100).isAfter(TODAY);
      return pin.value().substring(2, 8) + (hundred ? "+" : "-") + pin.value().substring(8);
    }
  }
}
