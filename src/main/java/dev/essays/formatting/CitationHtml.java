package dev.essays.formatting;

import java.util.List;

/** The markup of citations and entries: links both ways with the DPUB-ARIA roles screen readers announce. */
final class CitationHtml {

    private CitationHtml() {
    }

    /** An in-text citation: its own anchor (entries link back to it), each cite linked to its entry. */
    static String inText(String anchor, List<String> keys, String text, List<String> entries) {
        String card = "card-" + anchor;
        return "<span class=\"citation\" id=\"" + anchor + "\" data-sources=\"" + escape(String.join(" ", keys)) + "\">"
                + text.replace("role=\"doc-biblioref\">", "role=\"doc-biblioref\" aria-describedby=\"" + card + "\">")
                + "<span class=\"citation-card\" role=\"tooltip\" id=\"" + card + "\">" + String.join("<br>", entries)
                + "</span></span>";
    }

    static String linkOpen(String key) {
        return "<a class=\"citation-link\" href=\"#" + entryAnchor(key) + "\" role=\"doc-biblioref\">";
    }

    static String link(String key, String text) {
        return linkOpen(key) + text + "</a>";
    }

    static String noteReference(int number) {
        return "<sup class=\"footnote-ref\"><a id=\"fnref-" + number + "\" href=\"#fn-" + number
                + "\" role=\"doc-noteref\">" + number + "</a></sup>";
    }

    /** A key with no source stays visible, as Pandoc shows it, so editors and readers notice. */
    static String unknown(String key) {
        return "<span class=\"citation-unknown\" title=\"No source with this key\">[@" + escape(key) + "?]</span>";
    }

    /** {@code ref-} plus the key, with every character an id or a URL fragment could trip on spelled out. */
    static String entryAnchor(String key) {
        StringBuilder out = new StringBuilder("ref-");
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.') {
                out.append(c);
            } else {
                out.append('_').append(Integer.toHexString(c)).append('_');
            }
        }
        return out.toString();
    }

    /** An entry's text without markup, for places that take plain text. */
    static String plainText(String html) {
        return html.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&#60;", "<").replace("&gt;", ">")
                .replace("&#62;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#38;", "&").replace("&amp;", "&"); // last, so "&amp;lt;" stays "&lt;"
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
