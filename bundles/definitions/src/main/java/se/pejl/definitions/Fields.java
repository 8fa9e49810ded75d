package se.pejl.definitions;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import se.pejl.api.forms.Text;

/** Typed access to one JSON object of a definition, naming the JSON path of whatever is wrong. */
public final class Fields {
  /** Ids end up in JSON paths, URLs and CSV headers of exports: keep them plain. */
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*");

  private final String file;
  private final JsonObject object;
  private final String path;

  public Fields(String file, JsonObject object, String path) {
    this.file = file;
    this.object = object;
    this.path = path;
  }

  public static Fields element(String file, JsonArray array, String arrayPath, int index) {
    JsonValue v = array.get(index);
    String at = arrayPath + "[" + index + "]";
    if (v.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new DefinitionException(file, at, "must be an object");
    }
    return new Fields(file, v.asJsonObject(), at);
  }

  public String file() {
    return file;
  }

  public String path() {
    return path;
  }

  public String path(String name) {
    return path + "." + name;
  }

  public DefinitionException error(String name, String reason) {
    return new DefinitionException(file, name == null ? path : path(name), reason);
  }

  public boolean has(String name) {
    JsonValue v = object.get(name);
    return v != null && v != JsonValue.NULL;
  }

  /** Rejects properties the format does not know, so that a misspelt one is not silently lost. */
  public Fields only(String... names) {
    Set<String> known = Set.of(names);
    for (String name : new TreeSet<>(object.keySet())) {
      if (!known.contains(name)) {
        throw error(name, "unknown property; allowed here: " + String.join(", ", new TreeSet<>(Arrays.asList(names))));
      }
    }
    return this;
  }

  public String text(String name) {
    JsonValue v = required(name);
    if (!(v instanceof JsonString s) || s.getString().isBlank()) {
      throw error(name, "must be a non-empty string");
    }
    return s.getString();
  }

  public String optionalText(String name) {
    return has(name) ? text(name) : null;
  }

  public String id(String name) {
    String id = text(name);
    if (!ID.matcher(id).matches()) {
      throw error(name, "\"" + id + "\" is not an id: use lower-case letters, digits, - and _, starting with a letter");
    }
    return id;
  }

  public int integer(String name) {
    JsonValue v = required(name);
    if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
      throw error(name, "must be a whole number");
    }
    try {
      return n.intValueExact();
    } catch (ArithmeticException e) {
      throw error(name, "is too large");
    }
  }

  public double number(String name) {
    JsonValue v = required(name);
    if (!(v instanceof JsonNumber n)) {
      throw error(name, "must be a number");
    }
    return n.doubleValue();
  }

  public boolean flag(String name, boolean otherwise) {
    JsonValue v = object.get(name);
    if (v == null) {
      return otherwise;
    }
    if (v != JsonValue.TRUE && v != JsonValue.FALSE) {
      throw error(name, "must be true or false");
    }
    return v == JsonValue.TRUE;
  }

  public JsonArray array(String name) {
    JsonValue v = required(name);
    if (v.getValueType() != JsonValue.ValueType.ARRAY) {
      throw error(name, "must be an array");
    }
    return v.asJsonArray();
  }

  /** The strings of an array, each checked. */
  public List<String> strings(String name) {
    JsonArray array = array(name);
    for (int i = 0; i < array.size(); i++) {
      if (!(array.get(i) instanceof JsonString s) || s.getString().isBlank()) {
        throw new DefinitionException(file, path(name) + "[" + i + "]", "must be a non-empty string");
      }
    }
    return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }

  public Fields object(String name) {
    JsonValue v = required(name);
    if (v.getValueType() != JsonValue.ValueType.OBJECT) {
      throw error(name, "must be an object");
    }
    return new Fields(file, v.asJsonObject(), path(name));
  }

  public JsonValue value(String name) {
    return required(name);
  }

  public Set<String> names() {
    return object.keySet();
  }

  /** A text in both languages: {@code {"sv": "…", "en": "…"}}. */
  public Text texts(String name) {
    Fields t = object(name).only("sv", "en");
    return new Text(t.text("sv"), t.text("en"));
  }

  public Text optionalTexts(String name) {
    return has(name) ? texts(name) : null;
  }

  private JsonValue required(String name) {
    JsonValue v = object.get(name);
    if (v == null || v == JsonValue.NULL) {
      throw error(name, "is required");
    }
    return v;
  }
}
