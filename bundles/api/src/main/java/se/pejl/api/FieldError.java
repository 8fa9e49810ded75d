package se.pejl.api;

import java.util.List;
import java.util.Locale;

/**
 * One wrong field of a request, e.g. one wrong answer of a form.
 *
 * @param field the JSON path of the field, e.g. {@code answers.q3}
 * @param key the message key in {@code se/pejl/api/messages*.properties}
 * @param args the message arguments
 */
public record FieldError(String field, String key, List<Object> args) {

  public FieldError {
    args = List.copyOf(args);
  }

  public static FieldError of(String field, String key, Object... args) {
    return new FieldError(field, key, List.of(args));
  }

  /** The message in the user's language (Swedish first, English second). */
  public String message(Locale locale) {
    return PejlException.format(locale, key, args.toArray());
  }
}
