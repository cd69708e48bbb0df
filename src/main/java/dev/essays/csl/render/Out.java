package dev.essays.csl.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Rendered rich text before serialization: a leaf holds plain text; a group holds children with formatting,
 * quotes and display. Built per cite, never shared.
 */
public final class Out {
    public String text;
    public final List<Out> children;
    public Formatting formatting = Formatting.NONE;
    public boolean quotes;
    /** Quotes written with single marks in item data: they start on the inner level. */
    public boolean singleQuotes;
    /** Text added by the style (affixes, delimiters), as opposed to item data. */
    public boolean affix;
    public String display;
    /** Leaf protected from text-case (nocase markup, affixes). */
    public boolean noCase;
    /** Group built from item-field markup: it flips italics/bold against its context. */
    public boolean markup;
    /** A leaf holding a locale term (may be capitalized at the start of a cite, e.g. "Ibid."). */
    public String term;
    /** Field markup "nodecor": resets active italics, bold and small caps to normal. */
    public boolean noDecor;

    private Out(String text, List<Out> children) {
        this.text = text;
        this.children = children;
    }

    public static Out text(String text) {
        return new Out(text, null);
    }

    public static Out fixedText(String text) {
        Out o = new Out(text, null);
        o.noCase = true;
        o.affix = true;
        return o;
    }

    public static Out group() {
        return new Out(null, new ArrayList<>());
    }

    public static Out group(List<Out> children) {
        return new Out(null, new ArrayList<>(children));
    }

    public boolean isLeaf() {
        return text != null;
    }

    public Out add(Out child) {
        if (child != null) {
            children.add(child);
        }
        return this;
    }

    public boolean isEmpty() {
        if (text != null) {
            return text.isEmpty();
        }
        for (Out c : children) {
            if (!c.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** Joins non-empty parts with a delimiter; null when nothing is left. */
    public static Out join(List<Out> parts, String delimiter) {
        Out g = group();
        for (Out p : parts) {
            if (p == null || p.isEmpty()) {
                continue;
            }
            if (!g.children.isEmpty() && delimiter != null && !delimiter.isEmpty()) {
                g.children.add(fixedText(delimiter));
            }
            g.children.add(p);
        }
        return g.children.isEmpty() ? null : g;
    }

    /** Wraps content with affixes: affixes stay outside formatting and quotes, and are immune to text-case. */
    public static Out affixed(Out content, String prefix, String suffix) {
        if (content == null || content.isEmpty()) {
            return null;
        }
        if ((prefix == null || prefix.isEmpty()) && (suffix == null || suffix.isEmpty())) {
            return content;
        }
        Out g = group();
        if (prefix != null && !prefix.isEmpty()) {
            g.children.add(fixedText(prefix));
        }
        g.children.add(content);
        if (suffix != null && !suffix.isEmpty()) {
            g.children.add(fixedText(suffix));
        }
        return g;
    }

    /** Plain text of the tree (no quotes or markup), for sorting and comparisons. */
    public String plain() {
        StringBuilder sb = new StringBuilder();
        appendPlain(sb);
        return sb.toString();
    }

    private void appendPlain(StringBuilder sb) {
        if (text != null) {
            sb.append(text);
            return;
        }
        for (Out c : children) {
            c.appendPlain(sb);
        }
    }

    /** Leaves in document order. */
    public void leaves(List<Out> into) {
        if (text != null) {
            into.add(this);
            return;
        }
        for (Out c : children) {
            c.leaves(into);
        }
    }
}
