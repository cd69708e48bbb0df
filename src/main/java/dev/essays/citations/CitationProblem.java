package dev.essays.citations;

/**
 * Something an editor should fix, with where it is.
 *
 * @param kind    what is wrong
 * @param key     the citation key concerned, or {@code null}
 * @param start   offset in the HTML source where the problem starts, or -1 when it has no position (a source)
 * @param end     offset just after it, or -1
 * @param message a short English description (plain text; may quote the editor's text)
 */
public record CitationProblem(Kind kind, String key, int start, int end, String message) {

    public enum Kind {
        /** A locator that cannot be read: a label without a value, an unclosed brace, a dangling range. */
        MALFORMED_LOCATOR,
        /** Something that looks like a locator label ({@code pg. 12}) but is not one. */
        UNKNOWN_LABEL,
        /** A marker whose text runs across the start or end of an element ({@code <em>[see @a</em>]}). */
        MARKER_CROSSES_MARKUP,
        /** A key inside another cite's suffix ({@code [@a compare @b]}): kept as text, not cited. */
        NESTED_CITATION,
        /** A cited key with no source in the essay. */
        UNKNOWN_KEY,
        /** A source of the essay that no citation cites. */
        NEVER_CITED,
        /** Two or more sources with the same key. */
        DUPLICATE_KEY
    }
}
