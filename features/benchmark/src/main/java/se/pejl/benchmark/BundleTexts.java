package se.pejl.benchmark;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The reports bundle's shared texts as its ReportTexts gives them, for the raw rows. */
final class BundleTexts {
    /** The key of one of a repeated occasion's instances: {@code review-12m}. */
    private static final Pattern REPEATED = Pattern.compile("(.+)-(\\d+)m");
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private final Properties texts;

    BundleTexts(Properties texts) {
        this.texts = texts;
    }

    String text(String key) {
        String value = texts.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("the reports bundle's texts have no " + key);
        }
        return value;
    }

    /** As the bundle's ReportTexts.named: a repeated occasion's instance ("review-12m") by its occasion's name. */
    String named(String prefix, String name) {
        if (name == null) {
            return "";
        }
        String text = texts.getProperty(prefix + name);
        if (text != null) {
            return text;
        }
        Matcher repeated = REPEATED.matcher(name);
        if ("occasion.".equals(prefix) && repeated.matches() && texts.getProperty(prefix + repeated.group(1)) != null) {
            return new MessageFormat(texts.getProperty("repeatedOccasion"), SWEDISH).format(
                    new Object[] {texts.getProperty(prefix + repeated.group(1)), Integer.valueOf(repeated.group(2))});
        }
        return name;
    }
}
