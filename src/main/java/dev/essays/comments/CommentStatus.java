package dev.essays.comments;

import java.util.Locale;
import java.util.Optional;

/** A comment's moderation state; {@link #value()} is what the {@code status} property stores. */
public enum CommentStatus {
    PENDING, APPROVED, SPAM, TRASH;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Tolerant of stored junk: an unknown value is empty, never an exception. */
    public static Optional<CommentStatus> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (CommentStatus status : values()) {
            if (status.value().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
