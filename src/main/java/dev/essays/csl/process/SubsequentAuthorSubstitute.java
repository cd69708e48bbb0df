package dev.essays.csl.process;

import dev.essays.csl.render.Out;

/** subsequent-author-substitute: replaces a repeated author list in consecutive bibliography entries. */
final class SubsequentAuthorSubstitute {
    private final String substitute;
    private final String rule;
    private String previous;

    SubsequentAuthorSubstitute(String substitute, String rule) {
        this.substitute = substitute;
        this.rule = rule;
    }

    void apply(RenderContext ctx) {
        if (substitute == null || ctx.firstNames == null) {
            previous = null;
            return;
        }
        String current = ctx.firstNameList != null ? ctx.firstNameList.plain() : ctx.firstNamesPlain;
        if (current != null && current.equals(previous) && rule.startsWith("complete")) {
            Out names = ctx.firstNameList != null ? ctx.firstNameList : ctx.firstNames;
            if (names.isLeaf()) {
                names.text = substitute;
                previous = current;
                return;
            }
            names.children.clear();
            names.formatting = dev.essays.csl.render.Formatting.NONE;
            names.quotes = false;
            if (!substitute.isEmpty()) {
                names.children.add(Out.text(substitute));
            }
        }
        previous = current;
    }
}
