package dev.essays.csl.process;

import dev.essays.csl.names.Name;
import dev.essays.csl.names.NameFormatter;
import dev.essays.csl.names.NameOptions;
import dev.essays.csl.render.Formatting;
import dev.essays.csl.render.Out;
import dev.essays.csl.style.CslNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** cs:names: name lists with et-al, "and", labels, editor-translator merging and cs:substitute. */
final class NamesRenderer {
    private final Renderer renderer;

    NamesRenderer(Renderer renderer) {
        this.renderer = renderer;
    }

    Out render(CslNode namesNode, RenderContext ctx) {
        boolean first = !ctx.namesSeen && ctx.substituteParent == null;
        if (first) {
            ctx.namesSeen = true;
        }
        Out out = renderInner(namesNode, ctx);
        if (first) {
            ctx.namesSeenList = true;
        }
        if (first && out != null) {
            ctx.firstNames = out;
            ctx.firstNamesPlain = out.plain();
            if (ctx.cite.suppressAuthor && !ctx.bibliography) {
                return null;
            }
        }
        return out;
    }

    private Out renderInner(CslNode namesNode, RenderContext ctx) {
        CslNode source = namesNode;
        if (ctx.substituteParent != null && namesNode.child("name") == null) {
            source = ctx.substituteParent;
        }
        CslNode nameNode = source.child("name");
        CslNode etAlNode = source.child("et-al");
        CslNode labelNode = source.child("label");
        boolean labelFirst = labelNode != null && nameNode != null
                && source.children().indexOf(labelNode) < source.children().indexOf(nameNode);
        NameOptions options = options(nameNode, ctx);
        List<String> vars = namesNode.words("variable");
        List<String> active = new ArrayList<>();
        for (String v : vars) {
            if (!v.isEmpty() && !ctx.suppressed.contains(v) && !ctx.item.names(v).isEmpty()) {
                active.add(v);
            }
        }
        String combinedTerm = renderer.locale.term("editortranslator",
                labelNode == null ? "long" : labelNode.attr("form", "long"), false);
        if (active.contains("editor") && active.contains("translator")
                && ctx.item.names("editor").equals(ctx.item.names("translator"))
                && (labelNode == null || combinedTerm != null && !combinedTerm.isEmpty())) {
            int at = active.indexOf("editor");
            active.remove("translator");
            active.set(at, "editortranslator");
        }
        ctx.variableCalled(!active.isEmpty());
        if (active.isEmpty()) {
            return substitute(namesNode, ctx);
        }
        String namesDelimiter = namesNode.attr("delimiter", ctx.inherited.get("names-delimiter"));
        List<Out> parts = new ArrayList<>();
        int total = 0;
        for (String v : active) {
            List<Name> list = ctx.item.names(v.equals("editortranslator") ? "editor" : v);
            int shown = shownCount(list.size(), options, ctx);
            total += shown;
            if ("count".equals(options.form())) {
                continue;
            }
            Out names = nameList(list, shown, options, etAlNode, ctx);
            if (names == null) {
                continue;
            }
            if (nameNode != null) {
                names = renderer.decorate(names, nameNode, ctx);
            }
            if (ctx.firstNameList == null && !ctx.namesSeenList) {
                ctx.firstNameList = names;
                ctx.firstNamesSubstituted = ctx.substituteParent != null;
            }
            Out label = labelNode == null || ctx.sorting ? null : label(labelNode, v, list.size(), ctx);
            Out part = Out.group();
            if (labelFirst) {
                part.add(label);
                part.add(names);
            } else {
                part.add(names);
                part.add(label);
            }
            parts.add(part);
        }
        if ("count".equals(options.form())) {
            if (total == 0) {
                return null;
            }
            return renderer.decorate(Out.text(Integer.toString(total)), namesNode, ctx);
        }
        for (String v : active) {
            ctx.rendered(v.equals("editortranslator") ? "editor" : v);
            if (v.equals("editortranslator")) {
                ctx.rendered("translator");
            }
            if (ctx.substituteParent != null) {
                ctx.suppressed.add(v.equals("editortranslator") ? "editor" : v);
                if (v.equals("editortranslator")) {
                    ctx.suppressed.add("translator");
                }
            }
        }
        return renderer.decorate(Out.join(parts, namesDelimiter), namesNode, ctx);
    }

    private Out substitute(CslNode namesNode, RenderContext ctx) {
        CslNode sub = namesNode.child("substitute");
        if (sub == null || ctx.substituteParent != null) {
            return null;
        }
        ctx.substituteParent = namesNode;
        try {
            for (CslNode c : sub.children()) {
                java.util.Set<String> before = new java.util.HashSet<>(ctx.renderedVariables);
                ctx.groups.push(new int[2]);
                Out o = renderer.render(c, ctx);
                ctx.groups.pop();
                if ((o == null || o.isEmpty()) && c.name().equals("text") && c.has("term")
                        && renderer.locale.termEntry(c.attr("term"), c.attr("form", "long")) != null) {
                    return null; // a defined term substitutes even when the locale leaves it empty
                }
                if (o != null && !o.isEmpty()) {
                    // What the substitute rendered is not repeated elsewhere in the cite.
                    for (String v : ctx.renderedVariables) {
                        if (!before.contains(v)) {
                            ctx.suppressed.add(v);
                        }
                    }
                    ctx.variableCalled(true);
                    return renderer.decorate(o, namesNode, ctx);
                }
            }
        } finally {
            ctx.substituteParent = null;
        }
        return null;
    }

    /** Options per inherited-attribute map (citation, bibliography) and cs:name element, built once a session. */
    private final Map<Map<String, String>, Map<CslNode, NameOptions>> optionsCache = new java.util.IdentityHashMap<>();
    private static final CslNode NO_NAME = new CslNode("name", Map.of(), List.of(), "", 0);

    private NameOptions options(CslNode nameNode, RenderContext ctx) {
        return optionsCache.computeIfAbsent(ctx.inherited, k -> new java.util.IdentityHashMap<>())
                .computeIfAbsent(nameNode == null ? NO_NAME : nameNode, k -> buildOptions(nameNode, ctx));
    }

    private NameOptions buildOptions(CslNode nameNode, RenderContext ctx) {
        Map<String, String> attrs = new HashMap<>(ctx.inherited);
        if (attrs.containsKey("name-form")) {
            attrs.put("form", attrs.get("name-form"));
        }
        if (attrs.containsKey("name-delimiter")) {
            attrs.put("delimiter", attrs.get("name-delimiter"));
        } else {
            attrs.remove("delimiter");
        }
        if (nameNode != null) {
            attrs.putAll(nameNode.attributes());
        }
        return NameOptions.of(attrs, nameNode);
    }

    private int shownCount(int n, NameOptions o, RenderContext ctx) {
        int min = o.etAlMin();
        int useFirst = o.etAlUseFirst();
        if (!ctx.bibliography && ctx.cite.position != Position.FIRST) {
            min = o.etAlSubsequentMin();
            useFirst = o.etAlSubsequentUseFirst();
        }
        if (ctx.sorting && ctx.sortNamesMin > 0) {
            min = ctx.sortNamesMin;
            useFirst = ctx.sortNamesUseFirst;
        }
        if (min > 0 && n >= min && useFirst >= 0) {
            return Math.min(n, useFirst + ctx.disambiguation.extraNames);
        }
        return n;
    }

    private Out nameList(List<Name> list, int shown, NameOptions o, CslNode etAlNode, RenderContext ctx) {
        boolean truncated = shown < list.size();
        if (shown == 0) {
            return null; // et-al-use-first="0": the list renders nothing at all
        }
        if (ctx.sorting) {
            // Sort keys: names in sort order, separated by a code that sorts below any text; no "and", no et-al.
            StringBuilder key = new StringBuilder();
            for (int i = 0; i < shown; i++) {
                if (i > 0) {
                    key.append('\u0001');
                }
                key.append(NameFormatter.format(list.get(i), o, true, ctx.disambiguation.levelFor(list.get(i), i))
                        .plain());
            }
            if (truncated && (o.etAlUseLast() || ctx.sortNamesUseLast) && shown + 1 < list.size()) {
                key.append('\u0001').append(NameFormatter.format(list.get(list.size() - 1), o, true, 0).plain());
            }
            return Out.text(key.toString());
        }
        List<Out> names = new ArrayList<>();
        List<Boolean> inverted = new ArrayList<>();
        for (int i = 0; i < shown; i++) {
            boolean inv = ctx.sorting || "all".equals(o.nameAsSortOrder()) || ("first".equals(o.nameAsSortOrder()) && i == 0);
            int level = ctx.disambiguation.levelFor(list.get(i), i);
            NameOptions eff = ctx.sorting ? o.withForm("long") : o;
            names.add(NameFormatter.format(list.get(i), eff, inv, level));
            inverted.add(inv && !list.get(i).isLiteral());
        }
        if (ctx.firstNameParts == null && !ctx.namesSeenList) {
            ctx.firstNameParts = new ArrayList<>(names);
        }
        Out out = Out.group();
        String and = andTerm(o);
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                boolean last = i == names.size() - 1 && !truncated;
                if (last && and != null) {
                    boolean delim = switch (o.delimiterPrecedesLast()) {
                        case "always" -> true;
                        case "never" -> false;
                        case "after-inverted-name" -> inverted.get(i - 1);
                        default -> names.size() >= 3;
                    };
                    boolean attached = !and.isEmpty() && Character.getType(and.charAt(and.length() - 1))
                            == Character.SPACE_SEPARATOR && and.charAt(and.length() - 1) != ' ';
                    if (attached) {
                        out.add(Out.text(and)); // a term carrying its own (special) space attaches to the names
                    } else {
                        out.add(Out.fixedText(delim ? o.delimiter() : " "));
                        out.add(Out.text(and + " "));
                    }
                } else {
                    out.add(Out.fixedText(o.delimiter()));
                }
            }
            out.add(names.get(i));
        }
        if (truncated) {
            if (o.etAlUseLast() && shown + 2 <= list.size()) {
                out.add(Out.fixedText(o.delimiter() + "… "));
                out.add(NameFormatter.format(list.get(list.size() - 1), o,
                        "all".equals(o.nameAsSortOrder()), 0));
            } else {
                String term = etAlNode == null ? "et-al" : etAlNode.attr("term", "et-al");
                String etAl = renderer.locale.term(term, "long", false);
                if (etAl != null && !etAl.isEmpty()) {
                    boolean delim = switch (o.delimiterPrecedesEtAl()) {
                        case "always" -> true;
                        case "never" -> false;
                        case "after-inverted-name" -> inverted.get(inverted.size() - 1);
                        default -> shown >= 2;
                    };
                    out.add(Out.fixedText(delim ? o.delimiter() : startsCjk(etAl) ? "" : " ")); // 等 needs no space
                    Out e = Out.group();
                    e.add(Out.text(etAl));
                    if (etAlNode != null) {
                        e.formatting = Formatting.of(etAlNode);
                        out.add(Out.affixed(e, etAlNode.attr("prefix"), etAlNode.attr("suffix")));
                    } else {
                        out.add(e);
                    }
                }
            }
        }
        return out;
    }

    private static boolean startsCjk(String s) {
        if (s.isEmpty()) {
            return false;
        }
        Character.UnicodeScript sc = Character.UnicodeScript.of(s.codePointAt(0));
        return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                || sc == Character.UnicodeScript.KATAKANA || sc == Character.UnicodeScript.HANGUL;
    }

    private String andTerm(NameOptions o) {
        if (o.and() == null) {
            return null;
        }
        if (o.and().equals("symbol")) {
            return "&";
        }
        String t = renderer.locale.term("and", "long", false);
        return t == null ? "and" : t;
    }

    private Out label(CslNode labelNode, String variable, int count, RenderContext ctx) {
        boolean plural = switch (labelNode.attr("plural", "contextual")) {
            case "always" -> true;
            case "never" -> false;
            default -> count > 1;
        };
        String t = renderer.locale.term(variable, labelNode.attr("form", "long"), plural);
        if (t == null || t.isEmpty()) {
            return null;
        }
        if ("true".equals(labelNode.attr("strip-periods"))) {
            t = t.replace(".", "");
        }
        return renderer.decorate(Out.text(t), labelNode, ctx);
    }
}
