package dev.essays.csl.process;

import dev.essays.csl.CslBibliography;
import dev.essays.csl.CslCite;
import dev.essays.csl.CslCluster;
import dev.essays.csl.CslFormat;
import dev.essays.csl.CslItem;
import dev.essays.csl.locale.CslLocale;
import dev.essays.csl.render.Out;
import dev.essays.csl.render.Serializer;
import dev.essays.csl.style.CslNode;
import dev.essays.csl.style.StyleDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Runs a style over a document's items and clusters. One per session; not thread-safe. */
public final class Processor {
    private static final java.util.Set<String> INHERITABLE = java.util.Set.of("and", "delimiter-precedes-et-al",
            "delimiter-precedes-last", "et-al-min", "et-al-use-first", "et-al-use-last", "et-al-subsequent-min",
            "et-al-subsequent-use-first", "initialize", "initialize-with", "initialize-with-hyphen",
            "name-as-sort-order", "sort-separator", "name-form", "name-delimiter", "names-delimiter",
            "demote-non-dropping-particle");

    private final StyleDefinition style;
    private final CslLocale locale;
    private final Map<String, ItemData> items = new LinkedHashMap<>();
    private final Renderer renderer;
    private final Serializer serializer;
    private final Map<String, String> citationInherited;
    private final Map<String, String> bibliographyInherited;
    private final Sorter citationSorter;
    private final Sorter bibliographySorter;
    private final boolean englishDefault;
    /** Cites show citation numbers: a bibliography entry cannot be left out without leaving a gap. */
    private final boolean numbered;
    private final int conditionTests;
    private final Set<String> cited = new LinkedHashSet<>();
    private Map<String, Disambiguation> disambiguation = new HashMap<>();
    private Map<String, Integer> citationNumbers = new HashMap<>();

    private static final String NO_PRINTED_FORM = dev.essays.csl.CslBibliography.NO_PRINTED_FORM;

    public Processor(StyleDefinition style, CslLocale locale, List<CslItem> items) {
        this.style = style;
        this.locale = locale;
        for (CslItem i : items) {
            this.items.put(i.id(), new ItemData(i));
        }
        this.renderer = new Renderer(style, locale);
        String open = locale.term("open-quote", "long", false);
        String close = locale.term("close-quote", "long", false);
        String innerOpen = locale.term("open-inner-quote", "long", false);
        String innerClose = locale.term("close-inner-quote", "long", false);
        this.serializer = new Serializer(new Serializer.Quotes(open == null ? "“" : open, close == null ? "”" : close,
                innerOpen == null ? "‘" : innerOpen, innerClose == null ? "’" : innerClose),
                locale.option("punctuation-in-quote"));
        this.citationInherited = inherited(style.citation());
        this.bibliographyInherited = inherited(style.bibliography());
        this.citationSorter = new Sorter(renderer, style.citation().child("sort"), citationInherited, false);
        this.bibliographySorter = new Sorter(renderer,
                style.bibliography() == null ? null : style.bibliography().child("sort"), bibliographyInherited, true);
        String def = style.defaultLocale();
        this.englishDefault = def == null || def.startsWith("en");
        this.numbered = renderer.callsVariable(style.citation().child("layout"), "citation-number");
        this.conditionTests = renderer.countAttribute(style.citation().child("layout"), "disambiguate");
    }

    private Map<String, String> inherited(CslNode modeNode) {
        Map<String, String> m = new HashMap<>();
        style.root().attributes().forEach((k, v) -> {
            if (INHERITABLE.contains(k)) {
                m.put(k, v);
            }
        });
        if (modeNode != null) {
            modeNode.attributes().forEach((k, v) -> {
                if (INHERITABLE.contains(k)) {
                    m.put(k, v);
                }
            });
        }
        return Map.copyOf(m);
    }

    private boolean isEnglish(ItemData item) {
        Object lang = item.fields.get("language");
        if (lang == null || lang.toString().isBlank()) {
            return englishDefault;
        }
        return lang.toString().toLowerCase().startsWith("en");
    }

    // ---- registry, numbers, disambiguation

    private List<String> registry(boolean includeUncited) {
        List<String> ids = new ArrayList<>();
        for (String id : cited) {
            if (items.containsKey(id)) {
                ids.add(id);
            }
        }
        if (includeUncited) {
            for (String id : items.keySet()) {
                if (!cited.contains(id)) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    /** Registry ids in bibliography order; assigns citation numbers along the way. */
    private List<String> prepare(List<String> registry) {
        citationNumbers = new HashMap<>();
        for (int i = 0; i < registry.size(); i++) {
            citationNumbers.put(registry.get(i), i + 1);
        }
        List<String> ordered = sortItems(registry, bibliographySorter);
        if (bibliographySorter.isActive() && !bibliographySorter.usesVariable("citation-number")) {
            citationNumbers = new HashMap<>();
            for (int i = 0; i < ordered.size(); i++) {
                citationNumbers.put(ordered.get(i), i + 1);
            }
        }
        Disambiguator d = new Disambiguator(style.citation(), conditionTests, this::probe, this::probeSubsequent,
                this::allNames);
        disambiguation = d.run(ordered);
        return ordered;
    }

    private List<String> sortItems(List<String> ids, Sorter sorter) {
        if (!sorter.isActive()) {
            return ids;
        }
        Map<String, List<Object>> keys = new HashMap<>();
        for (String id : ids) {
            // Sort keys use the style as written: citation disambiguation (added names) does not reorder entries.
            keys.put(id, sorter.keys(items.get(id), CiteInfo.bibliography(number(id)), new Disambiguation()));
        }
        List<String> sorted = new ArrayList<>(ids);
        java.util.Comparator<List<Object>> byKeys = sorter.comparator();
        sorted.sort((a, b) -> byKeys.compare(keys.get(a), keys.get(b)));
        return sorted;
    }

    private int number(String id) {
        return citationNumbers.getOrDefault(id, 0);
    }

    private Disambiguation disambiguationOf(String id) {
        Disambiguation d = disambiguation.get(id);
        return d == null ? new Disambiguation() : d;
    }

    private List<dev.essays.csl.names.Name> allNames(String id) {
        ItemData item = items.get(id);
        List<dev.essays.csl.names.Name> all = new ArrayList<>();
        for (String v : List.of("author", "editor", "translator", "composer", "director", "container-author",
                "collection-editor", "interviewer", "recipient", "illustrator", "original-author")) {
            all.addAll(item.names(v));
        }
        return all;
    }

    /** The cite as a later, non-ibid reference would render it (et-al-subsequent, short forms). */
    private String probeSubsequent(String id, Disambiguation d) {
        CiteInfo info = CiteInfo.bibliography(number(id));
        info.position = Position.SUBSEQUENT;
        Out o = renderCite(items.get(id), info, d, false);
        return o == null ? "" : serializer.text(o);
    }

    private String probe(String id, Disambiguation d) {
        CiteInfo info = CiteInfo.bibliography(number(id));
        Out o = renderCite(items.get(id), info, d, false);
        return o == null ? "" : serializer.text(o);
    }

    // ---- citations

    public List<String> cite(List<CslCluster> clusters, CslFormat format) {
        for (CslCluster c : clusters) {
            for (CslCite cite : c.cites()) {
                cited.add(cite.itemId());
            }
        }
        prepare(registry(true));
        List<List<Positions.Cited>> infos = new ArrayList<>();
        List<Integer> notes = new ArrayList<>();
        for (CslCluster c : clusters) {
            List<Positions.Cited> list = new ArrayList<>();
            for (CslCite cite : c.cites()) {
                CiteInfo info = new CiteInfo();
                info.locator = cite.locator() == null || cite.locator().isEmpty() ? null : cite.locator();
                info.label = cite.label() == null ? null : cite.label().strip().replace(' ', '-');
                info.prefix = cite.prefix();
                info.suffix = cite.suffix();
                info.suppressAuthor = cite.suppressAuthor();
                info.authorOnly = cite.authorOnly();
                info.citationNumber = number(cite.itemId());
                list.add(new Positions.Cited(cite.itemId(), info));
            }
            infos.add(sortCites(list));
            notes.add(c.noteIndex());
        }
        String distance = style.citation().attr("near-note-distance", "5");
        Positions.assign(infos, notes, Integer.parseInt(distance.strip()));
        List<String> out = new ArrayList<>();
        for (List<Positions.Cited> cluster : infos) {
            Out o = clusterOut(cluster);
            out.add(o == null ? "" : format == CslFormat.HTML ? serializer.html(o) : serializer.text(o));
        }
        return out;
    }

    private List<Positions.Cited> sortCites(List<Positions.Cited> cites) {
        if (!citationSorter.isActive()) {
            return cites;
        }
        Map<Positions.Cited, List<Object>> keys = new HashMap<>();
        for (Positions.Cited c : cites) {
            ItemData item = items.get(c.itemId());
            keys.put(c, item == null ? List.of() : citationSorter.keys(item, c.info(), disambiguationOf(c.itemId())));
        }
        List<Positions.Cited> sorted = new ArrayList<>(cites);
        java.util.Comparator<List<Object>> byKeys = citationSorter.comparator();
        sorted.sort((a, b) -> keys.get(a).isEmpty() || keys.get(b).isEmpty() ? 0
                : byKeys.compare(keys.get(a), keys.get(b)));
        return sorted;
    }

    private Out clusterOut(List<Positions.Cited> cluster) {
        List<ClusterFormatter.Rendered> rendered = new ArrayList<>();
        for (Positions.Cited c : cluster) {
            ItemData item = items.get(c.itemId());
            if (item == null) {
                // An id with no item shows as Pandoc shows unknown keys: the key and a question mark.
                Out unknown = Out.text(c.itemId() + "?");
                rendered.add(new ClusterFormatter.Rendered(c, unknown, "\u0000" + c.itemId(), null, () -> unknown,
                        rendered.isEmpty(), false));
                continue;
            }
            Disambiguation d = disambiguationOf(c.itemId());
            RenderContext ctx = context(item, c.info(), d, false);
            Out o = renderer.renderChildren(style.citation().child("layout").children(), ctx, null);
            if (c.info().authorOnly) {
                o = ctx.firstNames;
            }
            if ((o == null || o.isEmpty()) && !c.info().suppressAuthor) {
                o = Out.text(NO_PRINTED_FORM);
            }
            rendered.add(new ClusterFormatter.Rendered(c, o, ctx.firstNamesPlain, d.yearSuffix,
                    () -> renderWithoutAuthor(item, c.info(), d), rendered.isEmpty(),
                    ctx.renderedVariables.contains("locator")));
        }
        return new ClusterFormatter(style.citation(), renderer, style.isNoteStyle()).join(rendered);
    }

    private Out renderWithoutAuthor(ItemData item, CiteInfo info, Disambiguation d) {
        boolean saved = info.suppressAuthor;
        info.suppressAuthor = true;
        RenderContext ctx = context(item, info, d, false);
        Out o = renderer.renderChildren(style.citation().child("layout").children(), ctx, null);
        info.suppressAuthor = saved;
        return o;
    }

    private RenderContext context(ItemData item, CiteInfo info, Disambiguation d, boolean bibliography) {
        return new RenderContext(item, info, d, bibliography,
                bibliography ? bibliographyInherited : citationInherited, isEnglish(item));
    }

    /** A cite rendered through the citation layout, with its affixes, for disambiguation probes. */
    private Out renderCite(ItemData item, CiteInfo info, Disambiguation d, boolean bibliography) {
        RenderContext ctx = context(item, info, d, bibliography);
        ctx.probing = true;
        return renderer.renderChildren(style.citation().child("layout").children(), ctx, null);
    }

    // ---- bibliography

    public CslBibliography bibliography(CslFormat format, Set<String> only) {
        CslNode bib = style.bibliography();
        if (bib == null) {
            return new CslBibliography(List.of(), false, null, 1, 1);
        }
        List<String> ordered = prepare(registry(true));
        CslNode layout = bib.child("layout");
        List<CslBibliography.Entry> entries = new ArrayList<>();
        SubsequentAuthorSubstitute sas = new SubsequentAuthorSubstitute(bib.attr("subsequent-author-substitute"),
                bib.attr("subsequent-author-substitute-rule", "complete-all"));
        boolean secondFieldAlign = bib.has("second-field-align");
        for (String id : ordered) {
            if (only != null && !only.contains(id)) {
                continue;
            }
            ItemData item = items.get(id);
            RenderContext ctx = context(item, CiteInfo.bibliography(number(id)), disambiguationOf(id), true);
            List<Out> parts = new ArrayList<>();
            for (CslNode c : layout.children()) {
                parts.add(renderer.render(c, ctx));
            }
            sas.apply(ctx);
            Out body;
            boolean explicitDisplay = false;
            for (CslNode c : layout.children()) {
                explicitDisplay |= BibliographyLayout.hasDisplay(style, c);
            }
            if (explicitDisplay) {
                body = BibliographyLayout.displayBlocks(parts, layout);
            } else if (secondFieldAlign) {
                body = BibliographyLayout.secondFieldAligned(parts, layout, format == CslFormat.HTML);
            } else {
                body = Out.join(parts, layout.attr("delimiter"));
                body = renderer.decorate(body, layout, ctx);
            }
            if (body == null || body.isEmpty()) {
                if (!numbered) {
                    continue; // an entry with no output is left out
                }
                // cites show this entry's number, so the number stays in the list, marked as the style's fault
                body = Out.text(number(id) + ". " + NO_PRINTED_FORM);
            }
            if (startsWithDisplayBlock(body)) {
                trimLeadingSpace(body);
            }
            String text = format == CslFormat.HTML ? serializer.html(body) : serializer.text(body);
            entries.add(new CslBibliography.Entry(id, text));
        }
        Integer sfa = secondFieldAlign ? (bib.attr("second-field-align").equals("margin") ? 1 : 0) : null;
        return new CslBibliography(entries, "true".equals(bib.attr("hanging-indent")), sfa,
                intAttr(bib, "line-spacing", 1), intAttr(bib, "entry-spacing", 1));
    }

    private static boolean startsWithDisplayBlock(Out o) {
        Out cur = o;
        while (cur != null && !cur.isLeaf()) {
            if (cur.display != null) {
                return true;
            }
            Out next = null;
            for (Out c : cur.children) {
                if (!c.isEmpty()) {
                    next = c;
                    break;
                }
            }
            cur = next;
        }
        return false;
    }

    /** A display block opening an entry never starts with a space (its prefix followed nothing). */
    private static void trimLeadingSpace(Out o) {
        List<Out> leaves = new ArrayList<>();
        o.leaves(leaves);
        for (Out leaf : leaves) {
            leaf.text = leaf.text.stripLeading();
            if (!leaf.text.isEmpty()) {
                return;
            }
        }
    }

    private static int intAttr(CslNode n, String a, int d) {
        try {
            return n.has(a) ? Integer.parseInt(n.attr(a).strip()) : d;
        } catch (NumberFormatException e) {
            return d;
        }
    }
}
