package dev.essays.csl.render;

import dev.essays.csl.style.CslNode;

/** The CSL formatting attributes of one element (null = not set). Immutable. */
public record Formatting(String fontStyle, String fontVariant, String fontWeight, String textDecoration,
                         String verticalAlign) {
    public static final Formatting NONE = new Formatting(null, null, null, null, null);
    public static final Formatting ITALIC = new Formatting("italic", null, null, null, null);
    public static final Formatting BOLD = new Formatting(null, null, "bold", null, null);
    public static final Formatting SMALL_CAPS = new Formatting(null, "small-caps", null, null, null);
    public static final Formatting SUP = new Formatting(null, null, null, null, "sup");
    public static final Formatting SUB = new Formatting(null, null, null, null, "sub");

    public static Formatting of(CslNode node) {
        String fs = node.attr("font-style");
        String fv = node.attr("font-variant");
        String fw = node.attr("font-weight");
        String td = node.attr("text-decoration");
        String va = node.attr("vertical-align");
        if (fs == null && fv == null && fw == null && td == null && va == null) {
            return NONE;
        }
        return new Formatting(fs, fv, fw, td, va);
    }

    public boolean isNone() {
        return fontStyle == null && fontVariant == null && fontWeight == null && textDecoration == null
                && verticalAlign == null;
    }
}
