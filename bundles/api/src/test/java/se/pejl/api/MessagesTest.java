package se.pejl.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MessagesTest {

  @Test
  void swedish_and_english_texts_have_the_same_keys() throws IOException {
    assertThat(load("messages_sv.properties").keySet())
        .containsExactlyInAnyOrderElementsOf(load("messages.properties").keySet());
  }

  @Test
  void message_files_hold_only_ascii_so_every_reader_sees_the_same_text() throws IOException {
    for (String file : new String[] {"messages.properties", "messages_sv.properties"}) {
      try (InputStream in = getClass().getResourceAsStream(file)) {
        String raw = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        assertThat(raw.chars().allMatch(c -> c < 128)).as(file).isTrue();
      }
    }
  }

  @Test
  void an_error_speaks_swedish_first_and_english_second() {
    var error = new InvalidInputException("answers.q1", "error.answer.outOfRange", "q1", 0, 4, 7);
    assertThat(error.message(PejlUser.SWEDISH))
        .isEqualTo("Fråga \"q1\" ska ha ett värde mellan 0 och 4; 7 ligger utanför.");
    assertThat(error.message(Locale.ENGLISH))
        .isEqualTo("Item \"q1\" must be between 0 and 4; 7 is outside.");
    assertThat(error.getMessage()).isEqualTo(error.message(Locale.ENGLISH));
    assertThat(error.field()).isEqualTo("answers.q1");
    assertThat(error.code()).isEqualTo("invalid_input");
  }

  @Test
  void a_municipality_code_is_four_digits() {
    assertThat(MunicipalityCode.of(" 1407 ").value()).isEqualTo("1407");
    var error = org.junit.jupiter.api.Assertions.assertThrows(
        InvalidInputException.class, () -> MunicipalityCode.of("14O7"));
    assertThat(error.field()).isEqualTo("municipality");
  }

  private Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = getClass().getResourceAsStream(name)) {
      p.load(in);
    }
    return p;
  }
}
