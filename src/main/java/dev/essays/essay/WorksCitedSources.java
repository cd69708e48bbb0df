package dev.essays.essay;

/**
 * Which sources a works-cited list holds: every source of the essay (the default, since editors expect a source
 * they enter to be listed) or only the ones the text cites. An essay may name one; otherwise the site's applies.
 */
public enum WorksCitedSources {
    ALL("all"), CITED("cited");

    private final String value;

    WorksCitedSources(String value) {
        this.value = value;
    }

    /** As stored and sent: {@code all} or {@code cited}. */
    public String value() {
        return value;
    }

    /** The setting a value names; null for a missing or blank one. */
    public static WorksCitedSources of(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (WorksCitedSources setting : values()) {
            if (setting.value.equals(value)) {
                return setting;
            }
        }
        throw new IllegalArgumentException("\"" + value + "\" is not all or cited");
    }
}
