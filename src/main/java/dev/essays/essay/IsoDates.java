package dev.essays.essay;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Dates as clients send them: a plain date means midnight UTC; a date-time without offset means UTC. */
public final class IsoDates {
    private IsoDates() {
    }

    public static OffsetDateTime parse(String text) {
        String t = text.trim();
        if (t.length() == 10) {
            return LocalDate.parse(t).atStartOfDay().atOffset(ZoneOffset.UTC);
        }
        try {
            return OffsetDateTime.parse(t);
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(t).atOffset(ZoneOffset.UTC);
        }
    }
}
