package se.pejl.forms.internal;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import se.pejl.definitions.Fields;

/**
 * Migrates a definition of {@code schemaVersion} 1 (0.1: whole-number items scored by sum, one
 * shared list of scale points) to 2, so one parser checks both. Every item of version 1 was
 * required.
 */
final class V1Definitions {
  private final JsonProvider json;

  V1Definitions(JsonProvider json) {
    this.json = json;
  }

  JsonObject migrate(Fields v1) {
    v1.only("schemaVersion", "id", "version", "title", "respondent", "items", "scalePoints", "scales");
    JsonObject points = v1.has("scalePoints") ? points(v1) : null;
    JsonObjectBuilder v2 = json.createObjectBuilder()
        .add("schemaVersion", InstrumentParser.SCHEMA_VERSION)
        .add("id", v1.value("id"))
        .add("version", v1.value("version"))
        .add("title", v1.value("title"))
        .add("respondents", json.createArrayBuilder().add(v1.has("respondent") ? v1.text("respondent") : "child"));
    JsonArray items = v1.array("items");
    JsonArrayBuilder migrated = json.createArrayBuilder();
    for (int i = 0; i < items.size(); i++) {
      Fields item = Fields.element(v1.file(), items, "$.items", i).only("id", "type", "min", "max", "text", "reversed");
      int min = item.integer("min");
      int max = item.integer("max");
      if (min >= max) {
        throw item.error("max", "max must be greater than min");
      }
      migrated.add(json.createObjectBuilder()
          .add("id", item.value("id"))
          .add("type", "single-choice")
          .add("text", item.value("text"))
          .add("choices", choices(min, max, points))
          .add("reversed", item.flag("reversed", false))
          .add("required", true));
    }
    v2.add("items", migrated);
    JsonArrayBuilder scales = json.createArrayBuilder();
    JsonArray v1Scales = v1.array("scales");
    for (int i = 0; i < v1Scales.size(); i++) {
      Fields scale = Fields.element(v1.file(), v1Scales, "$.scales", i)
          .only("id", "method", "items", "name", "higherIsBetter", "bbicArea");
      // Version 1 read a missing polarity as "higher is worse"; version 2 wants it stated.
      scales.add(json.createObjectBuilder(v1Scales.getJsonObject(i))
          .add("higherIsBetter", scale.flag("higherIsBetter", false)));
    }
    return v2.add("scales", scales).build();
  }

  /** The labelled points by value; a value without a label is labelled by its number. */
  private JsonObject points(Fields v1) {
    JsonObjectBuilder byValue = json.createObjectBuilder();
    JsonArray array = v1.array("scalePoints");
    for (int i = 0; i < array.size(); i++) {
      Fields p = Fields.element(v1.file(), array, "$.scalePoints", i).only("value", "sv", "en");
      byValue.add(String.valueOf(p.integer("value")),
          json.createObjectBuilder().add("sv", p.text("sv")).add("en", p.text("en")));
    }
    return byValue.build();
  }

  private JsonArrayBuilder choices(int min, int max, JsonObject points) {
    JsonArrayBuilder choices = json.createArrayBuilder();
    for (int v = min; v <= max; v++) {
      String key = String.valueOf(v);
      JsonObject label = points != null && points.containsKey(key) ? points.getJsonObject(key)
          : json.createObjectBuilder().add("sv", key).add("en", key).build();
      choices.add(json.createObjectBuilder().add("value", v).add("label", label));
    }
    return choices;
  }
}
