package dev.essays.formatting;

import dev.essays.csl.CslStyle;

/**
 * The heading a style's tradition gives its list: MLA "Works Cited" ("Works Consulted" when the list also holds
 * works the text does not cite, as the MLA Handbook asks), note styles "Bibliography", author-date and numeric
 * styles "References". CSL itself does not name the list.
 */
final class ListHeadings {

    private ListHeadings() {
    }

    static String of(CslStyle style) {
        return of(style, false);
    }

    static String of(CslStyle style, boolean listsUncitedWorks) {
        String id = style.id().toLowerCase(java.util.Locale.ROOT);
        if (id.contains("modern-language-association") || id.startsWith("mla")) {
            return listsUncitedWorks ? "Works Consulted" : "Works Cited";
        }
        return style.isNoteStyle() ? "Bibliography" : "References";
    }
}
