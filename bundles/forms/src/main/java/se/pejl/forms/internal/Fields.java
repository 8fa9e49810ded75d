package se.pejl.forms.internal;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** Typed access to one JSON object of a definition, naming the JSON path of whatever is wrong. */
final class Fields {
  private final String file;
  private final JsonObject object;
  private final String path;

  Fields(String file, JsonObject object, String path) {
    this.file = file;
    this.object = object;
    this.path = path;
  }

  static Fields element(String file, JsonArray array, String arrayPath, int index) {
    JsonValue v = array.get(index);
    String at = arrayPath + "[" + index + "]";
    if (v.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new DefinitionException(file, at, "must be an object");
    }
    return new Fields(file, v.asJsonObject(), at);
  }

  String path(String name) {
    return path + "." + name;
  }

  String text(String name) {
    JsonValue v = required(name);
    if (!(v instanceof JsonString s) || s.getString().isBlank()) {
      throw new DefinitionException(file, path(name), "must be a non-empty string");
    }
    return s.getString();
  }

  int integer(String name) {
    JsonValue v = required(name);
    if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
      throw new DefinitionException(file, path(name), "must be a whole number");
    }
    return n.intValue();
  }

  boolean flag(String name) {
    JsonValue v = object.get(name);
    if (v == null) {
      return false;
    }
    if (v != JsonValue.TRUE && v != JsonValue.FALSE) {
      throw new DefinitionException(file, path(name), "must be true or false");
    }
    return v == JsonValue.TRUE;
  }

  JsonArray array(String name) {
    JsonValue v = required(name);
    if (v.getValueType() != JsonValue.ValueType.ARRAY) {
      throw new DefinitionException(file, path(name), "must be an array");
    }
    return v.asJsonArray();
  }

  Fields object(String name) {
    JsonValue v = required(name);
    if (v.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new DefinitionException(file, path(name), "must be an object");
    }
    return new Fields(file, v.asJsonObject(), path(name));
  }

  private JsonValue required(String name) {
    JsonValue v = object.get(name);
    if (v == null || v == JsonValue.NULL) {
      throw new DefinitionException(file, path(name), "is required");
    }
    return v;
  }
}
