package dev.essays.comments;

import java.util.Locale;
import java.util.Optional;

/** When a clean comment is held: never, for first-time commenters (default), or always. */
public enum ModerationMode {
    NONE, FIRST_TIME, ALL;

    /** Accepts the configuration spellings {@code none}, {@code first-time}, {@code all}. */
    public static Optional<ModerationMode> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (ModerationMode mode : values()) {
            if (mode.name().equals(v)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
