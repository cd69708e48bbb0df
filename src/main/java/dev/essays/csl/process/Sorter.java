package dev.essays.csl.process;

import dev.essays.csl.dates.DateValue;
import dev.essays.csl.names.Name;
import dev.essays.csl.names.NameFormatter;
import dev.essays.csl.numbers.Numbers;
import dev.essays.csl.render.MarkupParser;
import dev.essays.csl.render.Out;
import dev.essays.csl.style.CslNode;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** cs:sort: computes per-item keys (variables or macros) and orders items; empty keys sort last. */
final class Sorter {
    private final Renderer renderer;
    private final CslNode sort;
    private final Map<String, String> inherited;
    private final boolean bibliography;
    private final Collator collator;
    private final dev.essays.csl.names.NameOptions demoteOptions;

    Sorter(Renderer renderer, CslNode sort, Map<String, String> inherited, boolean bibliography) {
        this.renderer = renderer;
        this.sort = sort;
        this.inherited = inherited;
        this.bibliography = bibliography;
        Collator c = Collator.getInstance(Locale.forLanguageTag(renderer.locale.tag()));
        c.setStrength(Collator.SECONDARY);
        this.collator = c;
        this.demoteOptions = dev.essays.csl.names.NameOptions.of(inherited, null);
    }

    boolean isActive() {
        return sort != null && !sort.childrenNamed("key").isEmpty();
    }

    boolean usesVariable(String variable) {
        if (sort == null) {
            return false;
        }
        for (CslNode k : sort.childrenNamed("key")) {
            if (variable.equals(k.attr("variable"))) {
                return true;
            }
        }
        return false;
    }

    /** One key value: a number (Long), or a string; null when empty. */
    List<Object> keys(ItemData item, CiteInfo cite, Disambiguation d) {
        List<Object> keys = new ArrayList<>();
        for (CslNode k : sort.childrenNamed("key")) {
            keys.add(key(k, item, cite, d));
        }
        return keys;
    }

    private Object key(CslNode k, ItemData item, CiteInfo cite, Disambiguation d) {
        String variable = k.attr("variable");
        RenderContext ctx = new RenderContext(item, cite, d, bibliography, inherited, true);
        ctx.sorting = true;
        ctx.sortNamesMin = intAttr(k, "names-min");
        ctx.sortNamesUseFirst = intAttr(k, "names-use-first");
        ctx.sortNamesUseLast = "true".equals(k.attr("names-use-last"));
        if (variable != null) {
            if (variable.equals("citation-number")) {
                return (long) cite.citationNumber;
            }
            if (Variables.NAMES.contains(variable)) {
                List<Name> names = item.names(variable);
                if (names.isEmpty()) {
                    return null;
                }
                StringBuilder sb = new StringBuilder();
                for (Name n : names) {
                    if (sb.length() > 0) {
                        sb.append('\u0001');
                    }
                    sb.append(NameFormatter.sortKey(n, demoteOptions));
                }
                return sb.toString();
            }
            if (Variables.DATES.contains(variable)) {
                return dateKey(item.date(variable));
            }
            String v = renderer.variableText(variable, null, ctx);
            if (v == null) {
                return null;
            }
            if (Variables.NUMBERS.contains(variable)) {
                Long n = Numbers.digitsOf(v);
                if (n != null) {
                    return n;
                }
            }
            return MarkupParser.parse(v).plain(); // sort on the text, not its markup
        }
        String macro = k.attr("macro");
        CslNode m = macro == null ? null : renderer.style.macro(macro);
        if (m == null) {
            return null;
        }
        Out out = renderer.renderChildren(m.children(), ctx, null);
        if (out == null) {
            return null;
        }
        String s = out.plain().strip();
        if (s.isEmpty()) {
            return null;
        }
        Long n = Numbers.parseLong(s);
        return n != null ? (Object) n : s;
    }

    private static int intAttr(CslNode k, String a) {
        String v = k.attr(a);
        try {
            return v == null ? 0 : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static String dateKey(DateValue d) {
        return dateKey(d, 3);
    }

    /** A sortable date string; parts counts the date parts the style renders (1 = year only). */
    static String dateKey(DateValue d, int parts) {
        if (d == null || d.start() == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        part(sb, d.start(), parts);
        if (d.isRange()) {
            part(sb, d.end(), parts);
        } else {
            sb.append("00000000");
        }
        return sb.toString();
    }

    private static void part(StringBuilder sb, int[] ymd, int parts) {
        // Offset years so BC dates sort before AD ones as plain strings.
        sb.append(String.format("%05d%02d%02d", ymd[0] + 50000, parts >= 2 ? ymd[1] : 0, parts >= 3 ? ymd[2] : 0));
    }

    Comparator<List<Object>> comparator() {
        List<CslNode> keyNodes = sort.childrenNamed("key");
        return (a, b) -> {
            for (int i = 0; i < keyNodes.size(); i++) {
                Object x = a.get(i);
                Object y = b.get(i);
                if (x == null && y == null) {
                    continue;
                }
                if (x == null) {
                    return 1;
                }
                if (y == null) {
                    return -1;
                }
                int c;
                if (x instanceof Long lx && y instanceof Long ly) {
                    c = Long.compare(lx, ly);
                } else {
                    c = SortKeys.normalize(x.toString()).compareTo(SortKeys.normalize(y.toString()));
                    if (c == 0) {
                        c = collator.compare(x.toString(), y.toString());
                    }
                }
                if (c != 0) {
                    return "descending".equals(keyNodes.get(i).attr("sort")) ? -c : c;
                }
            }
            return 0;
        };
    }
}
