package dev.essays.csl.process;

import dev.essays.csl.dates.DateFormatter;
import dev.essays.csl.dates.DateValue;
import dev.essays.csl.locale.CslLocale;
import dev.essays.csl.numbers.Numbers;
import dev.essays.csl.numbers.PageRanges;
import dev.essays.csl.render.Formatting;
import dev.essays.csl.render.MarkupParser;
import dev.essays.csl.render.Out;
import dev.essays.csl.style.CslNode;
import dev.essays.csl.style.StyleDefinition;
import dev.essays.csl.text.TextCase;
import java.util.ArrayList;
import java.util.List;

/** Interprets the rendering elements of a layout for one cite or entry (spec: Rendering Elements). */
final class Renderer {
    final StyleDefinition style;
    final CslLocale locale;
    private final NamesRenderer names;
    private final Conditions conditions;
    private final String pageRangeFormat;
    /** When no cs:text renders year-suffix, it follows the first rendered issued date. */
    private final boolean explicitYearSuffix;

    Renderer(StyleDefinition style, CslLocale locale) {
        this.style = style;
        this.locale = locale;
        this.names = new NamesRenderer(this);
        this.conditions = new Conditions(this);
        this.pageRangeFormat = style.root().attr("page-range-format");
        this.explicitYearSuffix = usesVariable(style.root(), "year-suffix");
    }

    private static boolean usesVariable(CslNode node, String variable) {
        if (variable.equals(node.attr("variable"))) {
            return true;
        }
        for (CslNode c : node.children()) {
            if (usesVariable(c, variable)) {
                return true;
            }
        }
        return false;
    }

    /** How many elements carrying the attribute a rendering of the element can meet, macro calls expanded. */
    int countAttribute(CslNode node, String attribute) {
        return countAttribute(node, attribute, new java.util.HashMap<>());
    }

    /** perMacro holds each macro's count once known (0 while it is being counted, which stops recursion). */
    private int countAttribute(CslNode node, String attribute, java.util.Map<String, Integer> perMacro) {
        int n = node.has(attribute) ? 1 : 0;
        String macro = node.attr("macro");
        if (macro != null && style.macro(macro) != null) {
            Integer known = perMacro.get(macro);
            if (known == null) {
                perMacro.put(macro, 0);
                known = countAttribute(style.macro(macro), attribute, perMacro);
                perMacro.put(macro, known);
            }
            n += known;
        }
        for (CslNode c : node.children()) {
            n += countAttribute(c, attribute, perMacro);
        }
        return n;
    }

    /** Whether the element or a macro it calls (at any depth) renders the variable. */
    boolean callsVariable(CslNode node, String variable) {
        return callsVariable(node, variable, new java.util.HashSet<>());
    }

    private boolean callsVariable(CslNode node, String variable, java.util.Set<String> seenMacros) {
        if (variable.equals(node.attr("variable"))) {
            return true;
        }
        String macro = node.attr("macro");
        if (macro != null && seenMacros.add(macro) && style.macro(macro) != null
                && callsVariable(style.macro(macro), variable, seenMacros)) {
            return true;
        }
        for (CslNode c : node.children()) {
            if (callsVariable(c, variable, seenMacros)) {
                return true;
            }
        }
        return false;
    }

    Out renderChildren(List<CslNode> children, RenderContext ctx, String delimiter) {
        List<Out> parts = new ArrayList<>(children.size());
        collect(children, ctx, parts);
        return Out.join(parts, delimiter);
    }

    /** cs:choose is transparent: the chosen branch's elements join the enclosing delimiter one by one. */
    private void collect(List<CslNode> children, RenderContext ctx, List<Out> parts) {
        for (CslNode c : children) {
            if (c.name().equals("choose")) {
                CslNode branch = chosenBranch(c, ctx);
                if (branch != null) {
                    collect(branch.children(), ctx, parts);
                }
            } else {
                parts.add(render(c, ctx));
            }
        }
    }

    private CslNode chosenBranch(CslNode choose, RenderContext ctx) {
        for (CslNode branch : choose.children()) {
            if (branch.name().equals("else") || conditions.test(branch, ctx)) {
                return branch;
            }
        }
        return null;
    }

    Out render(CslNode node, RenderContext ctx) {
        return switch (node.name()) {
            case "text" -> text(node, ctx);
            case "number" -> number(node, ctx);
            case "label" -> label(node, ctx);
            case "date" -> date(node, ctx);
            case "names" -> names.render(node, ctx);
            case "group" -> group(node, ctx);
            case "choose" -> choose(node, ctx);
            default -> null;
        };
    }

    /** Applies text-case, formatting, quotes, affixes and display of an element around its content. */
    Out decorate(Out content, CslNode node, RenderContext ctx) {
        if (content == null || content.isEmpty()) {
            return null;
        }
        String textCase = node.attr("text-case");
        if (textCase != null) {
            if (!textCase.equals("title") || ctx.englishItem) {
                Object lang = ctx.item.fields.get("language");
                boolean turkic = lang instanceof String l && (l.startsWith("tr") || l.startsWith("az"));
                TextCase.apply(content, textCase, turkic);
            }
        }
        Out inner = content;
        Formatting f = Formatting.of(node);
        if (f.fontStyle() != null && !f.fontStyle().equals("normal") && node.name().equals("text")
                && !node.has("macro") && !Romanesque.anyIn(content.plain())) {
            // citeproc-js sets text in scripts without italic type (Chinese, Japanese, Korean, Devanagari, ...)
            // upright; only a text element's own styling is dropped, not a group's or a macro call's
            f = new Formatting(null, f.fontVariant(), f.fontWeight(), f.textDecoration(), f.verticalAlign());
        }
        boolean quotes = "true".equals(node.attr("quotes"));
        if (!f.isNone() || quotes) {
            inner = Out.group();
            inner.add(content);
            inner.formatting = f;
            inner.quotes = quotes;
        }
        Out affixed = Out.affixed(inner, node.attr("prefix"), node.attr("suffix"));
        String display = node.attr("display");
        if (display != null) {
            Out d = Out.group();
            d.add(affixed);
            d.display = display;
            return d;
        }
        return affixed;
    }

    private static String stripPeriods(CslNode node, String s) {
        return "true".equals(node.attr("strip-periods")) ? s.replace(".", "") : s;
    }

    private Out text(CslNode node, RenderContext ctx) {
        String variable = node.attr("variable");
        if (variable != null) {
            String value = variableText(variable, node.attr("form"), ctx);
            if (variable.equals("citation-number")) {
                int[] top = ctx.groups.peek();
                if (top != null) {
                    top[0]++;
                    if (value != null) {
                        top[1]++;
                    }
                }
            } else if (!variable.equals("year-suffix")) {
                ctx.variableCalled(value != null);
            }
            if (value != null) {
                ctx.rendered(variable);
                if ("short".equals(node.attr("form"))) {
                    ctx.rendered(variable + "-short");
                }
            }
            if (value == null) {
                return null;
            }
            Out content = variable.equals("citation-number") || variable.equals("year-suffix")
                    ? Out.text(value) : MarkupParser.parse(stripPeriods(node, value));
            if (variable.equals("URL") || variable.equals("DOI")) {
                content = Out.text(value);
            }
            return decorate(content, node, ctx);
        }
        String macro = node.attr("macro");
        if (macro != null) {
            CslNode m = style.macro(macro);
            if (m == null || ctx.macroDepth > 50) {
                return null;
            }
            ctx.macroDepth++;
            ctx.groups.push(new int[2]);
            Out content = renderChildren(m.children(), ctx, null);
            int[] counts = ctx.groups.pop();
            ctx.macroDepth--;
            // A macro behaves like a group: variables called but all empty suppress its output.
            if (counts[0] > 0 && counts[1] == 0) {
                content = null;
            }
            int[] parent = ctx.groups.peek();
            if (parent != null) {
                parent[0] += counts[0];
                if (content != null) {
                    parent[1] += counts[1];
                }
                // A macro whose output came without any variable (a term chosen by cs:choose) still counts as
                // content for the enclosing group's suppression rule.
                if (counts[0] == 0 && content != null && !content.isEmpty() && m.child("choose") != null) {
                    parent[0]++;
                    parent[1]++;
                }
            }
            return decorate(content, node, ctx);
        }
        String term = node.attr("term");
        if (term != null) {
            String t = locale.term(term, node.attr("form", "long"), "true".equals(node.attr("plural")));
            if (t == null || t.isEmpty()) {
                return null;
            }
            Out leaf = Out.text(stripPeriods(node, t));
            leaf.term = term;
            return decorate(leaf, node, ctx);
        }
        String value = node.attr("value");
        if (value != null && !value.isEmpty()) {
            return decorate(MarkupParser.parse(value), node, ctx);
        }
        return null;
    }

    /** The text of a variable for cs:text, honoring form="short", suppression and page ranges. */
    String variableText(String variable, String form, RenderContext ctx) {
        if (ctx.suppressed.contains(variable)) {
            return null;
        }
        switch (variable) {
            case "citation-number":
                return ctx.cite.citationNumber > 0 ? Integer.toString(ctx.cite.citationNumber) : null;
            case "year-suffix":
                return ctx.disambiguation.yearSuffix;
            case "locator":
                return ctx.cite.locator == null ? null : locatorText(ctx);
            case "citation-label": {
                String label = ctx.item.string("citation-label");
                if (label == null) {
                    label = CitationLabel.generate(ctx.item);
                }
                if (label != null && !explicitYearSuffix && !ctx.yearSuffixDone && !ctx.sorting
                        && ctx.disambiguation.yearSuffix != null) {
                    ctx.yearSuffixDone = true;
                    label = label + ctx.disambiguation.yearSuffix;
                }
                return label;
            }
            case "first-reference-note-number":
                return ctx.cite.firstReferenceNoteNumber > 0 ? Integer.toString(ctx.cite.firstReferenceNoteNumber)
                        : null;
            default:
                break;
        }
        String value = null;
        if ("short".equals(form)) {
            value = ctx.item.string(variable + "-short");
            if (value == null && variable.equals("title")) {
                value = ctx.item.string("shortTitle");
            }
        }
        if (value == null) {
            value = ctx.item.string(variable);
        }
        if (value != null && (variable.equals("page"))) {
            value = pageRange(value);
        } else if (value != null && Variables.NUMBERS.contains(variable) && Numbers.isNumeric(value)) {
            value = PageRanges.format(value, null, "–"); // numeric ranges such as issue "3-4" take an en dash
        }
        return value;
    }

    private String locatorText(RenderContext ctx) {
        String loc = ctx.cite.locator.strip();
        if (ctx.cite.label == null || ctx.cite.label.equals("page")) {
            return pageRange(loc);
        }
        String delimiter = locale.term("page-range-delimiter", "long", false);
        return PageRanges.format(loc, null, delimiter == null ? "–" : delimiter);
    }

    String pageRange(String value) {
        String delimiter = locale.term("page-range-delimiter", "long", false);
        String formatted = PageRanges.format(value, pageRangeFormat, delimiter == null ? "–" : delimiter);
        dev.essays.csl.locale.Term symbol = locale.termEntry("and", "symbol");
        String ampersand = symbol != null && "symbol".equals(symbol.form()) ? symbol.value(false) : null;
        if (ampersand != null && !ampersand.equals("&") && formatted.contains(" & ")) {
            formatted = formatted.replace(" & ", " " + ampersand + " "); // a localized "&" between pages
        }
        return formatted;
    }

    private Out number(CslNode node, RenderContext ctx) {
        String variable = node.attr("variable");
        String value = variable == null ? null : variableText(variable, null, ctx);
        ctx.variableCalled(value != null);
        if (value == null) {
            return null;
        }
        ctx.rendered(variable);
        String form = node.attr("form", "numeric");
        String text;
        if (Numbers.isNumeric(value)) {
            text = Numbers.format(value, form, locale, locale.gender(variable));
        } else {
            String labelled = value.indexOf(',') < 0 ? null
                    : LabelledNumbers.format(value, form, locale.gender(variable), locale);
            text = labelled == null ? value : labelled;
        }
        return decorate(Out.text(text), node, ctx);
    }

    private Out label(CslNode node, RenderContext ctx) {
        String variable = node.attr("variable");
        if (variable == null) {
            return null;
        }
        String termName = variable;
        String value;
        if (variable.equals("locator")) {
            value = ctx.cite.locator;
            termName = ctx.cite.label == null ? "page" : ctx.cite.label;
            if (value != null && startsWithLocatorTerm(value)) {
                return null; // "vol. 1, fol. 186" labels itself
            }
        } else {
            value = ctx.suppressed.contains(variable) ? null : ctx.item.string(variable);
        }
        if (value == null) {
            return null;
        }
        boolean plural = switch (node.attr("plural", "contextual")) {
            case "always" -> true;
            case "never" -> false;
            default -> variable.equals("number-of-pages") || variable.equals("number-of-volumes")
                    ? Numbers.parseLong(value) != null && Numbers.parseLong(value) > 1
                    : PageRanges.isPlural(value, locale.term("and", "long", false));
        };
        String t = locale.term(termName, node.attr("form", "long"), plural);
        if (t == null || t.isEmpty()) {
            return null;
        }
        return decorate(Out.text(stripPeriods(node, t)), node, ctx);
    }

    static final List<String> LOCATOR_TERMS = List.of("book", "chapter", "column", "figure", "folio",
            "issue", "line", "note", "opus", "page", "paragraph", "part", "section", "sub-verbo", "verse", "volume");

    private boolean startsWithLocatorTerm(String locator) {
        for (String term : LOCATOR_TERMS) {
            for (boolean plural : new boolean[] {false, true}) {
                String abbreviation = locale.term(term, "short", plural);
                if (abbreviation != null && abbreviation.endsWith(".") && locator.startsWith(abbreviation + " ")) {
                    return true;
                }
            }
        }
        return false;
    }

    private Out date(CslNode node, RenderContext ctx) {
        String variable = node.attr("variable");
        DateValue d = ctx.suppressed.contains(variable) ? null : ctx.item.date(variable);
        if (ctx.sorting) {
            // Sort keys compare dates by value, limited to the parts the style shows.
            String key = Sorter.dateKey(d, renderedParts(node));
            ctx.variableCalled(key != null);
            return key == null ? null : Out.text(key);
        }
        if (ctx.probing && variable.equals("accessed")) {
            ctx.variableCalled(d != null); // when a page was read does not tell two works apart
            return null;
        }
        Out content = d == null ? null : DateFormatter.format(d, node, locale);
        ctx.variableCalled(content != null && !content.isEmpty());
        if (content == null) {
            return null;
        }
        ctx.rendered(variable);
        if (content != null && !explicitYearSuffix && variable.equals("issued") && !ctx.yearSuffixDone
                && ctx.disambiguation.yearSuffix != null) {
            ctx.yearSuffixDone = true;
            Out g = Out.group();
            g.add(content);
            g.add(Out.text(ctx.disambiguation.yearSuffix));
            content = g;
        }
        return decorate(content, node, ctx);
    }

    private static int renderedParts(CslNode date) {
        if (date.has("form")) {
            return switch (date.attr("date-parts", "year-month-day")) {
                case "year" -> 1;
                case "year-month" -> 2;
                default -> 3;
            };
        }
        int parts = 1;
        for (CslNode p : date.childrenNamed("date-part")) {
            if ("day".equals(p.attr("name"))) {
                parts = 3;
            } else if ("month".equals(p.attr("name"))) {
                parts = Math.max(parts, 2);
            }
        }
        return parts;
    }

    private Out group(CslNode node, RenderContext ctx) {
        ctx.groups.push(new int[2]);
        Out content = renderChildren(node.children(), ctx, node.attr("delimiter"));
        int[] counts = ctx.groups.pop();
        boolean suppress = content == null || (counts[0] > 0 && counts[1] == 0);
        int[] parent = ctx.groups.peek();
        if (parent != null) {
            parent[0] += counts[0];
            if (!suppress) {
                parent[1] += counts[1];
                if (counts[0] == 0) {
                    // A nested group that renders terms only ("[Online]") is content for its parent too.
                    parent[0]++;
                    parent[1]++;
                }
            }
        }
        if (suppress) {
            return null;
        }
        return decorate(content, node, ctx);
    }

    private Out choose(CslNode node, RenderContext ctx) {
        for (CslNode branch : node.children()) {
            if (branch.name().equals("else") || conditions.test(branch, ctx)) {
                return renderChildren(branch.children(), ctx, null);
            }
        }
        return null;
    }
}
