package dev.essays.comments;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The words and date format the rendered comment list uses, so a site can translate them (from Magnolia's
 * i18n keys {@code essays.comments.reply} and {@code essays.comments.awaitingModeration}, for example).
 * The values are plain text; {@link CommentListHtml} escapes them.
 */
public record CommentLabels(String reply, String awaitingModeration, DateTimeFormatter date) {

    public static final CommentLabels ENGLISH = of(Locale.ENGLISH, ZoneOffset.UTC, "Reply",
            "Your comment is awaiting moderation.");

    /** Dates as "March 1, 2026 at 10:00 AM" in English, or the locale's medium date and short time. */
    public static CommentLabels of(Locale locale, ZoneId zone, String reply, String awaitingModeration) {
        DateTimeFormatter date = locale.getLanguage().equals("en")
                ? DateTimeFormatter.ofPattern("MMMM d, yyyy 'at' h:mm a", locale)
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
                FormatStyle.SHORT).withLocale(locale);
        return new CommentLabels(reply, awaitingModeration, date.withZone(zone));
    }
}
