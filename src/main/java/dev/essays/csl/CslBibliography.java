package dev.essays.csl;

import java.util.List;

/**
 * A formatted bibliography with the style's layout options. {@code secondFieldAlign} is null when the style does
 * not align, 0 for "flush" and 1 for "margin"; line and entry spacing are the style's numbers (default 1).
 */
public record CslBibliography(List<Entry> entries, boolean hangingIndent, Integer secondFieldAlign,
                              int lineSpacing, int entrySpacing) {

    /** What a cite or a numbered entry shows when the style prints nothing for its item (as citeproc-js does). */
    public static final String NO_PRINTED_FORM = "[CSL STYLE ERROR: reference with no printed form.]";

    public CslBibliography {
        entries = List.copyOf(entries);
    }

    /** The style's second-field-align value: "flush", "margin", or null. */
    public String secondFieldAlignMode() {
        return secondFieldAlign == null ? null : secondFieldAlign == 1 ? "margin" : "flush";
    }

    /** One entry; in HTML the inner content of citeproc-js's {@code <div class="csl-entry">}. */
    public record Entry(String itemId, String formatted) {}
}
