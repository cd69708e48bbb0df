package dev.essays.csl;

import dev.essays.csl.style.StyleDefinition;

/** A parsed CSL style; immutable and safe to share across threads and sessions. */
public final class CslStyle {
    private final String id;
    private final String title;
    private final StyleDefinition definition;
    private final String defaultLocale;

    CslStyle(String id, String title, StyleDefinition definition, String defaultLocale) {
        this.id = id;
        this.title = title;
        this.definition = definition;
        this.defaultLocale = defaultLocale;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public boolean isNoteStyle() {
        return definition.isNoteStyle();
    }

    /** The locale the style asks for (a dependent style may override its parent's), or null. */
    public String defaultLocale() {
        return defaultLocale;
    }

    /** The parsed independent style that renders (the parent, for a dependent style). For the engine's use. */
    public StyleDefinition definition() {
        return definition;
    }

    @Override
    public String toString() {
        return "CslStyle[" + id + "]";
    }
}
