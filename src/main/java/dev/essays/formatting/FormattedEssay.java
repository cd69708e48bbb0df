package dev.essays.formatting;

import java.util.List;

/**
 * An essay's citations as a style formats them, ready for templates: the body with every marker replaced by
 * a linked in-text citation (or a note reference), the works-cited entries with links back to their citations,
 * footnotes for note styles, and what an editor should fix. Plain data, stored with the essay.
 *
 * @param key         the content key it was made for (see {@link FormattingKey})
 * @param bodyHtml    the essay body with citations in place
 * @param heading     "Works Cited" (MLA; "Works Consulted" when it lists uncited works too), "References" or
 *                    "Bibliography", as the style's tradition names the list
 * @param entries     the list, in the style's order
 * @param footnotes   numbered notes (note styles only), in order
 * @param problems    unknown keys, never-cited sources, duplicate keys, malformed locators, style trouble
 * @param citeThisHtml the essay itself as an entry in the style, for "Cite this essay"
 */
public record FormattedEssay(
        String key,
        String styleId,
        String styleTitle,
        String locale,
        boolean noteStyle,
        String bodyHtml,
        String heading,
        boolean hangingIndent,
        List<Entry> entries,
        List<Footnote> footnotes,
        List<Problem> problems,
        String citeThisHtml) {

    /** The same with every anchor prefixed, for an essay shown beside others on one page. */
    public FormattedEssay withAnchorPrefix(String prefix) {
        return AnchorPrefix.apply(this, prefix);
    }

    /** One works-cited entry: its anchor, its HTML and plain text, and the ids of the citations that cite it. */
    public record Entry(String sourceKey, String anchorId, String html, String text, List<String> citedAt) {
    }

    /** One footnote of a note style: number, anchor, the note's HTML, and the id of its reference in the text. */
    public record Footnote(int number, String anchorId, String html, String referenceId) {
    }

    /** Something an editor should know; {@code kind} is a stable word, {@code message} says it in English. */
    public record Problem(String kind, String sourceKey, String message) {
    }
}
