package dev.essays.csl.process;

import dev.essays.csl.render.Out;
import dev.essays.csl.style.CslNode;
import dev.essays.csl.style.StyleDefinition;
import java.util.ArrayList;
import java.util.List;

/** Arranges the parts of one bibliography entry: display blocks and second-field-align. */
final class BibliographyLayout {
    private BibliographyLayout() {}

    static boolean hasDisplay(StyleDefinition style, CslNode n) {
        if (n.has("display")) {
            return true;
        }
        if (n.has("macro") && style.macro(n.attr("macro")) != null && n.name().equals("text")) {
            for (CslNode c : style.macro(n.attr("macro")).children()) {
                if (c.has("display")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** With explicit display blocks, the layout suffix goes inside the last block. */
    static Out displayBlocks(List<Out> parts, CslNode layout) {
        List<Out> kept = new ArrayList<>();
        for (Out p : parts) {
            if (p != null && !p.isEmpty()) {
                kept.add(p);
            }
        }
        if (kept.isEmpty()) {
            return null;
        }
        String suffix = layout.attr("suffix");
        Out last = kept.get(kept.size() - 1);
        Out target = last;
        while (target.display == null && !target.isLeaf() && target.children.size() == 1) {
            target = target.children.get(0);
        }
        if (suffix != null && target.display != null) {
            target.add(Out.fixedText(suffix));
            suffix = null;
        }
        Out g = Out.join(kept, layout.attr("delimiter"));
        return Out.affixed(g, layout.attr("prefix"), suffix);
    }

    /** HTML gets the two divs; plain text (as citeproc-js writes it) a space after the margin, nothing trimmed. */
    static Out secondFieldAligned(List<Out> parts, CslNode layout, boolean html) {
        Out first = null;
        List<Out> rest = new ArrayList<>();
        for (Out p : parts) {
            if (p == null || p.isEmpty()) {
                continue;
            }
            if (first == null) {
                first = p;
            } else {
                rest.add(p);
            }
        }
        if (first == null) {
            return null;
        }
        Out left = Out.group();
        left.add(Out.affixed(first, layout.attr("prefix"), null));
        left.display = "left-margin";
        if (!html) {
            left.add(Out.fixedText(" "));
        }
        Out right = Out.group();
        Out restJoined = Out.join(rest, layout.attr("delimiter"));
        if (html) {
            trimTrailingSpace(restJoined);
        }
        right.add(Out.affixed(restJoined, null, layout.attr("suffix")));
        right.display = "right-inline";
        Out g = Out.group();
        g.add(left);
        g.add(right);
        return g;
    }

    /** The right-inline block of second-field-align never ends in a space. */
    private static void trimTrailingSpace(Out o) {
        if (o == null) {
            return;
        }
        List<Out> leaves = new ArrayList<>();
        o.leaves(leaves);
        for (int i = leaves.size() - 1; i >= 0; i--) {
            Out leaf = leaves.get(i);
            leaf.text = leaf.text.stripTrailing();
            if (!leaf.text.isEmpty()) {
                return;
            }
        }
    }
}
