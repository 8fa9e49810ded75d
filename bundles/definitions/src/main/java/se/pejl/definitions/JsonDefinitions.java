package se.pejl.definitions;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;
import java.io.InputStream;

/** Reads a definition file's JSON object, or says where the file is not JSON. */
public final class JsonDefinitions {
  private JsonDefinitions() {}

  /**
   * @throws DefinitionException naming the file and the line and column where it stops being JSON,
   *     or that it is not an object
   */
  public static JsonObject read(JsonProvider json, String file, InputStream in) {
    JsonValue value;
    try (JsonReader reader = json.createReader(in)) {
      value = reader.readValue();
    } catch (JsonParsingException e) {
      throw new DefinitionException(file, "$", "not valid JSON at line " + e.getLocation().getLineNumber()
          + ", column " + e.getLocation().getColumnNumber() + ": " + e.getMessage());
    } catch (JsonException | IllegalStateException e) {
      throw new DefinitionException(file, "$", "not readable as JSON: " + e.getMessage());
    }
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new DefinitionException(file, "$", "must be a JSON object, not " + value.getValueType());
    }
    return value.asJsonObject();
  }
}
