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
    record Rendered(Positions.Cited cite, Out out, String namesKey, String yearSuffix, Supplier<Out> withoutAuthor,
                    boolean first, boolean locatorShown) {}

    private final CslNode citation;
    private final CslNode layout;

    private final boolean noteStyle;
    private final boolean sorted;

    ClusterFormatter(CslNode citation, Renderer renderer, boolean noteStyle) {
        this.citation = citation;
        this.layout = citation.child("layout");
        this.noteStyle = noteStyle;
        this.sorted = citation.child("sort") != null;
    }

    Out join(List<Rendered> cites) {
        String delimiter = layout.attr("delimiter", "");
        String collapse = citation.attr("collapse");
        boolean grouping = (collapse != null && collapse.startsWith("year")) || citation.has("cite-group-delimiter");
        // Unsorted cites keep the author's order: only neighbours with the same names form a group.
        List<Rendered> ordered = grouping && sorted ? groupByAuthor(cites) : cites;
        Out body;
        if ("citation-number".equals(collapse)) {
            body = numberRanges(ordered, delimiter);
        } else if (grouping) {
            body = grouped(ordered, delimiter, collapse);
        } else {
            body = plainJoin(ordered, delimiter);
        }
        if (body == null) {
            return null;
        }
        boolean authorOnly = true;
        for (Rendered r : cites) {
            authorOnly &= r.cite.info().authorOnly;
        }
        if (authorOnly) {
            return body; // an author-only cluster is the names alone, without the layout's affixes
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

    /**
     * Joins cites with the layout delimiter; a cite prefix starting with punctuation replaces the delimiter, and
     * a cite suffix ending with punctuation keeps only the delimiter's spacing.
     */
    private Out plainJoin(List<Rendered> cites, String delimiter) {
        Out g = Out.group();
        Rendered previous = null;
        for (Rendered r : cites) {
            Out o = withAffixes(r, r.out);
            if (o == null) {
                continue;
            }
            if (previous != null && !delimiter.isEmpty()) {
                String prefix = r.cite.info().prefix;
                String suffix = previous.cite.info().suffix;
                if (prefix != null && !prefix.isEmpty() && ".,;:".indexOf(prefix.charAt(0)) >= 0) {
                    // the prefix brings its own punctuation
                } else if (suffix != null && !suffix.isEmpty() && ".,;:!?".indexOf(suffix.charAt(suffix.length() - 1)) >= 0) {
                    g.add(Out.fixedText(stripLeading(delimiter, ".,;:")));
                } else {
                    g.add(Out.fixedText(delimiter));
                }
            }
            g.add(o);
            previous = r;
        }
        return g.children.isEmpty() ? null : g;
    }

    private Out withAffixes(Rendered r, Out o) {
        if (o == null || o.isEmpty()) {
            return null;
        }
        capitalizeLeadingTerm(r, o);
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

    /** A cite that opens a sentence (no prefix, or a prefix ending a sentence) capitalizes a leading term. */
    private void capitalizeLeadingTerm(Rendered r, Out o) {
        String prefix = r.cite.info().prefix;
        String p = prefix == null ? "" : prefix.strip();
        p = stripTrailing(p, "”’\"'"); // closing quotes after the sentence's end
        // A one-word prefix ending in a period is likely an abbreviation, not a sentence.
        boolean sentenceStart = p.isEmpty()
                || (p.endsWith(".") || p.endsWith("!") || p.endsWith("?")) && p.indexOf(' ') > 0;
        if (!sentenceStart || (p.isEmpty() && !r.first)) {
            return;
        }
        List<Out> leaves = new ArrayList<>();
        o.leaves(leaves);
        for (Out leaf : leaves) {
            if (leaf.text.isEmpty()) {
                continue;
            }
            // Note styles capitalize any term opening a note; in-text styles only "ibid".
            boolean capitalize = leaf.term != null && (noteStyle || leaf.term.startsWith("ibid"));
            if (capitalize && Character.isLowerCase(leaf.text.charAt(0))) {
                leaf.text = Character.toUpperCase(leaf.text.charAt(0)) + leaf.text.substring(1);
            }
            return;
        }
    }

    private static String stripTrailing(String s, String chars) {
        int end = s.length();
        while (end > 0 && chars.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }

    private static String stripLeading(String s, String chars) {
        int start = 0;
        while (start < s.length() && chars.indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        return s.substring(start);
    }

    private static List<Rendered> groupByAuthor(List<Rendered> cites) {
        Map<String, List<Rendered>> groups = new LinkedHashMap<>();
        for (Rendered r : cites) {
            // Cites without any names element output group together (they share the empty author).
            String key = r.namesKey == null ? "" : r.namesKey;
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        List<Rendered> out = new ArrayList<>();
        groups.values().forEach(out::addAll);
        return out;
    }

    private Out grouped(List<Rendered> cites, String delimiter, String collapse) {
        // Unset, citeproc-js uses ", " only in in-text styles without an after-collapse-delimiter.
        String groupDelimiter = citation.attr("cite-group-delimiter",
                noteStyle || citation.has("after-collapse-delimiter") ? delimiter : ", ");
        String afterCollapse = citation.attr("after-collapse-delimiter", delimiter);
        // After a cite with a locator, only an explicit after-collapse-delimiter replaces the group delimiter.
        String afterLocator = citation.attr("after-collapse-delimiter", groupDelimiter);
        String yearSuffixDelimiter = citation.attr("year-suffix-delimiter",
                citation.attr("cite-group-delimiter", delimiter));
        boolean collapsing = collapse != null && collapse.startsWith("year");
        boolean suffixes = collapsing && collapse.startsWith("year-suffix");
        boolean ranged = "year-suffix-ranged".equals(collapse);
        // citeproc-js: "year" and "year-suffix-ranged" put it between all author groups, "year-suffix" only
        // after a collapsed one
        boolean betweenAllGroups = "year".equals(collapse) || ranged;
        Out body = Out.group();
        int i = 0;
        boolean previousCollapsed = false;
        while (i < cites.size()) {
            int j = i + 1;
            Rendered head = cites.get(i);
            while (j < cites.size() && java.util.Objects.equals(head.namesKey, cites.get(j).namesKey)) {
                j++;
            }
            if (!body.children.isEmpty()) {
                body.add(Out.fixedText(previousCollapsed || betweenAllGroups ? afterCollapse : delimiter));
            }
            Out group = Out.group();
            group.add(withAffixes(head, head.out));
            int k = i + 1;
            Rendered previous = head;
            boolean afterRun = false;
            while (k < j) {
                Rendered r = cites.get(k);
                // A run of cites that differ only by year suffix: "2000a, b" or ranged "2000a–c".
                if (suffixes && onlySuffixDiffers(previous, r)) {
                    List<String> run = new ArrayList<>();
                    run.add(previous.yearSuffix);
                    int m = k;
                    while (m < j && onlySuffixDiffers(previous, cites.get(m))) {
                        run.add(cites.get(m).yearSuffix);
                        m++;
                    }
                    appendSuffixes(group, run, yearSuffixDelimiter, ranged);
                    previous = cites.get(m - 1);
                    k = m;
                    afterRun = true;
                    continue;
                }
                Out o = withAffixes(r, collapsing ? r.withoutAuthor.get() : r.out);
                if (o != null) {
                    group.add(Out.fixedText(afterRun ? afterCollapse
                            : previous.cite.info().locator != null ? afterLocator : groupDelimiter));
                    group.add(o);
                }
                afterRun = false;
                previous = r;
                k++;
            }
            body.add(group);
            previousCollapsed = collapsing && j - i > 1;
            i = j;
        }
        return body.isEmpty() ? null : body;
    }

    private boolean onlySuffixDiffers(Rendered a, Rendered b) {
        CiteInfo info = b.cite.info();
        boolean plain = info.locator == null && info.prefix == null && info.suffix == null
                && a.cite.info().locator == null && a.cite.info().suffix == null;
        return plain && a.yearSuffix != null && b.yearSuffix != null && yearBase(a).equals(yearBase(b));
    }

    /** run[0] is already rendered with its cite; the rest follow as bare suffixes, ranges of 3+ joined by a dash. */
    private static void appendSuffixes(Out group, List<String> run, String delimiter, boolean ranged) {
        int n = run.size();
        int idx = 1;
        int start = 0;
        while (idx < n) {
            int end = idx;
            if (ranged) {
                int runStart = idx - 1;
                end = idx;
                while (end + 1 < n && run.get(end + 1).length() == 1 && run.get(end).length() == 1
                        && run.get(end + 1).charAt(0) == run.get(end).charAt(0) + 1) {
                    end++;
                }
                boolean consecutiveFromPrevious = run.get(idx).length() == 1 && run.get(runStart).length() == 1
                        && run.get(idx).charAt(0) == run.get(runStart).charAt(0) + 1;
                if (consecutiveFromPrevious && end - runStart >= 2) {
                    group.add(Out.fixedText("–"));
                    group.add(Out.text(run.get(end)));
                    idx = end + 1;
                    continue;
                }
            }
            group.add(Out.fixedText(delimiter));
            group.add(Out.text(run.get(idx)));
            idx++;
        }
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
        return !r.locatorShown && info.prefix == null && info.suffix == null && info.citationNumber > 0;
    }
}
