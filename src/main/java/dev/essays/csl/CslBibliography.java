package dev.essays.csl;

import java.util.List;

/** A formatted bibliography with the style's layout options. */
public record CslBibliography(List<Entry> entries, boolean hangingIndent, Integer secondFieldAlign,
                              int lineSpacing, int entrySpacing) {

    public CslBibliography {
        entries = List.copyOf(entries);
    }

    /** One entry; in HTML the inner content of citeproc-js's {@code <div class="csl-entry">}. */
    public record Entry(String itemId, String formatted) {}
}
