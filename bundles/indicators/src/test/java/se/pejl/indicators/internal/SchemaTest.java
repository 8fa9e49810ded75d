package se.pejl.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.eclipse.parsson.JsonProviderImpl;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.pejl.api.forms.BbicArea;
import se.pejl.api.indicators.IndicatorInfo;

/** The published schema names the same kinds, categories and breakdowns as the parser. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SchemaTest {
  final JsonObject properties = new JsonProviderImpl().createReader(
      SchemaTest.class.getResourceAsStream("/indicator.schema.json")).readObject().getJsonObject("properties");

  @Test
  void the_schema_lists_every_kind_category_breakdown_and_area() {
    assertThat(enumOf(properties.getJsonObject("kind"))).containsExactlyElementsOf(keys(Kind.values(), Kind::key));
    assertThat(enumOf(properties.getJsonObject("category")))
        .containsExactlyElementsOf(keys(ChangeCategory.values(), ChangeCategory::key));
    assertThat(enumOf(properties.getJsonObject("breakdowns").getJsonObject("items")))
        .containsExactlyElementsOf(keys(Dimension.values(), Dimension::key));
    assertThat(enumOf(properties.getJsonObject("measure")))
        .containsExactlyElementsOf(keys(EpisodeMeasure.values(), EpisodeMeasure::key));
    List<String> areas = new ArrayList<>(keys(BbicArea.values(), BbicArea::key));
    areas.addAll(List.of(IndicatorInfo.PROCESS, IndicatorInfo.BY_AREA));
    assertThat(enumOf(properties.getJsonObject("bbicArea"))).containsExactlyElementsOf(areas);
  }

  private static List<String> enumOf(JsonObject schema) {
    return schema.getJsonArray("enum").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }

  private static <E> List<String> keys(E[] values, Function<E, String> key) {
    return Arrays.stream(values).map(key).toList();
  }
}
