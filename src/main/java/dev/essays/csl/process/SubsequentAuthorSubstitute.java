package dev.essays.csl.process;

import dev.essays.csl.render.Formatting;
import dev.essays.csl.render.Out;
import java.util.ArrayList;
import java.util.List;

/**
 * subsequent-author-substitute: replaces names repeated from the previous bibliography entry, by the rule
 * complete-all (whole list), complete-each (each name, when all match), partial-each (leading matching names)
 * or partial-first (the first name only).
 */
final class SubsequentAuthorSubstitute {
    private final String substitute;
    private final String rule;
    private List<String> previous;

    SubsequentAuthorSubstitute(String substitute, String rule) {
        this.substitute = substitute;
        this.rule = rule;
    }

    void apply(RenderContext ctx) {
        if (substitute == null || ctx.firstNames == null) {
            previous = null;
            return;
        }
        List<Out> parts = ctx.firstNameParts;
        // An author's own label goes with the names; a substituted editor keeps its "ed." label.
        Out whole = ctx.firstNameList != null && ctx.firstNamesSubstituted ? ctx.firstNameList : ctx.firstNames;
        List<String> current = new ArrayList<>();
        if (parts != null && ctx.firstNameList != null) {
            parts.forEach(p -> current.add(p.plain()));
        } else {
            current.add(whole.plain());
            parts = List.of(whole);
        }
        List<String> before = previous;
        previous = current;
        if (before == null) {
            return;
        }
        boolean allMatch = current.equals(before);
        switch (rule) {
            case "complete-each" -> {
                if (allMatch) {
                    parts.forEach(this::replace);
                }
            }
            case "partial-each" -> {
                for (int i = 0; i < parts.size() && i < before.size() && current.get(i).equals(before.get(i)); i++) {
                    replace(parts.get(i));
                }
            }
            case "partial-first" -> {
                if (!before.isEmpty() && current.get(0).equals(before.get(0))) {
                    replace(parts.get(0));
                }
            }
            default -> {
                if (allMatch) {
                    replace(whole);
                }
            }
        }
    }

    private void replace(Out o) {
        o.formatting = Formatting.NONE;
        o.quotes = false;
        if (o.isLeaf()) {
            o.text = substitute;
            return;
        }
        o.children.clear();
        if (!substitute.isEmpty()) {
            o.children.add(Out.text(substitute));
        }
    }
}
