package se.pejl.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.pejl.api.store.StoredInstrumentDefinition;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class InstrumentDefinitionRepositoryTest {
  private static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");

  @TempDir Path data;
  private Database db;
  private JpaInstrumentDefinitionRepository definitions;

  @BeforeEach
  void open() {
    db = new Database(data, "WARNING");
    definitions = new JpaInstrumentDefinitionRepository(db);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void a_definition_is_stored_the_first_time_and_the_first_one_is_kept() {
    StoredInstrumentDefinition first = definition("mine", 1, "{\"first\": true}", "a".repeat(64), MONDAY);
    assertThat(definitions.saveIfAbsent(first)).isEqualTo(first);

    StoredInstrumentDefinition other = new StoredInstrumentDefinition("mine", 1, "{\"other\": true}",
        "se.other.bundle", MONDAY.plusSeconds(60), "b".repeat(64));
    assertThat(definitions.saveIfAbsent(other)).isEqualTo(first);
    assertThat(definitions.all()).containsExactly(first);
  }

  @Test
  void definitions_survive_a_restart_in_id_and_version_order() {
    StoredInstrumentDefinition v2 = definition("mine", 2, "{}", "c".repeat(64), MONDAY);
    StoredInstrumentDefinition v1 = definition("mine", 1, "{}", "c".repeat(64), MONDAY);
    StoredInstrumentDefinition another = definition("another", 1, "{}", "c".repeat(64), MONDAY);
    definitions.saveIfAbsent(v2);
    definitions.saveIfAbsent(v1);
    definitions.saveIfAbsent(another);
    db.close();
    open();
    assertThat(definitions.all()).containsExactly(another, v1, v2);
  }

  @Test
  void a_definition_longer_than_a_varchar_is_kept_whole() {
    String text = "{\"padding\": \"" + "å".repeat(40_000) + "\"}";
    definitions.saveIfAbsent(definition("large", 1, text, "d".repeat(64), MONDAY));
    assertThat(definitions.all()).singleElement().satisfies(d -> assertThat(d.text()).isEqualTo(text));
  }

  private static StoredInstrumentDefinition definition(String id, int version, String text, String sha, Instant at) {
    return new StoredInstrumentDefinition(id, version, text, "se.pejl.forms", at, sha);
  }
}
