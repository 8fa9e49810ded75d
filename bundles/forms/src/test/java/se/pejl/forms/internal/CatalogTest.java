package se.pejl.forms.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.pejl.api.forms.Instrument;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CatalogTest {
  final Catalog catalog = new Catalog();

  static Instrument version(int version, String sameAs) {
    return Definitions.parse("""
        {'schemaVersion': 2, 'id': 'mine', 'version': %d, 'title': {'sv': 'V%d', 'en': 'V%d'},
         'respondents': ['parent'],
         'items': [{'id': 'a', 'type': 'yes-no', 'text': {'sv': 'A', 'en': 'A'}}],
         'scales': [{'id': 's', 'name': {'sv': 'S', 'en': 'S'}, 'method': 'sum', 'items': ['a'],
                     'higherIsBetter': true %s}]}""".formatted(version, version, version,
        sameAs == null ? "" : ", 'sameAs': {'version': " + sameAs + "}"));
  }

  @Test
  void a_withdrawn_version_cannot_be_answered_but_stays_readable() {
    catalog.add("v1.json", version(1, null), "sha-v1", 10);
    catalog.add("v2.json", version(2, "1"), "sha-v2", 11);
    assertThat(catalog.newestAvailable("mine")).map(Instrument::version).contains(2);

    catalog.withdraw(11);

    assertThat(catalog.newestAvailable("mine")).map(Instrument::version).contains(1);
    assertThat(catalog.find("mine", 2)).isPresent();
    assertThat(catalog.available("mine", 2)).isFalse();
    catalog.withdraw(10);
    assertThat(catalog.newestAvailable("mine")).isEmpty();
    assertThat(catalog.allAvailable()).isEmpty();
    assertThat(catalog.versions("mine")).extracting(Instrument::version).containsExactly(1, 2);
  }

  @Test
  void a_version_provided_again_by_a_new_bundle_can_be_answered_again() {
    catalog.add("v1.json", version(1, null), "sha-v1", 10);
    catalog.withdraw(10);
    catalog.add("v1.json", version(1, null), "sha-v1", 12);
    assertThat(catalog.newestAvailable("mine")).isPresent();
  }

  @Test
  void the_same_id_and_version_with_other_text_is_refused() {
    catalog.add("v1.json", version(1, null), "sha-v1", 10);
    Instrument changed = new Instrument("mine", 1, "Ändrad", "Changed", version(1, null).items(), List.of());
    assertThatThrownBy(() -> catalog.add("other.json", changed, "sha-changed", 11))
        .hasMessageContaining("other.json at $.version").hasMessageContaining("needs a new version");
    assertThat(catalog.find("mine", 1)).map(Instrument::titleSv).contains("V1");
  }

  @Test
  void a_restored_version_is_readable_and_becomes_answerable_when_a_bundle_provides_it() {
    catalog.restore(version(1, null), "sha-v1");
    assertThat(catalog.find("mine", 1)).isPresent();
    assertThat(catalog.newestAvailable("mine")).isEmpty();
    catalog.add("v1.json", version(1, null), "sha-v1", 10);
    assertThat(catalog.newestAvailable("mine")).map(Instrument::version).contains(1);
  }

  @Test
  void scores_are_comparable_only_along_a_chain_of_declared_same_scales() {
    catalog.add("v1.json", version(1, null), "sha-v1", 10);
    catalog.add("v2.json", version(2, "1"), "sha-v2", 10);
    catalog.add("v3.json", version(3, "2"), "sha-v3", 10);
    catalog.add("v4.json", version(4, null), "sha-v4", 10);
    assertThat(catalog.comparable("mine", "s", 3, 1)).isTrue();
    assertThat(catalog.comparable("mine", "s", 2, 2)).isTrue();
    assertThat(catalog.comparable("mine", "s", 4, 3)).isFalse();
    assertThat(catalog.comparable("mine", "other", 2, 1)).isFalse();
  }

  @Test
  void a_definition_of_schema_version_1_is_still_read() throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/v1/child-wellbeing-1.json")) {
      Instrument old = new InstrumentParser(Definitions.JSON).parse("v1.json", in);
      Instrument now = Definitions.shipped("child-wellbeing");
      assertThat(old.items()).extracting(i -> i.text().sv()).isEqualTo(now.items().stream().map(i -> i.text().sv()).toList());
      assertThat(old.items().get(2).reversed()).isTrue();
      assertThat(old.items().get(0).choice(4).orElseThrow().label().en()).isEqualTo("Completely true");
      assertThat(old.scale("total").orElseThrow().max()).isEqualTo(20);
      assertThat(old.items()).allMatch(i -> i.required());
    }
  }

  @Test
  void the_registry_serves_the_schema_of_the_definition_files() {
    assertThat(Definitions.shipped().definitionSchema()).hasValueSatisfying(s -> assertThat(s).contains("\"schemaVersion\""));
  }
}
