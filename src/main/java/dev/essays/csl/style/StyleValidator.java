package dev.essays.csl.style;

import dev.essays.csl.CslException;
import java.util.Set;

/** Checks what the renderer relies on; a failure names the element and its line. */
final class StyleValidator {
    private static final Set<String> RENDERING = Set.of("text", "number", "date", "names", "label", "group",
            "choose", "date-part", "name", "et-al", "substitute", "name-part", "if", "else-if", "else", "layout",
            "sort", "key", "institution", "institution-part");

    private StyleValidator() {}

    static void validate(StyleDefinition style) throws CslException {
        CslNode citation = style.citation();
        if (citation == null) {
            throw new CslException("Invalid CSL: <style> at line " + style.root().line() + " has no <citation>");
        }
        if (citation.child("layout") == null) {
            throw fail(citation, "has no <layout>");
        }
        if (style.bibliography() != null && style.bibliography().child("layout") == null) {
            throw fail(style.bibliography(), "has no <layout>");
        }
        for (CslNode m : style.macros().values()) {
            check(style, m);
        }
        check(style, citation);
        if (style.bibliography() != null) {
            check(style, style.bibliography());
        }
    }

    private static void check(StyleDefinition style, CslNode node) throws CslException {
        for (CslNode c : node.children()) {
            if (!RENDERING.contains(c.name())) {
                throw fail(c, "is not a CSL element allowed inside <" + node.name() + ">");
            }
            if (c.name().equals("text")) {
                if (!(c.has("variable") || c.has("macro") || c.has("term") || c.has("value"))) {
                    throw fail(c, "needs one of variable, macro, term or value");
                }
            }
            String macro = c.attr("macro");
            if (macro != null && (c.name().equals("text") || c.name().equals("key"))
                    && style.macro(macro) == null) {
                throw fail(c, "calls undefined macro \"" + macro + "\"");
            }
            if (c.name().equals("date") && !c.has("variable")) {
                throw fail(c, "needs a variable attribute");
            }
            check(style, c);
        }
    }

    private static CslException fail(CslNode node, String what) {
        return new CslException("Invalid CSL: <" + node.name() + "> at line " + node.line() + " " + what);
    }
}
