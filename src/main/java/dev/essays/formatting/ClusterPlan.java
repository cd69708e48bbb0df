package dev.essays.formatting;

import dev.essays.citations.CitationCluster;
import dev.essays.citations.Cite;
import dev.essays.csl.CslCite;
import dev.essays.csl.CslCluster;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * How the body's marker clusters become CSL clusters, in document order: unknown keys are left out (and shown
 * as {@code [@key?]}), a narrative cite ({@code @key [118]}) becomes the author alone followed by the rest with the
 * author suppressed, and each cite is wrapped in private-use sentinel characters so its own text can be linked to
 * its entry after the processor has formatted, sorted and collapsed the cluster.
 */
final class ClusterPlan {

    private static final char OPEN = '\uE100';
    private static final char CLOSE = '\uE300';

    private final List<Planned> planned;
    private final Map<CitationCluster, Planned> byCluster;

    private ClusterPlan(List<Planned> planned, Map<CitationCluster, Planned> byCluster) {
        this.planned = planned;
        this.byCluster = byCluster;
    }

    static ClusterPlan of(List<CitationCluster> clusters, Set<String> known, boolean noteStyle) {
        List<Planned> planned = new ArrayList<>();
        Map<CitationCluster, Planned> byCluster = new IdentityHashMap<>();
        int number = 0;
        int cslIndex = 0;
        for (CitationCluster cluster : clusters) {
            List<Cite> cites = cluster.cites().stream().filter(c -> known.contains(c.key())).limit(200).toList();
            List<String> unknown = cluster.cites().stream().map(Cite::key).filter(k -> !known.contains(k)).distinct().toList();
            int cslClusters = cites.isEmpty() ? 0 : cluster.narrative() && cites.get(0).locator() != null ? 2 : 1;
            number += cites.isEmpty() ? 0 : 1;
            Planned p = new Planned(cluster, cites, unknown, cites.isEmpty() ? 0 : number, noteStyle ? number : 0,
                    cslIndex, cslClusters);
            cslIndex += cslClusters;
            planned.add(p);
            byCluster.put(cluster, p);
        }
        return new ClusterPlan(planned, byCluster);
    }

    /** The CSL clusters to format, in document order; {@code marked} adds the per-cite sentinels. */
    List<CslCluster> clusters(boolean marked) {
        List<CslCluster> out = new ArrayList<>();
        for (Planned p : planned) {
            out.addAll(p.cslClusters(marked));
        }
        return out;
    }

    Planned planFor(CitationCluster cluster) {
        return byCluster.get(cluster);
    }

    /** One marker cluster and where its formatted text sits in the processor's output. */
    record Planned(CitationCluster cluster, List<Cite> cites, List<String> unknownKeys, int number, int noteIndex,
                   int firstCslCluster, int cslClusterCount) {

        List<String> knownKeys() {
            return cites.stream().map(Cite::key).distinct().toList();
        }

        List<CslCluster> cslClusters(boolean marked) {
            if (cslClusterCount == 0) {
                return List.of();
            }
            if (cluster.narrative()) {
                Cite cite = cites.get(0);
                List<CslCluster> out = new ArrayList<>();
                out.add(CitationFormatter.cluster(List.of(CitationFormatter.cite(cite, open(0, marked), close(0, marked), true, false)), noteIndex));
                if (cslClusterCount == 2) {
                    out.add(CitationFormatter.cluster(List.of(CitationFormatter.cite(cite, "", "", false, true)), noteIndex));
                }
                return out;
            }
            List<CslCite> cslCites = new ArrayList<>();
            for (int i = 0; i < cites.size(); i++) {
                cslCites.add(CitationFormatter.cite(cites.get(i), open(i, marked), close(i, marked), false, false));
            }
            return List.of(CitationFormatter.cluster(cslCites, noteIndex));
        }

        /**
         * The cluster's HTML: each cite's own text linked to its entry when the sentinels came through the processor
         * untouched, else the whole cluster linked to its first source; then any unknown keys, visibly.
         */
        String render(List<String> plain, List<String> marked) {
            List<String> parts = new ArrayList<>();
            for (int i = firstCslCluster; i < firstCslCluster + cslClusterCount; i++) {
                String withSentinels = marked.get(i);
                String stripped = strip(withSentinels);
                parts.add(stripped.equals(plain.get(i))
                        ? link(withSentinels, index -> cites.get(index).key())
                        : CitationHtml.link(cites.get(0).key(), plain.get(i)));
            }
            for (String key : unknownKeys) {
                parts.add(CitationHtml.unknown(key));
            }
            return String.join(" ", parts);
        }

        private static String open(int index, boolean marked) {
            return marked ? String.valueOf((char) (OPEN + index)) : "";
        }

        private static String close(int index, boolean marked) {
            return marked ? String.valueOf((char) (CLOSE + index)) : "";
        }
    }

    static String strip(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSentinel(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String link(String text, Function<Integer, String> keyOf) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= OPEN && c < OPEN + 0x100) {
                out.append(CitationHtml.linkOpen(keyOf.apply(c - OPEN)));
            } else if (c >= CLOSE && c < CLOSE + 0x100) {
                out.append("</a>");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isSentinel(char c) {
        return (c >= OPEN && c < OPEN + 0x100) || (c >= CLOSE && c < CLOSE + 0x100);
    }
}
