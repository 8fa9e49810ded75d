package se.pejl.forms.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.pejl.definitions.DefinitionException;

/**
 * The corpus in {@code src/test/resources/broken}: each file differs from the valid
 * {@code corpus-base.json} by one fault, and {@code expected.properties} names the JSON path and
 * reason its rejection must give.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BrokenDefinitionsTest {
  static final Path FOLDER = Definitions.folder("/broken/expected.properties");

  static Properties expected() throws IOException {
    Properties expected = new Properties();
    try (InputStream in = BrokenDefinitionsTest.class.getResourceAsStream("/broken/expected.properties")) {
      expected.load(in);
    }
    return expected;
  }

  static Stream<Arguments> corpus() throws IOException {
    Properties expected = expected();
    return Definitions.files(FOLDER).stream().map(url -> {
      String name = Path.of(url.getPath()).getFileName().toString();
      return Arguments.of(name, url, expected.getProperty(name));
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void each_broken_definition_is_rejected_naming_the_file_the_json_path_and_the_fault(
      String name, URL file, String fault) throws IOException {
    assertThat(fault).as("expected.properties names the fault of " + name).isNotNull();
    try (InputStream in = file.openStream()) {
      assertThatThrownBy(() -> new InstrumentParser(Definitions.JSON).parse(name, in))
          .isInstanceOf(DefinitionException.class)
          .hasMessageStartingWith(name + " at " + fault);
    }
  }

  @Test
  void the_corpus_has_at_least_30_broken_definitions_each_with_its_expected_fault() throws IOException {
    List<String> files = new ArrayList<>();
    Definitions.files(FOLDER).forEach(u -> files.add(Path.of(u.getPath()).getFileName().toString()));
    assertThat(files).hasSizeGreaterThanOrEqualTo(30);
    assertThat(expected().stringPropertyNames()).containsExactlyInAnyOrderElementsOf(files);
  }

  @Test
  void the_base_of_the_corpus_is_valid_so_each_file_has_exactly_the_fault_named() throws IOException {
    try (InputStream in = BrokenDefinitionsTest.class.getResourceAsStream("/corpus-base.json")) {
      var instrument = new InstrumentParser(Definitions.JSON).parse("corpus-base.json", in);
      assertThat(instrument.id()).isEqualTo("broken-example");
    }
  }

  @Test
  void a_broken_file_is_left_out_and_every_other_instrument_keeps_working() {
    List<URL> files = new ArrayList<>(Definitions.shippedFiles());
    files.add(BrokenDefinitionsTest.class.getResource("/broken/20-number-max-below-min.json"));
    var registry = Definitions.extender(new MemoryDefinitions(), files);
    assertThat(registry.all()).extracting(i -> i.id())
        .contains("child-wellbeing").doesNotContain("broken-example");
  }
}
