package se.pejl.web.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of the HTML pages (survey pages, report page) from
 * {@code OSGI-INF/l10n/bundle*.properties}: Swedish first, English second.
 */
final class PageTexts {
  static final Locale SWEDISH = Locale.forLanguageTag("sv");

  private PageTexts() {}

  /** The text of a key; with arguments formatted, without them the pattern as written. */
  static String text(Locale language, String key, Object... args) {
    ResourceBundle texts = ResourceBundle.getBundle("OSGI-INF.l10n.bundle", language,
        PageTexts.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    String pattern = texts.getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, language).format(args);
  }

  /** Before a user or link is known: the browser's language if it is English, else Swedish. */
  static Locale asked(String acceptLanguage) {
    return acceptLanguage != null && acceptLanguage.trim().toLowerCase(Locale.ROOT).startsWith("en")
        ? Locale.ENGLISH : SWEDISH;
  }
}
