package se.pejl.forms.internal;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.pejl.api.forms.BbicArea;
import se.pejl.api.forms.Choice;
import se.pejl.api.forms.Instrument;
import se.pejl.api.forms.Item;
import se.pejl.api.forms.Respondent;
import se.pejl.api.forms.Scale;
import se.pejl.api.forms.Section;
import se.pejl.definitions.DefinitionException;
import se.pejl.definitions.Fields;
import se.pejl.definitions.JsonDefinitions;

/**
 * Reads one instrument definition: JSON of {@code schemaVersion} 2 (described by
 * {@code instrument.schema.json}), or 1, which is migrated to 2 first. A broken definition is
 * rejected with the file, the JSON path and the reason.
 */
final class InstrumentParser {
  static final int SCHEMA_VERSION = 2;

  private final JsonProvider json;

  InstrumentParser(JsonProvider json) {
    this.json = json;
  }

  Instrument parse(String file, InputStream in) {
    return parse(file, read(file, in));
  }

  Instrument parse(String file, String text) {
    return parse(file, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  JsonObject read(String file, InputStream in) {
    return JsonDefinitions.read(json, file, in);
  }

  Instrument parse(String file, JsonObject root) {
    Fields f = new Fields(file, root, "$");
    int schemaVersion = f.integer("schemaVersion");
    if (schemaVersion == 1) {
      f = new Fields(file, new V1Definitions(json).migrate(f), "$");
    } else if (schemaVersion != SCHEMA_VERSION) {
      throw f.error("schemaVersion", "schemaVersion " + schemaVersion + " is not known; this Pejl reads 1 and 2");
    }
    f.only("$schema", "schemaVersion", "id", "version", "title", "description", "respondents",
        "choiceSets", "sections", "items", "scales");
    String id = f.id("id");
    int version = f.integer("version");
    if (version < 1) {
      throw f.error("version", "must be 1 or more");
    }
    List<Respondent> respondents = respondents(f);
    List<Section> sections = sections(f);
    Map<String, List<Choice>> choiceSets = choiceSets(f);
    List<Item> items = new ItemParser(f, respondents, sections, choiceSets).items();
    for (Section s : sections) {
      if (items.stream().noneMatch(i -> s.id().equals(i.section()))) {
        throw new DefinitionException(file, "$.sections[" + sections.indexOf(s) + "]",
            "section \"" + s.id() + "\" has no items");
      }
    }
    List<Scale> scales = new ScaleParser(f, version, items).scales();
    return new Instrument(id, version, f.texts("title"), f.optionalTexts("description"), respondents,
        sections, items, scales);
  }

  private static List<Respondent> respondents(Fields f) {
    List<String> keys = f.strings("respondents");
    if (keys.isEmpty()) {
      throw f.error("respondents", "name at least one respondent");
    }
    List<Respondent> respondents = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      String at = f.path("respondents") + "[" + i + "]";
      Respondent r = Respondent.of(keys.get(i)).orElseThrow(() -> new DefinitionException(f.file(), at,
          "unknown respondent; use child, youth, parent or caseworker"));
      if (respondents.contains(r)) {
        throw new DefinitionException(f.file(), at, "respondent \"" + r.key() + "\" appears twice");
      }
      respondents.add(r);
    }
    return respondents;
  }

  private static List<Section> sections(Fields f) {
    if (!f.has("sections")) {
      return List.of();
    }
    JsonArray array = f.array("sections");
    List<Section> sections = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < array.size(); i++) {
      Fields s = Fields.element(f.file(), array, f.path("sections"), i).only("id", "title", "bbicArea");
      String id = s.id("id");
      if (!seen.add(id)) {
        throw s.error("id", "section id \"" + id + "\" appears twice");
      }
      sections.add(new Section(id, s.texts("title"), bbicArea(s)));
    }
    return sections;
  }

  static String bbicArea(Fields f) {
    String area = f.optionalText("bbicArea");
    if (area != null && BbicArea.of(area).isEmpty()) {
      throw f.error("bbicArea", "unknown BBIC area \"" + area + "\"; use one of "
          + java.util.Arrays.stream(BbicArea.values()).map(BbicArea::key).toList());
    }
    return area;
  }

  /** Named lists of labelled scale points that several items share. */
  private static Map<String, List<Choice>> choiceSets(Fields f) {
    Map<String, List<Choice>> sets = new LinkedHashMap<>();
    if (!f.has("choiceSets")) {
      return sets;
    }
    Fields all = f.object("choiceSets");
    for (String name : all.names()) {
      sets.put(name, choices(all, name));
    }
    return sets;
  }

  /** A list of {@code {"value": n, "label": {"sv", "en"}}}, values rising. */
  static List<Choice> choices(Fields owner, String name) {
    JsonArray array = owner.array(name);
    if (array.size() < 2) {
      throw owner.error(name, "needs at least two choices");
    }
    List<Choice> choices = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      Fields c = Fields.element(owner.file(), array, owner.path(name), i).only("value", "label");
      int value = c.integer("value");
      if (!choices.isEmpty() && value <= choices.get(choices.size() - 1).value()) {
        throw c.error("value", "values must rise: " + value + " follows "
            + choices.get(choices.size() - 1).value());
      }
      choices.add(new Choice(value, c.texts("label")));
    }
    return choices;
  }

  static boolean isArray(JsonValue v) {
    return v.getValueType() == JsonValue.ValueType.ARRAY;
  }
}
