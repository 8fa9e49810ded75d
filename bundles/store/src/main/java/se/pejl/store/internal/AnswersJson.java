package se.pejl.store.internal;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import se.pejl.api.InvalidInputException;

/**
 * Answers (item id to a number, text, yes/no or a list of them) as one JSON text column. Stored as
 * JSON rather than a serialised Java map, so any SQL tool and any later release can read it.
 */
@Component(service = AnswersJson.class)
public final class AnswersJson {
  /** Below Derby's VARCHAR limit of 32,672, with room for multi-byte characters counted once. */
  static final int MAX_LENGTH = 32_000;

  private final JsonProvider json;

  /** The provider is a service: inside OSGi, ServiceLoader would not find Parsson. */
  @Activate
  public AnswersJson(@Reference JsonProvider json) {
    this.json = json;
  }

  String write(Map<String, Object> answers) {
    JsonObjectBuilder object = json.createObjectBuilder();
    answers.forEach((item, value) -> {
      if (value != null) {
        object.add(item, toJson(value));
      }
    });
    String text = object.build().toString();
    if (text.length() > MAX_LENGTH) {
      throw new InvalidInputException("answers", "error.draft.tooLarge", text.length(), MAX_LENGTH);
    }
    return text;
  }

  Map<String, Object> read(String text) {
    Map<String, Object> answers = new LinkedHashMap<>();
    if (text == null || text.isBlank()) {
      return answers;
    }
    JsonObject object = json.createReader(new StringReader(text)).readObject();
    object.forEach((item, value) -> {
      Object v = fromJson(value);
      if (v != null) {
        answers.put(item, v);
      }
    });
    return answers;
  }

  private JsonValue toJson(Object value) {
    if (value instanceof Boolean b) {
      return b ? JsonValue.TRUE : JsonValue.FALSE;
    }
    if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite() && Math.abs(d) < 1e15) {
      return json.createValue(d.longValue()); // 3.0 is kept as the 3 the respondent chose
    }
    if (value instanceof Number n) {
      return json.createValue(new BigDecimal(n.toString()));
    }
    if (value instanceof Iterable<?> list) {
      JsonArrayBuilder array = json.createArrayBuilder();
      list.forEach(v -> array.add(v == null ? JsonValue.NULL : toJson(v)));
      return array.build();
    }
    return json.createValue(String.valueOf(value));
  }

  private static Object fromJson(JsonValue value) {
    switch (value.getValueType()) {
      case NUMBER:
        JsonNumber n = (JsonNumber) value;
        return n.isIntegral() ? (Object) n.intValueExact() : (Object) n.doubleValue();
      case STRING:
        return ((JsonString) value).getString();
      case TRUE:
        return Boolean.TRUE;
      case FALSE:
        return Boolean.FALSE;
      case ARRAY:
        List<Object> list = new ArrayList<>();
        ((JsonArray) value).forEach(v -> list.add(fromJson(v)));
        return list;
      default:
        return null;
    }
  }
}
