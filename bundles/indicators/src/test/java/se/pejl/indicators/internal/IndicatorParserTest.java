package se.pejl.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.parsson.JsonProviderImpl;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.pejl.api.indicators.IndicatorInfo;
import se.pejl.definitions.DefinitionException;

/**
 * Each file of src/test/resources/broken-indicators has one thing wrong; the parser refuses it,
 * naming the file and the JSON path, so that a region writing its own indicators finds the fault.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class IndicatorParserTest {
  static final String BROKEN = "broken-indicators/";
  final IndicatorParser parser = new IndicatorParser(new JsonProviderImpl());

  @ParameterizedTest(name = "{0} at {1}")
  @CsvSource(delimiter = '|', textBlock = """
      not-json.json                           | $                         | not valid JSON
      not-an-object.json                      | $                         | must be a JSON object
      wrong-schema-version.json               | $.schemaVersion           | must be 1
      missing-schema-version.json             | $.schemaVersion           | must be 1
      unknown-kind.json                       | $.kind                    | "sum" is not a kind
      missing-kind.json                       | $.kind                    | is required
      unknown-property.json                   | $.colour                  | unknown property
      property-of-another-kind.json           | $.scale                   | unknown property
      missing-name-en.json                    | $.name.en                 | is required
      blank-description-sv.json               | $.description.sv          | must be a non-empty string
      id-not-an-id.json                       | $.id                      | is not an id
      version-zero.json                       | $.version                 | must be 1 or more
      better-sideways.json                    | $.better                  | must be "higher" or "lower"
      unknown-bbic-area.json                  | $.bbicArea                | "happiness" is not a BBIC area
      by-area-without-every-scale.json        | $.bbicArea                | needs "scale": "*"
      every-scale-without-by-area.json        | $.bbicArea                | must be "by-area"
      unknown-breakdown.json                  | $.breakdowns[1]           | "shoe-size" is not a breakdown
      breakdown-not-allowed.json              | $.breakdowns[2]           | cannot be split by gender
      breakdown-twice.json                    | $.breakdowns[2]           | appears twice
      occasion-breakdown-of-one-occasion.json | $.breakdowns[5]           | cannot be split by occasion
      reliable-change-without-category.json   | $.category                | is required
      unknown-category.json                   | $.category                | "much-better" is not a category
      same-from-and-to.json                   | $.to                      | must be another occasion
      condition-with-scale-and-item.json      | $.condition               | either a "scale" or an "item"
      condition-without-bounds.json           | $.condition               | needs "atLeast", "atMost" or both
      at-most-below-at-least.json             | $.condition.atMost        | is below atLeast
      condition-unknown-property.json         | $.condition.equals        | unknown property
      unknown-documented-part.json            | $.condition.documented[1] | "plan" is not a part
      missing-counts-as-yes.json              | $.missingCountsAs         | must be "excluded" or "no"
      of-clients.json                         | $.of                      | must be "episodes" or "answers"
      unknown-measure.json                    | $.measure                 | "days-to-end" is not a measure
      instrument-of-episodes.json             | $.instrument              | does not apply to count over episodes
      no-occasions.json                       | $.occasions               | must name at least one occasion
      occasion-twice.json                     | $.occasions               | names an occasion twice
      closed-only-not-true-or-false.json      | $.closedOnly              | must be true or false
      """)
  void a_broken_definition_is_refused_naming_the_file_and_the_json_path(String file, String path, String reason) {
    DefinitionException e = catchThrowableOfType(() -> parse(BROKEN + file), DefinitionException.class);

    assertThat(e).as("refused").isNotNull();
    assertThat(e.file()).isEqualTo(BROKEN + file);
    assertThat(e.jsonPath()).isEqualTo(path);
    assertThat(e.reason()).contains(reason);
    assertThat(e.getMessage()).contains(BROKEN + file).contains(" at " + path + ": ");
  }

  @Test
  void every_broken_file_is_in_the_table_above() {
    assertThat(Engines.files("broken-indicators")).hasSize(35);
  }

  @Test
  void a_good_definition_gives_what_the_api_shows_of_it() {
    IndicatorDefinition d = parse("indicators/hvb-satisfaction.json");

    IndicatorInfo info = d.info();
    assertThat(info.id()).isEqualTo("hvb-satisfaction");
    assertThat(info.kind()).isEqualTo("mean");
    assertThat(info.valueType()).isEqualTo("score");
    assertThat(info.bbicArea()).isEqualTo(IndicatorInfo.BY_AREA);
    assertThat(info.breakdowns()).contains("bbic-area", "occasion", "gender");
    assertThat(d.source().everyArea()).isTrue();
  }

  @Test
  void a_median_over_episodes_is_in_days_and_a_coverage_a_share() {
    assertThat(parse("indicators/days-to-first-measurement.json").info().valueType()).isEqualTo("days");
    assertThat(parse("indicators/follow-up-coverage.json").info().valueType()).isEqualTo("share");
    assertThat(parse("indicators/goal-attainment.json").info().valueType()).isEqualTo("t-score");
  }

  private IndicatorDefinition parse(String resource) {
    try (InputStream in = IndicatorParserTest.class.getResourceAsStream("/" + resource)) {
      assertThat(in).as(resource).isNotNull();
      return parser.parse(resource, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The corpus's files by name, for the extender test. */
  static URL broken(String file) {
    return Engines.files("broken-indicators").stream()
        .filter(u -> Path.of(u.getPath()).getFileName().toString().equals(file)).findFirst().orElseThrow();
  }

  static List<URL> shipped() {
    return Engines.files("indicators");
  }
}
