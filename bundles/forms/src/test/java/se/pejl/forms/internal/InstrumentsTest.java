package se.pejl.forms.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.pejl.api.InvalidInputException;
import se.pejl.api.forms.Instrument;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class InstrumentsTest {
  static final JsonProvider JSON = JsonProvider.provider();

  static Instrument childWellbeing() {
    var registry = new BundledInstruments(JSON,
        List.of(InstrumentsTest.class.getResource("/instruments/child-wellbeing-1.json")));
    return registry.find("child-wellbeing").orElseThrow();
  }

  @Test
  void the_shipped_well_being_scale_has_five_items_scored_0_to_20() {
    Instrument i = childWellbeing();
    assertThat(i.version()).isEqualTo(1);
    assertThat(i.titleSv()).isEqualTo("Mitt mående");
    assertThat(i.items()).hasSize(5);
    assertThat(i.scale("total")).hasValueSatisfying(s -> {
      assertThat(s.min()).isEqualTo(0);
      assertThat(s.max()).isEqualTo(20);
      assertThat(s.higherIsBetter()).isTrue();
    });
  }

  @Test
  void reversed_items_count_the_other_way() {
    // q3 and q5 are reversed: 4 - 3 = 1 and 4 - 0 = 4; 2 + 1 + 1 + 3 + 4 = 11
    var scored = new AnswerScorer().score(childWellbeing(),
        Map.of("q1", 2, "q2", 1, "q3", 3, "q4", 3, "q5", 0));
    assertThat(scored.scores()).containsEntry("total", 11.0);
    assertThat(scored.itemValues()).containsEntry("q3", 3.0);
  }

  @Test
  void whole_numbers_sent_as_decimals_are_accepted() {
    var scored = new AnswerScorer().score(childWellbeing(),
        Map.of("q1", new java.math.BigDecimal("4"), "q2", 4.0, "q3", 0, "q4", 4L, "q5", 0));
    assertThat(scored.scores()).containsEntry("total", 20.0);
  }

  @Test
  void a_value_outside_the_scale_names_the_item() {
    assertThatThrownBy(() -> new AnswerScorer().score(childWellbeing(),
        Map.of("q1", 5, "q2", 1, "q3", 3, "q4", 3, "q5", 0)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("answers.q1");
          assertThat(e.getMessage()).contains("between 0 and 4").contains("5");
        });
  }

  @Test
  void an_unknown_item_a_fraction_and_a_missing_item_are_each_named() {
    var scorer = new AnswerScorer();
    Instrument i = childWellbeing();
    assertThatThrownBy(() -> scorer.score(i, Map.of("q9", 1)))
        .hasFieldOrPropertyWithValue("field", "answers.q9");
    assertThatThrownBy(() -> scorer.score(i, Map.of("q1", 1.5, "q2", 1, "q3", 3, "q4", 3, "q5", 0)))
        .hasFieldOrPropertyWithValue("field", "answers.q1");
    assertThatThrownBy(() -> scorer.score(i, Map.of("q1", "mycket")))
        .hasFieldOrPropertyWithValue("field", "answers.q1");
    assertThatThrownBy(() -> scorer.score(i, Map.of("q1", 1, "q2", 1, "q3", 3, "q4", 3)))
        .hasFieldOrPropertyWithValue("field", "answers.q5")
        .hasMessageContaining("required");
  }

  @Test
  void a_broken_definition_names_the_file_the_path_and_the_reason() {
    var parser = new InstrumentParser(JSON);
    assertThatThrownBy(() -> parser.parse("bad.json", stream("{\"schemaVersion\":1,\"id\":\"x\","
        + "\"version\":1,\"title\":{\"sv\":\"a\",\"en\":\"b\"},\"items\":[{\"id\":\"q1\",\"min\":4,"
        + "\"max\":0,\"text\":{\"sv\":\"a\",\"en\":\"b\"}}],\"scales\":[]}")))
        .hasMessage("bad.json at $.items[0].max: max must be greater than min");
    assertThatThrownBy(() -> parser.parse("bad.json", stream("[1,2]")))
        .hasMessageStartingWith("bad.json at $: not a JSON object");
    assertThatThrownBy(() -> parser.parse("bad.json", stream("{\"schemaVersion\":1}")))
        .hasMessage("bad.json at $.items: is required");
  }

  private static ByteArrayInputStream stream(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }
}
