package dev.essays.csl.process;

import dev.essays.csl.render.Formatting;
import dev.essays.csl.render.MarkupParser;
import dev.essays.csl.render.Out;
import dev.essays.csl.style.CslNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Joins the cites of one cluster: cite affixes, grouping by author, collapsing, and the layout's decoration. */
final class ClusterFormatter {
    record Rendered(Positions.Cited cite, Out out, String namesKey, String yearSuffix, Supplier<Out> withoutAuthor) {}

    private final CslNode citation;
    private final CslNode layout;

    ClusterFormatter(CslNode citation, Renderer renderer) {
        this.citation = citation;
        this.layout = citation.child("layout");
    }

    Out join(List<Rendered> cites) {
        String delimiter = layout.attr("delimiter", "");
        String collapse = citation.attr("collapse");
        boolean grouping = (collapse != null && collapse.startsWith("year")) || citation.has("cite-group-delimiter");
        List<Rendered> ordered = grouping ? groupByAuthor(cites) : cites;
        Out body;
        if ("citation-number".equals(collapse)) {
            body = numberRanges(ordered, delimiter);
        } else if (grouping) {
            body = grouped(ordered, delimiter, collapse);
        } else {
            List<Out> parts = new ArrayList<>();
            for (Rendered r : ordered) {
                parts.add(withAffixes(r, r.out));
            }
            body = Out.join(parts, delimiter);
        }
        if (body == null) {
            return null;
        }
        // The layout's formatting covers its affixes too.
        Out affixed = Out.affixed(body, layout.attr("prefix"), layout.attr("suffix"));
        Formatting f = Formatting.of(layout);
        if (f.isNone()) {
            return affixed;
        }
        Out g = Out.group();
        g.add(affixed);
        g.formatting = f;
        return g;
    }

    private static Out withAffixes(Rendered r, Out o) {
        if (o == null || o.isEmpty()) {
            return null;
        }
        CiteInfo info = r.cite.info();
        if (info.prefix == null && info.suffix == null) {
            return o;
        }
        Out g = Out.group();
        if (info.prefix != null) {
            g.add(MarkupParser.parse(info.prefix));
        }
        g.add(o);
        if (info.suffix != null) {
            g.add(MarkupParser.parse(info.suffix));
        }
        return g;
    }

    private static List<Rendered> groupByAuthor(List<Rendered> cites) {
        Map<String, List<Rendered>> groups = new LinkedHashMap<>();
        int anonymous = 0;
        for (Rendered r : cites) {
            String key = r.namesKey == null ? "\u0000" + anonymous++ : r.namesKey;
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        List<Rendered> out = new ArrayList<>();
        groups.values().forEach(out::addAll);
        return out;
    }

    private Out grouped(List<Rendered> cites, String delimiter, String collapse) {
        String groupDelimiter = citation.attr("cite-group-delimiter", ", ");
        String afterCollapse = citation.attr("after-collapse-delimiter", delimiter);
        String yearSuffixDelimiter = citation.attr("year-suffix-delimiter", groupDelimiter);
        boolean collapsing = collapse != null && collapse.startsWith("year");
        Out body = Out.group();
        int i = 0;
        boolean previousWasCollapsed = false;
        while (i < cites.size()) {
            int j = i + 1;
            Rendered head = cites.get(i);
            while (j < cites.size() && head.namesKey != null && head.namesKey.equals(cites.get(j).namesKey)) {
                j++;
            }
            if (!body.children.isEmpty()) {
                body.add(Out.fixedText(previousWasCollapsed ? afterCollapse : delimiter));
            }
            Out group = Out.group();
            group.add(withAffixes(head, head.out));
            String lastYearBase = head.yearSuffix == null ? null : yearBase(head);
            for (int k = i + 1; k < j; k++) {
                Rendered r = cites.get(k);
                boolean plain = r.cite.info().locator == null && r.cite.info().prefix == null
                        && r.cite.info().suffix == null;
                if (collapsing && collapse.startsWith("year-suffix") && plain && r.yearSuffix != null
                        && lastYearBase != null && lastYearBase.equals(yearBase(r))) {
                    group.add(Out.fixedText(yearSuffixDelimiter));
                    group.add(Out.text(r.yearSuffix));
                    continue;
                }
                group.add(Out.fixedText(groupDelimiter));
                Out o = collapsing ? r.withoutAuthor.get() : r.out;
                group.add(withAffixes(r, o));
                lastYearBase = r.yearSuffix == null ? null : yearBase(r);
            }
            body.add(group);
            previousWasCollapsed = j - i > 1 && collapsing;
            i = j;
        }
        return body.isEmpty() ? null : body;
    }

    /** The cite without its author and year suffix: equal bases mean "same author, same year". */
    private static String yearBase(Rendered r) {
        String text = r.withoutAuthor.get() == null ? "" : r.withoutAuthor.get().plain();
        int at = text.lastIndexOf(r.yearSuffix);
        return at < 0 ? text : text.substring(0, at) + text.substring(at + r.yearSuffix.length());
    }

    private Out numberRanges(List<Rendered> cites, String delimiter) {
        List<Out> parts = new ArrayList<>();
        int i = 0;
        while (i < cites.size()) {
            int j = i;
            while (j + 1 < cites.size() && collapsible(cites.get(j + 1)) && collapsible(cites.get(j))
                    && cites.get(j + 1).cite.info().citationNumber == cites.get(j).cite.info().citationNumber + 1) {
                j++;
            }
            if (j - i >= 2) {
                Out range = Out.group();
                range.add(cites.get(i).out);
                range.add(Out.fixedText("–"));
                range.add(cites.get(j).out);
                parts.add(range);
            } else {
                for (int k = i; k <= j; k++) {
                    parts.add(withAffixes(cites.get(k), cites.get(k).out));
                }
            }
            i = j + 1;
        }
        return Out.join(parts, delimiter);
    }

    private static boolean collapsible(Rendered r) {
        CiteInfo info = r.cite.info();
        return info.locator == null && info.prefix == null && info.suffix == null && info.citationNumber > 0;
    }
}
