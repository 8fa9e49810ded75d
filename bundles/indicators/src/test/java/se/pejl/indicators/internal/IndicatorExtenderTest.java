package se.pejl.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.parsson.JsonProviderImpl;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The shipped definitions load, and a broken file is left out without taking the others along. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class IndicatorExtenderTest {

  @Test
  void every_shipped_definition_file_loads() {
    List<URL> files = IndicatorParserTest.shipped();

    List<IndicatorDefinition> loaded = extender(files).all();

    assertThat(files).hasSize(22);
    assertThat(loaded).hasSize(22);
  }

  @Test
  void shipped_ids_are_unique_and_each_file_is_named_after_its_id() {
    List<String> ids = extender(IndicatorParserTest.shipped()).all().stream().map(IndicatorDefinition::id).toList();
    List<String> names = IndicatorParserTest.shipped().stream()
        .map(u -> Path.of(u.getPath()).getFileName().toString().replace(".json", "")).toList();

    assertThat(ids).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(names);
  }

  @Test
  void a_broken_file_is_left_out_and_the_others_load() {
    List<URL> files = new ArrayList<>(IndicatorParserTest.shipped());
    files.add(IndicatorParserTest.broken("unknown-kind.json"));
    files.add(IndicatorParserTest.broken("not-json.json"));

    List<IndicatorDefinition> loaded = extender(files).all();

    assertThat(loaded).hasSize(22).extracting(IndicatorDefinition::id).doesNotContain("unknown-kind", "not-json");
  }

  @Test
  void the_same_id_twice_in_one_bundle_keeps_the_first() {
    List<URL> files = List.of(IndicatorParserTest.shipped().get(0), IndicatorParserTest.shipped().get(0),
        IndicatorParserTest.shipped().get(1));

    assertThat(extender(files).all()).hasSize(2);
  }

  @Test
  void definitions_are_listed_by_bbic_area_then_id() {
    List<String> areas = extender(IndicatorParserTest.shipped()).all().stream().map(d -> d.info().bbicArea()).toList();

    assertThat(areas).isSorted();
  }

  @Test
  void the_engine_offers_the_schema_of_the_definition_files() {
    assertThat(IndicatorExtender.schema()).hasValueSatisfying(s -> assertThat(s).contains("\"schemaVersion\""));
  }

  private static IndicatorExtender extender(List<URL> files) {
    return new IndicatorExtender(new JsonProviderImpl(), files);
  }
}
