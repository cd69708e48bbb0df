package dev.essays.csl.process;

import java.util.Set;

/** CSL variable classes (spec appendix IV). */
final class Variables {
    static final Set<String> NAMES = Set.of("author", "chair", "collection-editor", "compiler", "composer",
            "container-author", "contributor", "curator", "director", "editor", "editorial-director",
            "executive-producer", "guest", "host", "interviewer", "illustrator", "narrator", "organizer",
            "original-author", "performer", "producer", "recipient", "reviewed-author", "script-writer",
            "series-creator", "translator", "editortranslator");
    static final Set<String> DATES = Set.of("accessed", "available-date", "event-date", "issued", "original-date",
            "submitted");
    static final Set<String> NUMBERS = Set.of("chapter-number", "citation-number", "collection-number", "edition",
            "first-reference-note-number", "issue", "locator", "number", "number-of-pages", "number-of-volumes",
            "page", "page-first", "part-number", "printing-number", "section", "supplement-number", "version",
            "volume");

    private Variables() {}
}
