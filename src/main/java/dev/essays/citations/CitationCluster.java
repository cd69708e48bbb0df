package dev.essays.citations;

import java.util.List;

/**
 * One citation marker found in an essay body: a bracketed cluster {@code [see @a, 12; also @b]} or a narrative
 * citation {@code @key} / {@code @key [118]}.
 *
 * @param start offset of the marker's first character in the HTML source
 * @param end   offset just after the marker in the HTML source; {@code html.substring(start, end)} is the marker,
 *              and it is always balanced with respect to tags, so it can be replaced as a whole
 * @param cites the cited sources, in order (one for a narrative citation)
 */
public record CitationCluster(int start, int end, List<Cite> cites) {

    public CitationCluster {
        cites = List.copyOf(cites);
    }

    /** A narrative (author-in-text) citation rather than a bracketed cluster. */
    public boolean narrative() {
        return cites.size() == 1 && cites.get(0).authorInText();
    }
}
