package dev.essays.comments;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * "No Responses / One Response / N Responses to <title>": the one place that picks the plural form. The
 * i18n keys are {@code essays.comments.heading.zero|one|other} with {0} = count and {1} = title, so Magnolia's
 * i18n (or any translator) can supply the text; English is the fallback. The result is plain text; the
 * template escapes it.
 */
public final class ResponseHeading {

    public static final String KEY_PREFIX = "essays.comments.heading.";

    private static final Map<String, String> ENGLISH = Map.of(
            "zero", "No Responses to {1}",
            "one", "One Response to {1}",
            "other", "{0} Responses to {1}");

    private ResponseHeading() {
    }

    /** CLDR-style plural category; languages with more categories plug in through the translator's keys. */
    public static String category(long count) {
        if (count == 0) {
            return "zero";
        }
        return count == 1 ? "one" : "other";
    }

    public static String key(long count) {
        return KEY_PREFIX + category(count);
    }

    public static String english(long count, String title) {
        return text(count, title, Locale.ENGLISH, (key, locale) -> null);
    }

    /** @param translator returns the pattern for a key and locale, or null to fall back to English */
    public static String text(long count, String title, Locale locale, BiFunction<String, Locale, String> translator) {
        String category = category(count);
        String pattern = translator.apply(KEY_PREFIX + category, locale);
        if (pattern == null) {
            pattern = ENGLISH.get(category);
        }
        MessageFormat format = new MessageFormat(pattern.replace("'", "''"), locale);
        return format.format(new Object[] {String.valueOf(count), title == null ? "" : title});
    }
}
