package dev.essays.csl.suite;

import dev.essays.csl.CslBibliography;
import dev.essays.csl.CslCite;
import dev.essays.csl.CslCluster;
import dev.essays.csl.CslEngine;
import dev.essays.csl.CslException;
import dev.essays.csl.CslFormat;
import dev.essays.csl.CslItem;
import dev.essays.csl.CslSession;
import dev.essays.csl.CslStyle;
import dev.essays.csl.json.JsonReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs one fixture through the public API and renders the result the way the suite's RESULT section writes it. */
final class FixtureRunner {
    private FixtureRunner() {}

    static String run(Fixture f) throws CslException {
        CslStyle style = CslEngine.shared().parseStyle(f.section("CSL"));
        List<CslItem> items = CslItem.parseJsonArray(f.section("INPUT"));
        if (f.mode().equals("bibliography")) {
            if (f.section("CITATIONS") != null) {
                // The bibliography holds what the citations cite once every call has been processed.
                List<CslCluster> clusters = finalClusters(f.section("CITATIONS"));
                CslSession session = CslEngine.shared().session(style, null, citedOnly(items, clusters));
                session.cite(clusters, CslFormat.HTML);
                return bibliography(session.bibliography(CslFormat.HTML));
            }
            CslSession session = CslEngine.shared().session(style, null, items);
            if (f.section("CITATION-ITEMS") != null) {
                session.cite(citationItems(f.section("CITATION-ITEMS")), CslFormat.HTML);
            }
            return bibliography(session.bibliography(CslFormat.HTML));
        }
        if (f.section("CITATIONS") != null) {
            return citations(style, items, f.section("CITATIONS"), f.section("CSL"));
        }
        List<CslCluster> clusters;
        if (f.section("CITATION-ITEMS") != null) {
            clusters = citationItems(f.section("CITATION-ITEMS"));
        } else {
            clusters = List.of(new CslCluster(allInBibliographyOrder(style, items), 0));
        }
        CslSession session = CslEngine.shared().session(style, null, citedOnly(items, clusters));
        return String.join("\n", session.cite(clusters, CslFormat.HTML));
    }

    /** With no citations given, the suite cites every item once, in the order the bibliography sorts them. */
    private static List<CslCite> allInBibliographyOrder(CslStyle style, List<CslItem> items) {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        CslEngine.shared().session(style, null, items).bibliography(CslFormat.TEXT).entries()
                .forEach(e -> ids.add(e.itemId()));
        items.forEach(i -> ids.add(i.id()));
        return ids.stream().map(CslCite::of).toList();
    }

    /** In citation mode the suite registers only the cited items (they alone take part in disambiguation). */
    private static List<CslItem> citedOnly(List<CslItem> items, List<CslCluster> clusters) {
        java.util.Set<String> cited = new java.util.HashSet<>();
        clusters.forEach(c -> c.cites().forEach(cite -> cited.add(cite.itemId())));
        return items.stream().filter(i -> cited.contains(i.id())).toList();
    }

    private static String bibliography(CslBibliography bib) {
        StringBuilder sb = new StringBuilder("<div class=\"csl-bib-body\">\n");
        for (CslBibliography.Entry e : bib.entries()) {
            sb.append("  <div class=\"csl-entry\">").append(e.formatted()).append("</div>\n");
        }
        return sb.append("</div>").toString();
    }

    private static List<CslCluster> citationItems(String json) {
        List<CslCluster> clusters = new ArrayList<>();
        for (Object cluster : (List<?>) JsonReader.parse(json)) {
            clusters.add(new CslCluster(cites((List<?>) cluster), 0));
        }
        return clusters;
    }

    /**
     * The processCitationCluster format: each entry [citation, citationsPre, citationsPost]. The final document
     * order is that of the last call; citations changed by the last call are marked ">>", the others "..".
     */
    private static String citations(CslStyle style, List<CslItem> items, String json, String xml) {
        boolean showsNoteBackReferences = xml.contains("first-reference-note-number");
        boolean showsNumbers = xml.contains("\"citation-number\"");
        List<?> calls = (List<?>) JsonReader.parse(json);
        Map<String, CslCluster> byId = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        Map<String, String> before = Map.of();
        Map<String, String> after = Map.of();
        String lastId = null;
        for (Object call : calls) {
            List<?> parts = (List<?>) call;
            order = callOrder(byId, parts);
            lastId = String.valueOf(((Map<?, ?>) parts.get(0)).get("citationID"));
            before = after;
            List<String> rendered = render(style, items, byId, order);
            after = new LinkedHashMap<>();
            Map<String, String> numbers = itemNumbers(byId, order, showsNoteBackReferences, showsNumbers);
            for (int i = 0; i < order.size(); i++) {
                StringBuilder state = new StringBuilder(rendered.get(i)).append('\u0000');
                byId.get(order.get(i)).cites().forEach(c -> state.append(numbers.get(c.itemId())).append(' '));
                after.put(order.get(i), state.toString());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < order.size(); i++) {
            String id = order.get(i);
            boolean changed = id.equals(lastId) || !after.get(id).equals(before.get(id));
            if (sb.length() > 0) {
                sb.append('\n');
            }
            String state = after.get(id);
            sb.append(changed ? ">>" : "..").append('[').append(i).append("] ")
                    .append(state, 0, state.indexOf('\u0000'));
        }
        return sb.toString();
    }

    /** The clusters in document order after the last processCitationCluster call. */
    private static List<CslCluster> finalClusters(String json) {
        Map<String, CslCluster> byId = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        for (Object call : (List<?>) JsonReader.parse(json)) {
            order = callOrder(byId, (List<?>) call);
        }
        List<CslCluster> clusters = new ArrayList<>();
        order.forEach(id -> clusters.add(byId.get(id)));
        return clusters;
    }

    /** Applies one [citation, citationsPre, citationsPost] call; returns the document order it gives. */
    private static List<String> callOrder(Map<String, CslCluster> byId, List<?> parts) {
        Map<?, ?> citation = (Map<?, ?>) parts.get(0);
        String id = String.valueOf(citation.get("citationID"));
        Map<?, ?> props = (Map<?, ?>) citation.get("properties");
        int note = props == null || props.get("noteIndex") == null ? 0
                : ((Number) props.get("noteIndex")).intValue();
        byId.put(id, new CslCluster(cites((List<?>) citation.get("citationItems")), note));
        List<String> order = new ArrayList<>();
        for (Object pre : (List<?>) parts.get(1)) {
            order.add(renumber(byId, (List<?>) pre));
        }
        order.add(id);
        for (Object post : (List<?>) parts.get(2)) {
            order.add(renumber(byId, (List<?>) post));
        }
        return order;
    }

    /**
     * The numbers the style can print for each item apart from the citation text: the note of its first
     * reference, and its rank of first citation (the citation number when the bibliography is not sorted).
     * processCitationCluster re-issues a citation when one of them changes, even if its text stays the same.
     */
    private static Map<String, String> itemNumbers(Map<String, CslCluster> byId, List<String> order,
                                                   boolean noteBackReferences, boolean citationNumbers) {
        Map<String, String> numbers = new java.util.HashMap<>();
        for (String id : order) {
            CslCluster c = byId.get(id);
            for (CslCite cite : c.cites()) {
                numbers.computeIfAbsent(cite.itemId(), k -> (noteBackReferences ? c.noteIndex() : "") + "/"
                        + (citationNumbers ? numbers.size() + 1 : ""));
            }
        }
        return numbers;
    }

    /** A [citationID, noteIndex] pair: the note number given here is the citation's current one. */
    private static String renumber(Map<String, CslCluster> byId, List<?> pair) {
        String id = String.valueOf(pair.get(0));
        CslCluster c = byId.get(id);
        if (c != null && pair.size() > 1 && pair.get(1) instanceof Number n) {
            byId.put(id, new CslCluster(c.cites(), n.intValue()));
        }
        return id;
    }

    private static List<String> render(CslStyle style, List<CslItem> items, Map<String, CslCluster> byId,
                                       List<String> order) {
        List<CslCluster> clusters = new ArrayList<>();
        order.forEach(id -> clusters.add(byId.get(id)));
        return CslEngine.shared().session(style, null, citedOnly(items, clusters)).cite(clusters, CslFormat.HTML);
    }

    private static List<CslCite> cites(List<?> raw) {
        List<CslCite> cites = new ArrayList<>();
        for (Object o : raw) {
            Map<?, ?> m = (Map<?, ?>) o;
            cites.add(new CslCite(str(m.get("id")), str(m.get("prefix")), str(m.get("suffix")),
                    str(m.get("locator")), str(m.get("label")), Boolean.TRUE.equals(m.get("suppress-author")),
                    Boolean.TRUE.equals(m.get("author-only"))));
        }
        return cites;
    }

    private static String str(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Number n && n.doubleValue() == n.longValue()) {
            return Long.toString(n.longValue());
        }
        return o.toString();
    }
}
