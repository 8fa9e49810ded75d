package se.pejl.reports.internal;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.pejl.api.forms.BbicArea;
import se.pejl.api.forms.Text;

/**
 * The texts reports share, whatever their template: parameter labels, names of episode types,
 * occasions, statuses and areas. English is the base bundle and Swedish is {@code _sv}, with no
 * fallback to the JVM's language.
 */
final class ReportTexts {
  static final String PROCESS = "process";
  private static final String BUNDLE = "se.pejl.reports.internal.texts";
  private static final String OCCASION = "occasion.";
  /** The key of one of a repeated occasion's instances: {@code review-12m}. */
  private static final Pattern REPEATED = Pattern.compile("(.+)-(\\d+)m");
  private final Locale locale;
  private final ResourceBundle texts;

  ReportTexts(Locale locale) {
    this.locale = locale;
    this.texts = ResourceBundle.getBundle(BUNDLE, locale, ReportTexts.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  Locale locale() {
    return locale;
  }

  String get(String key, Object... args) {
    return args.length == 0 ? texts.getString(key) : new MessageFormat(texts.getString(key), locale).format(args);
  }

  /**
   * The text under {@code prefix + name}, or the name itself for a value Pejl has no text for. A
   * repeated occasion ({@code review-12m}) is its occasion's text with the months: "Avstämning,
   * 12 mån".
   */
  String named(String prefix, String name) {
    if (name == null) {
      return "";
    }
    // containsKey, not a caught MissingResourceException: a list names thousands of rows.
    if (texts.containsKey(prefix + name)) {
      return texts.getString(prefix + name);
    }
    Matcher repeated = REPEATED.matcher(name);
    if (OCCASION.equals(prefix) && repeated.matches() && texts.containsKey(prefix + repeated.group(1))) {
      return get("repeatedOccasion", texts.getString(prefix + repeated.group(1)), Integer.valueOf(repeated.group(2)));
    }
    return name;
  }

  String in(Text text) {
    return text == null ? "" : text.in(locale);
  }

  String date(LocalDate day) {
    return day == null ? "" : day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
  }

  /** The BBIC area's name, "Process" for process indicators, or the key of an unknown area. */
  String area(String key) {
    if (PROCESS.equals(key)) {
      return get("area.process");
    }
    return BbicArea.of(key).map(a -> a.title().in(locale)).orElse(key == null ? get("area.other") : key);
  }

  /** BBIC areas in their BBIC order, then process, then anything else. */
  static int areaOrder(String key) {
    if (PROCESS.equals(key)) {
      return BbicArea.values().length;
    }
    return BbicArea.of(key).map(Enum::ordinal).orElse(BbicArea.values().length + 1);
  }
}
