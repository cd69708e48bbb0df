package dev.essays.essay.jcr;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Sources tab of the Essays app, as JCR sees it. Every source shows the common fields; the type field then
 * switches to the fields of that type, which Magnolia's switchable field keeps in a child node named after the
 * type ({@code sources/<key>/book/publisher}). A child node per type lets types share variable names (a book and a
 * chapter both have a publisher), which fields stored side by side on one node must not (Magnolia docs, "Item
 * providers"). {@code apps/essays.yaml} declares the same lists; LightModuleContractTest keeps the two equal.
 */
public final class SourceForms {

    /** Stored on the source node itself, in the order the tab shows them; {@code type} is the switch. */
    public static final List<String> COMMON = List.of("id", "author", "editor", "title", "title-short", "issued", "URL",
            "type", "note");

    private static final Map<String, List<String>> BY_TYPE = new LinkedHashMap<>();

    static {
        type("book", "publisher", "publisher-place", "edition", "translator", "volume", "collection-title", "ISBN", "DOI");
        type("chapter", "container-title", "page", "publisher", "publisher-place", "edition", "translator", "volume",
                "collection-title", "ISBN", "DOI");
        type("article-journal", "container-title", "volume", "issue", "page", "DOI");
        type("article-magazine", "container-title", "volume", "issue", "page");
        type("article-newspaper", "container-title", "edition", "section", "page", "publisher-place");
        type("webpage", "container-title", "publisher", "accessed");
        type("post-weblog", "container-title", "accessed");
        type("post", "container-title", "accessed");
        type("paper-conference", "container-title", "event", "event-place", "publisher", "publisher-place", "page", "DOI");
        type("report", "number", "genre", "publisher", "publisher-place", "collection-title", "DOI");
        type("thesis", "genre", "publisher", "publisher-place");
        type("entry-encyclopedia", "container-title", "edition", "volume", "page", "publisher", "publisher-place", "accessed");
        type("entry-dictionary", "container-title", "edition", "publisher", "accessed");
        type("review-book", "container-title", "reviewed-title", "reviewed-author", "volume", "issue", "page");
        type("interview", "interviewer", "container-title", "medium");
        type("speech", "event", "event-place", "genre");
        type("motion_picture", "director", "publisher", "medium");
        type("song", "container-title", "publisher", "medium");
        type("manuscript", "genre", "archive", "archive_location");
        type("dataset", "publisher", "version", "DOI", "accessed");
        type("software", "publisher", "version", "accessed");
        type("document", "genre", "publisher", "archive", "accessed");
    }

    private SourceForms() {
    }

    private static void type(String type, String... variables) {
        BY_TYPE.put(type, List.of(variables));
    }

    /** The types the tab offers, in its order; each has its own fields. */
    public static Set<String> types() {
        return java.util.Collections.unmodifiableSet(BY_TYPE.keySet());
    }

    /** The variables a type's own fields hold; empty for a type the tab does not offer (all stored flat). */
    public static List<String> variablesOf(Object type) {
        return type instanceof String name ? BY_TYPE.getOrDefault(name, List.of()) : List.of();
    }

    /** Whether a source key would be taken for the fields of a type (only an object can be). */
    public static boolean isTypeNode(String key) {
        return BY_TYPE.containsKey(key);
    }
}
