package se.pejl.api;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Base of every error Pejl reports to a user. Carries a stable {@link #code()} for scripts, a
 * message key into {@code se/pejl/api/messages*.properties} so the text can be given in Swedish
 * or English, and the field that was wrong when one was.
 */
public abstract class PejlException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final String BUNDLE = "se.pejl.api.messages";

  private final String code;
  private final String key;
  private final transient Object[] args;
  private final String field;

  protected PejlException(String code, String field, String key, Object[] args, Throwable cause) {
    super(format(Locale.ENGLISH, key, args), cause);
    this.code = code;
    this.key = key;
    this.args = args.clone();
    this.field = field;
  }

  /** A short machine-readable code such as {@code invalid_input} or {@code not_found}. */
  public String code() {
    return code;
  }

  /** The JSON path of the wrong field, or {@code null} when the error is not about one field. */
  public String field() {
    return field;
  }

  public String key() {
    return key;
  }

  /** The message in the user's language (Swedish first, English second). */
  public String message(Locale locale) {
    return format(locale, key, args);
  }

  /** The text of a message key in a language; shared with {@link FieldError}. */
  static String format(Locale locale, String key, Object[] args) {
    try {
      ResourceBundle texts =
          ResourceBundle.getBundle(BUNDLE, locale, PejlException.class.getClassLoader(),
              ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
      return new MessageFormat(texts.getString(key), locale).format(args);
    } catch (MissingResourceException e) {
      // An unknown key must still give a readable error rather than hide the real one.
      return key + (args.length == 0 ? "" : " " + java.util.Arrays.toString(args));
    }
  }
}
