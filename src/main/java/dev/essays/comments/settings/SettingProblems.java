package dev.essays.comments.settings;

import java.util.ArrayList;
import java.util.List;

/**
 * What is wrong with configured values. Each message names the property by its configuration path, the bad
 * value, what it must be, and what is used instead, so one log line tells an integrator what to fix.
 */
public final class SettingProblems {

    private final String path;
    private final List<String> messages = new ArrayList<>();

    /** @param path where the settings live, e.g. {@code /modules/essays/config/comments} */
    public SettingProblems(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    public List<String> messages() {
        return List.copyOf(messages);
    }

    /** Reports a bad value and returns the one used instead. */
    <T> T replaced(String property, Object value, String expected, T fallback) {
        messages.add(path + "/" + property + " is \"" + value + "\"; it must be " + expected + ". Using "
                + (fallback instanceof String ? "\"" + fallback + "\"" : fallback) + " instead.");
        return fallback;
    }

    /** Reports a bad value that has no usable default (the feature stays off until it is fixed). */
    void unusable(String property, Object value, String expected) {
        messages.add(path + "/" + property + " is \"" + value + "\"; it must be " + expected + ".");
    }

    /** Reports a bad list entry, which is left out. */
    void skipped(String property, String entry, String expected) {
        messages.add(path + "/" + property + " has \"" + entry + "\"; each entry must be " + expected
                + ". Leaving it out.");
    }

    void add(String message) {
        messages.add(message);
    }

    int between(String property, int value, int min, int max, int fallback) {
        return value >= min && value <= max ? value
                : replaced(property, value, "a whole number from " + min + " to " + max, fallback);
    }
}
