package dev.essays.formatting;

import dev.essays.csl.CslStyle;

/**
 * The heading a style's tradition gives its list: MLA "Works Cited", note styles "Bibliography", author-date and
 * numeric styles "References". CSL itself does not name the list.
 */
final class ListHeadings {

    private ListHeadings() {
    }

    static String of(CslStyle style) {
        String id = style.id().toLowerCase(java.util.Locale.ROOT);
        if (id.contains("modern-language-association") || id.startsWith("mla")) {
            return "Works Cited";
        }
        return style.isNoteStyle() ? "Bibliography" : "References";
    }
}
