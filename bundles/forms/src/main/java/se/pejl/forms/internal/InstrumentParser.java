package se.pejl.forms.internal;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.pejl.api.forms.Instrument;
import se.pejl.api.forms.Item;
import se.pejl.api.forms.Scale;

/**
 * Reads one instrument definition (JSON, {@code schemaVersion} 1). A broken definition is
 * rejected with the file, the JSON path and the reason.
 */
final class InstrumentParser {
  private final JsonProvider json;

  InstrumentParser(JsonProvider json) {
    this.json = json;
  }

  Instrument parse(String file, InputStream in) {
    JsonObject root;
    try (JsonReader reader = json.createReader(in)) {
      root = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new DefinitionException(file, "$", "not a JSON object: " + e.getMessage());
    }
    Fields f = new Fields(file, root, "$");
    if (f.integer("schemaVersion") != 1) {
      throw new DefinitionException(file, "$.schemaVersion", "only schemaVersion 1 is known");
    }
    List<Item> items = items(file, f.array("items"));
    Set<String> itemIds = new HashSet<>();
    items.forEach(i -> itemIds.add(i.id()));
    List<Scale> scales = scales(file, f.array("scales"), items, itemIds);
    Fields title = f.object("title");
    return new Instrument(f.text("id"), f.integer("version"), title.text("sv"), title.text("en"),
        items, scales);
  }

  private List<Item> items(String file, JsonArray array) {
    List<Item> items = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < array.size(); i++) {
      Fields item = Fields.element(file, array, "$.items", i);
      String id = item.text("id");
      if (!seen.add(id)) {
        throw new DefinitionException(file, item.path("id"), "item id \"" + id + "\" appears twice");
      }
      int min = item.integer("min");
      int max = item.integer("max");
      if (min >= max) {
        throw new DefinitionException(file, item.path("max"), "max must be greater than min");
      }
      Fields text = item.object("text");
      items.add(new Item(id, min, max, text.text("sv"), text.text("en"), item.flag("reversed")));
    }
    if (items.isEmpty()) {
      throw new DefinitionException(file, "$.items", "an instrument needs at least one item");
    }
    return items;
  }

  private List<Scale> scales(String file, JsonArray array, List<Item> items, Set<String> itemIds) {
    List<Scale> scales = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      Fields scale = Fields.element(file, array, "$.scales", i);
      if (!"sum".equals(scale.text("method"))) {
        throw new DefinitionException(file, scale.path("method"), "only \"sum\" is known");
      }
      List<String> members = new ArrayList<>();
      JsonArray ids = scale.array("items");
      double min = 0;
      double max = 0;
      for (int k = 0; k < ids.size(); k++) {
        JsonValue v = ids.get(k);
        String id = v.getValueType() == JsonValue.ValueType.STRING ? ((jakarta.json.JsonString) v).getString() : null;
        if (id == null || !itemIds.contains(id)) {
          throw new DefinitionException(file, scale.path("items") + "[" + k + "]", "no item " + v);
        }
        members.add(id);
        Item item = items.stream().filter(it -> it.id().equals(id)).findFirst().orElseThrow();
        min += item.min();
        max += item.max();
      }
      Fields name = scale.object("name");
      scales.add(new Scale(scale.text("id"), name.text("sv"), name.text("en"), members, min, max,
          scale.flag("higherIsBetter"), scale.text("bbicArea")));
    }
    return scales;
  }
}
