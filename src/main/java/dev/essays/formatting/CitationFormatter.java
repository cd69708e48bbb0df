package dev.essays.formatting;

import dev.essays.citations.CitationMarkers;
import dev.essays.citations.CitationProblem;
import dev.essays.citations.CitationReport;
import dev.essays.citations.Cite;
import dev.essays.citations.ParsedCitations;
import dev.essays.csl.CslBibliography;
import dev.essays.csl.CslCite;
import dev.essays.csl.CslCluster;
import dev.essays.csl.CslEngine;
import dev.essays.csl.CslException;
import dev.essays.csl.CslFormat;
import dev.essays.csl.CslItem;
import dev.essays.csl.CslStyle;
import dev.essays.essay.Essay;
import dev.essays.essay.WorksCitedSources;

import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Formats an essay's citations with the CSL processor: every Pandoc marker in the body becomes a linked in-text
 * citation (or, in a note style, a numbered note), and the sources become the works-cited list, each entry
 * linking back to where it is cited. Unknown keys stay visible as {@code [@key?]}. Runs when an essay is saved
 * or first shown after a change; page views read the stored result.
 */
public final class CitationFormatter {

    private final CslEngine engine;

    public CitationFormatter(CslEngine engine) {
        this.engine = engine;
    }

    public FormattedEssay format(Essay essay, FormattingOptions options, SiteSettings site) {
        List<FormattedEssay.Problem> problems = new ArrayList<>();
        CslStyle style = style(options.styleFor(essay.citationStyle()), options, problems);
        String key = FormattingKey.of(essay, style.id(), options.locale(), site);
        String body = essay.body() == null ? "" : essay.body();
        ParsedCitations parsed = CitationMarkers.parse(body);

        Map<String, Map<String, Object>> sources = new LinkedHashMap<>();
        List<String> sourceKeys = new ArrayList<>();
        for (Map<String, Object> source : essay.sources()) {
            if (source.get("id") instanceof String id) {
                sourceKeys.add(id);
                sources.putIfAbsent(id, source);
            }
        }
        report(CitationReport.of(parsed, sourceKeys), problems);

        List<CslItem> items = sources.values().stream().map(CslItem::of).toList();
        ClusterPlan plan = ClusterPlan.of(parsed.clusters(), sources.keySet(), style.isNoteStyle());
        // The plain session's state (citation order, disambiguation) also numbers and orders the list below.
        // The two passes are independent sessions: the marked one runs on another core meanwhile.
        CompletableFuture<List<String>> markedPass = CompletableFuture.supplyAsync(
                () -> engine.session(style, options.locale(), items).cite(plan.clusters(true), CslFormat.HTML));
        var session = engine.session(style, options.locale(), items);
        List<String> plain = session.cite(plan.clusters(false), CslFormat.HTML);
        List<String> marked = markedPass.join();

        Set<String> cited = new LinkedHashSet<>();
        parsed.clusters().forEach(c -> cited.addAll(plan.planFor(c).knownKeys()));
        boolean everySource = site.worksCitedSourcesFor(essay.worksCitedSources()) == WorksCitedSources.ALL;
        Set<String> listed = everySource ? sources.keySet() : cited;
        CslBibliography html = session.bibliography(CslFormat.HTML, listed);
        Map<String, String> entryHtml = new LinkedHashMap<>();
        html.entries().forEach(e -> entryHtml.put(e.itemId(), unprintable(e.formatted(), List.of(e.itemId()),
                style, problems)));

        Map<String, List<String>> citedAt = new LinkedHashMap<>();
        List<FormattedEssay.Footnote> footnotes = new ArrayList<>();
        String bodyHtml = CitationMarkers.replace(body, parsed.clusters(), cluster -> {
            ClusterPlan.Planned planned = plan.planFor(cluster);
            String text = unprintable(planned.render(plain, marked), planned.knownKeys(), style, problems);
            if (planned.knownKeys().isEmpty()) {
                return text;
            }
            String anchor = (style.isNoteStyle() ? "fnref-" : "cite-") + planned.number();
            planned.knownKeys().forEach(k -> citedAt.computeIfAbsent(k, x -> new ArrayList<>()).add(anchor));
            if (style.isNoteStyle()) {
                footnotes.add(new FormattedEssay.Footnote(planned.number(), "fn-" + planned.number(), text, anchor));
                return CitationHtml.noteReference(planned.number());
            }
            List<String> cards = planned.knownKeys().stream().map(entryHtml::get).filter(e -> e != null).toList();
            return CitationHtml.inText(anchor, planned.knownKeys(), text, cards);
        });

        List<FormattedEssay.Entry> entries = new ArrayList<>();
        for (CslBibliography.Entry entry : html.entries()) {
            String formatted = entryHtml.get(entry.itemId());
            entries.add(new FormattedEssay.Entry(entry.itemId(), CitationHtml.entryAnchor(entry.itemId()), formatted,
                    CitationHtml.plainText(formatted), List.copyOf(citedAt.getOrDefault(entry.itemId(), List.of()))));
        }
        boolean listsUncited = html.entries().stream().anyMatch(e -> !cited.contains(e.itemId()));
        return new FormattedEssay(key, style.id(), style.title(), options.locale(), style.isNoteStyle(), bodyHtml,
                ListHeadings.of(style, listsUncited), html.hangingIndent(), List.copyOf(entries), List.copyOf(footnotes),
                List.copyOf(problems), citeThis(essay, style, options, site));
    }

    /**
     * Readers never see the processor's "style error" text for a source the style prints nothing for: they see the
     * source's key in brackets, and editors get a report naming the source.
     */
    private static String unprintable(String html, List<String> keys, CslStyle style,
                                      List<FormattedEssay.Problem> problems) {
        if (!html.contains(CslBibliography.NO_PRINTED_FORM)) {
            return html;
        }
        String named = String.join(", ", keys);
        FormattedEssay.Problem problem = new FormattedEssay.Problem("prints-nothing", keys.size() == 1 ? keys.get(0) : null,
                "\"" + style.title() + "\" prints nothing for " + named + ": give the source an author, a title or a date");
        if (!problems.contains(problem)) {
            problems.add(problem);
        }
        return html.replace(CslBibliography.NO_PRINTED_FORM, CitationHtml.escape("[" + named + "]"));
    }

    /** The essay as its own works-cited entry, so readers can cite it in the same style. */
    private String citeThis(Essay essay, CslStyle style, FormattingOptions options, SiteSettings site) {
        if (essay.title() == null || essay.title().isBlank()) {
            return "";
        }
        CslItem self = CslItem.of(EssayAsSource.item(essay, site.absolute(EssayPaths.permalink(essay.slug())), site.getSiteName()));
        var entries = engine.session(style, options.locale(), List.of(self)).bibliography(CslFormat.HTML).entries();
        return entries.isEmpty() ? "" : entries.get(0).formatted();
    }

    /**
     * A works-cited list on its own, for page-based sources (citation components in a works-cited component):
     * every item, in the style's order, with no citations to link back to.
     */
    public FormattedEssay formatList(List<Map<String, Object>> sources, String styleId, FormattingOptions options,
                                     String key) {
        List<FormattedEssay.Problem> problems = new ArrayList<>();
        CslStyle style = style(options.styleFor(styleId), options, problems);
        Map<String, CslItem> items = new LinkedHashMap<>();
        for (Map<String, Object> source : sources) {
            if (source.get("id") instanceof String id && !id.isBlank() && source.get("type") instanceof String) {
                items.putIfAbsent(id, CslItem.of(source));
            } else {
                problems.add(new FormattedEssay.Problem("incomplete-source", null,
                        "a citation has no key or no type and is left out of the list"));
            }
        }
        var session = engine.session(style, options.locale(), List.copyOf(items.values()));
        CslBibliography html = session.bibliography(CslFormat.HTML);
        List<FormattedEssay.Entry> entries = new ArrayList<>();
        for (CslBibliography.Entry entry : html.entries()) {
            entries.add(new FormattedEssay.Entry(entry.itemId(), CitationHtml.entryAnchor(entry.itemId()),
                    entry.formatted(), CitationHtml.plainText(entry.formatted()), List.of()));
        }
        return new FormattedEssay(key, style.id(), style.title(), options.locale(), style.isNoteStyle(), "",
                ListHeadings.of(style), html.hangingIndent(), List.copyOf(entries), List.of(), List.copyOf(problems), "");
    }

    private CslStyle style(String id, FormattingOptions options, List<FormattedEssay.Problem> problems) {
        try {
            return engine.style(id);
        } catch (CslException e) {
            problems.add(new FormattedEssay.Problem("style", null, e.getMessage()
                    + " The site's default style " + options.defaultStyle() + " is used instead."));
            try {
                return engine.style(options.defaultStyle());
            } catch (CslException fatal) {
                throw new IllegalStateException("the default citation style " + options.defaultStyle()
                        + " cannot be loaded: " + fatal.getMessage(), fatal);
            }
        }
    }

    private static void report(CitationReport report, List<FormattedEssay.Problem> problems) {
        for (CitationProblem problem : report.all()) {
            problems.add(new FormattedEssay.Problem(problem.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    problem.key(), problem.message()));
        }
    }


    static CslCite cite(Cite cite, String open, String close, boolean authorOnly, boolean suppressAuthor) {
        String prefix = cite.prefix().isEmpty() ? open : cite.prefix() + " " + open;
        String suffix = close + cite.suffix();
        return new CslCite(cite.key(), prefix.isEmpty() ? null : prefix, suffix.isEmpty() ? null : suffix,
                authorOnly ? null : cite.locator(), authorOnly ? null : cite.label(),
                suppressAuthor || cite.suppressAuthor(), authorOnly);
    }

    static CslCluster cluster(List<CslCite> cites, int noteIndex) {
        return new CslCluster(List.copyOf(cites), noteIndex);
    }
}
