package se.pejl.host.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.pejl.api.forms.Instrument;
import se.pejl.api.forms.InstrumentRegistry;
import se.pejl.api.forms.Item;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AsAnsweredTest {

  @Test
  void a_reversed_item_is_answered_as_the_mirror_of_its_points() {
    Instrument wellbeing = new Instrument(SeedPlan.INSTRUMENT, 1, "Mitt mående", "How I feel",
        List.of(new Item("q1", 0, 4, "Jag mår bra.", "I feel good.", false),
            new Item("q3", 0, 4, "Jag oroar mig.", "I worry.", true)),
        List.of());
    InstrumentRegistry registry = new InstrumentRegistry() {
      public Optional<Instrument> find(String id) { return Optional.of(wellbeing).filter(i -> i.id().equals(id)); }
      public List<Instrument> all() { return List.of(wellbeing); }
    };
    assertThat(new AsAnswered(registry).apply(Map.of("q1", 3, "q3", 3)))
        .containsEntry("q1", 3)
        .containsEntry("q3", 1);
  }
}
