package se.pejl.api.forms;

import java.util.Locale;
import java.util.Objects;

/**
 * A text in Swedish and English.
 *
 * @param sv Swedish, the first language
 * @param en English
 */
public record Text(String sv, String en) {

  public Text {
    Objects.requireNonNull(sv, "sv");
    Objects.requireNonNull(en, "en");
  }

  /** English when asked for English, Swedish otherwise. */
  public String in(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? en : sv;
  }
}
