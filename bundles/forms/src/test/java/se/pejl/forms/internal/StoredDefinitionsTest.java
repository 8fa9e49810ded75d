package se.pejl.forms.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.pejl.api.forms.Instrument;
import se.pejl.api.store.InstrumentDefinitionRepository;
import se.pejl.api.store.StoredInstrumentDefinition;
import se.pejl.definitions.DefinitionException;

/** The extender with the store behind it, "restarted" by building it again on the same store. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StoredDefinitionsTest {
  @TempDir Path folder;
  final MemoryDefinitions store = new MemoryDefinitions();

  static String mine(int version, String title) {
    return """
        {"schemaVersion": 2, "id": "mine", "version": %d, "title": {"sv": "%s", "en": "%s"},
         "respondents": ["parent"],
         "items": [{"id": "a", "type": "yes-no", "text": {"sv": "A", "en": "A"}}]}
        """.formatted(version, title, title);
  }

  @Test
  void a_definition_is_stored_the_first_time_with_its_text_bundle_time_and_hash() throws IOException {
    URL file = file("mine-1.json", mine(1, "Min"));
    Definitions.extender(store, List.of(file));
    Definitions.extender(store, List.of(file));

    assertThat(store.all()).singleElement().satisfies(d -> {
      assertThat(d.instrumentId()).isEqualTo("mine");
      assertThat(d.version()).isEqualTo(1);
      assertThat(d.text()).isEqualTo(mine(1, "Min"));
      assertThat(d.bundle()).isEqualTo(InstrumentExtender.TEST_BUNDLE);
      assertThat(d.firstSeen()).isEqualTo(Definitions.MONDAY);
      assertThat(d.sha256()).hasSize(64).isEqualTo(DefinitionHistory.sha256(mine(1, "Min")));
    });
  }

  @Test
  void a_definition_seen_before_a_restart_is_still_readable_but_not_answerable_after_it_when_its_bundle_is_gone()
      throws IOException {
    InstrumentExtender before = Definitions.extender(store, List.of(file("mine-1.json", mine(1, "Min"))));
    assertThat(before.find("mine")).isPresent();

    InstrumentExtender after = Definitions.extender(store, List.of());

    assertThat(after.find("mine", 1)).map(Instrument::titleSv).contains("Min");
    assertThat(after.find("mine")).isEmpty();
    assertThat(after.all()).isEmpty();
  }

  @Test
  void a_stored_version_shipped_again_after_a_restart_can_be_answered_again() throws IOException {
    Definitions.extender(store, List.of(file("mine-1.json", mine(1, "Min"))));
    InstrumentExtender after = Definitions.extender(store, List.of(file("mine-1.json", mine(1, "Min"))));
    assertThat(after.find("mine")).map(Instrument::version).contains(1);
  }

  @Test
  void the_same_id_and_version_with_other_text_is_refused_and_the_stored_text_kept() throws IOException {
    Definitions.extender(store, List.of(file("mine-1.json", mine(1, "Min"))));

    InstrumentExtender after = Definitions.extender(store, List.of(file("changed.json", mine(1, "Ändrad"))));

    assertThat(after.find("mine")).isEmpty();
    assertThat(after.find("mine", 1)).map(Instrument::titleSv).contains("Min");
    assertThat(store.all()).singleElement().satisfies(d -> assertThat(d.text()).isEqualTo(mine(1, "Min")));
  }

  @Test
  void the_refusal_names_the_file_and_why() {
    DefinitionHistory history = new DefinitionHistory(store, new InstrumentParser(Definitions.JSON),
        Clock.fixed(Definitions.MONDAY, java.time.ZoneOffset.UTC));
    Instrument first = Definitions.parse(mine(1, "Min"));
    history.remember("first.json", first, mine(1, "Min"), "se.tjorn.instruments");

    assertThatThrownBy(() -> history.remember("se.other:instruments/mine-1.json", Definitions.parse(mine(1, "Ny")),
        mine(1, "Ny"), "se.other"))
        .isInstanceOf(DefinitionException.class)
        .hasMessageContaining("se.other:instruments/mine-1.json at $.version")
        .hasMessageContaining("from se.tjorn.instruments with other text")
        .hasMessageContaining("new version");
  }

  @Test
  void even_a_change_in_layout_only_is_refused_since_the_text_is_what_is_kept() throws IOException {
    Definitions.extender(store, List.of(file("mine-1.json", mine(1, "Min"))));
    InstrumentExtender after = Definitions.extender(store,
        List.of(file("mine-1.json", mine(1, "Min").replace("\n", "\r\n"))));
    assertThat(after.find("mine")).isEmpty();
  }

  @Test
  void a_stored_definition_that_no_longer_parses_is_left_out_and_the_others_still_load() throws IOException {
    String future = "{\"schemaVersion\": 3, \"id\": \"future\", \"version\": 1}";
    store.put(new StoredInstrumentDefinition("future", 1, future, "se.later", Definitions.MONDAY,
        DefinitionHistory.sha256(future)));
    store.put(new StoredInstrumentDefinition("tampered", 1, mine(1, "X"), "se.later", Definitions.MONDAY,
        "0".repeat(64)));
    Definitions.extender(store, List.of(file("mine-1.json", mine(1, "Min"))));

    InstrumentExtender after = Definitions.extender(store, List.of(file("mine-2.json", mine(2, "Min 2"))));

    assertThat(after.find("future", 1)).isEmpty();
    assertThat(after.find("tampered", 1)).isEmpty();
    assertThat(after.find("mine", 1)).isPresent();
    assertThat(after.find("mine")).map(Instrument::version).contains(2);
  }

  @Test
  void a_definition_the_store_cannot_keep_is_not_offered_for_answers_and_the_others_are() throws IOException {
    List<StoredInstrumentDefinition> saved = new ArrayList<>();
    InstrumentDefinitionRepository failing = new InstrumentDefinitionRepository() {
      @Override
      public StoredInstrumentDefinition saveIfAbsent(StoredInstrumentDefinition d) {
        if (d.instrumentId().equals("mine")) {
          throw new IllegalStateException("disk full");
        }
        saved.add(d);
        return d;
      }

      @Override
      public List<StoredInstrumentDefinition> all() {
        return List.of();
      }
    };
    List<URL> files = new ArrayList<>(Definitions.shippedFiles());
    files.add(file("mine-1.json", mine(1, "Min")));
    InstrumentExtender extender = new InstrumentExtender(Definitions.JSON, failing, Clock.systemUTC(), files);

    assertThat(extender.find("mine", 1)).isEmpty();
    assertThat(extender.find("child-wellbeing")).isPresent();
    assertThat(saved).extracting(StoredInstrumentDefinition::instrumentId).contains("child-wellbeing");
  }

  private URL file(String name, String text) throws IOException {
    Path dir = Files.createTempDirectory(folder, "bundle");
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8).toUri().toURL();
  }
}
