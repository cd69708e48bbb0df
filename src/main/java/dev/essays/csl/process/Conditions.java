package dev.essays.csl.process;

import dev.essays.csl.dates.DateValue;
import dev.essays.csl.numbers.Numbers;
import dev.essays.csl.style.CslNode;

/** Evaluates the conditions of cs:if / cs:else-if with match="all|any|none". */
final class Conditions {
    private final Renderer renderer;

    Conditions(Renderer renderer) {
        this.renderer = renderer;
    }

    boolean test(CslNode branch, RenderContext ctx) {
        boolean anyTrue = false;
        boolean anyFalse = false;
        for (String attr : branch.attributes().keySet()) {
            if (attr.equals("match")) {
                continue;
            }
            for (String v : branch.words(attr)) {
                Boolean r = single(attr, v, ctx);
                if (r != null) {
                    anyTrue |= r;
                    anyFalse |= !r;
                }
            }
        }
        if (!anyTrue && !anyFalse) {
            return false;
        }
        return switch (branch.attr("match", "all")) {
            case "any" -> anyTrue;
            case "none" -> !anyTrue;
            default -> !anyFalse;
        };
    }

    private Boolean single(String attr, String v, RenderContext ctx) {
        switch (attr) {
            case "type":
                return ctx.item.type().equals(v);
            case "variable":
                return hasVariable(v, ctx);
            case "is-numeric": {
                String s = renderer.variableText(v, null, ctx);
                return Numbers.isNumeric(s);
            }
            case "is-uncertain-date": {
                DateValue d = ctx.item.date(v);
                return d != null && d.circa();
            }
            case "locator": {
                if (ctx.cite.locator == null) {
                    return false;
                }
                String label = ctx.cite.label == null ? "page" : ctx.cite.label;
                return label.equals(v) || (v.equals("sub-verbo") && label.equals("sub verbo"));
            }
            case "position":
                return position(v, ctx);
            case "disambiguate":
                // Each test met raises the level needed: the first only takes level 1, the next level 2, ...
                return (ctx.disambiguateTests++ < ctx.disambiguation.conditionLevel) == "true".equals(v);
            default:
                return null;
        }
    }

    /** Substituted variables stay "present" for conditions; suppression only stops them rendering twice. */
    private boolean hasVariable(String v, RenderContext ctx) {
        return switch (v) {
            case "locator" -> ctx.cite.locator != null;
            case "citation-number" -> ctx.cite.citationNumber > 0;
            case "year-suffix" -> ctx.disambiguation.yearSuffix != null;
            case "first-reference-note-number" -> ctx.cite.firstReferenceNoteNumber > 0;
            default -> ctx.item.has(v);
        };
    }

    private boolean position(String v, RenderContext ctx) {
        if (ctx.bibliography) {
            return false;
        }
        Position p = ctx.cite.position;
        return switch (v) {
            case "first" -> p == Position.FIRST;
            case "subsequent" -> p != Position.FIRST;
            case "ibid" -> p == Position.IBID || p == Position.IBID_WITH_LOCATOR;
            case "ibid-with-locator" -> p == Position.IBID_WITH_LOCATOR;
            case "near-note" -> p != Position.FIRST && ctx.cite.nearNote;
            default -> false;
        };
    }
}
