package se.pejl.forms.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import se.pejl.api.forms.BbicArea;
import se.pejl.api.forms.ItemType;
import se.pejl.api.forms.Respondent;
import se.pejl.api.forms.ScaleMethod;

/** The published schema names the same kinds as the parser, so it cannot drift from the code. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SchemaTest {
  final JsonObject defs = Definitions.JSON.createReader(
      SchemaTest.class.getResourceAsStream("/instrument.schema.json")).readObject().getJsonObject("$defs");

  @Test
  void the_schema_lists_every_item_type_respondent_bbic_area_and_scale_method() {
    assertThat(enumOf(defs.getJsonObject("item").getJsonObject("properties").getJsonObject("type")))
        .containsExactlyElementsOf(keys(ItemType.values(), ItemType::key));
    assertThat(enumOf(defs.getJsonObject("respondent"))).containsExactlyElementsOf(keys(Respondent.values(), Respondent::key));
    assertThat(enumOf(defs.getJsonObject("bbicArea"))).containsExactlyElementsOf(keys(BbicArea.values(), BbicArea::key));
    assertThat(enumOf(defs.getJsonObject("scale").getJsonObject("properties").getJsonObject("method")))
        .containsExactlyElementsOf(keys(ScaleMethod.values(), ScaleMethod::key));
  }

  private static List<String> enumOf(JsonObject schema) {
    return schema.getJsonArray("enum").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }

  private static <E> List<String> keys(E[] values, Function<E, String> key) {
    return Arrays.stream(values).map(key).toList();
  }
}
