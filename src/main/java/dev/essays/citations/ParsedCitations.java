package dev.essays.citations;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The citation markers of one essay body, in document order, and the problems met while reading them.
 */
public record ParsedCitations(List<CitationCluster> clusters, List<CitationProblem> problems) {

    public ParsedCitations {
        clusters = List.copyOf(clusters);
        problems = List.copyOf(problems);
    }

    /** Every cite of every cluster, in document order. */
    public List<Cite> cites() {
        List<Cite> all = new ArrayList<>();
        for (CitationCluster c : clusters) {
            all.addAll(c.cites());
        }
        return all;
    }

    /** The distinct cited keys in order of first citation. */
    public Set<String> citedKeys() {
        Set<String> keys = new LinkedHashSet<>();
        for (Cite c : cites()) {
            keys.add(c.key());
        }
        return keys;
    }
}
