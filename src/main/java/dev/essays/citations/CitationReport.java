package dev.essays.citations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an editor should know about an essay's citations: cited keys with no source, sources never cited, keys used
 * by more than one source, and markers whose locator could not be read.
 *
 * @param unknownKeys    one problem per citation of a key that has no source (in document order)
 * @param neverCited     keys of sources that no citation cites (in source order)
 * @param duplicateKeys  keys that more than one source has (in source order)
 * @param markerProblems malformed locators, unknown labels, markers crossing markup and keys nested in a cite, from
 *                       the parser
 */
public record CitationReport(List<CitationProblem> unknownKeys, List<String> neverCited, List<String> duplicateKeys,
                             List<CitationProblem> markerProblems) {

    public CitationReport {
        unknownKeys = List.copyOf(unknownKeys);
        neverCited = List.copyOf(neverCited);
        duplicateKeys = List.copyOf(duplicateKeys);
        markerProblems = List.copyOf(markerProblems);
    }

    /** The report for a parsed body and the keys of the essay's sources (in their order, duplicates included). */
    public static CitationReport of(ParsedCitations parsed, List<String> sourceKeys) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String k : sourceKeys) {
            counts.merge(k, 1, Integer::sum);
        }
        List<CitationProblem> unknown = new ArrayList<>();
        Set<String> cited = new HashSet<>();
        for (Cite c : parsed.cites()) {
            cited.add(c.key());
            if (!counts.containsKey(c.key())) {
                unknown.add(new CitationProblem(CitationProblem.Kind.UNKNOWN_KEY, c.key(), c.keyStart(), c.keyEnd(),
                        "no source has the key \u201C" + c.key() + "\u201D"));
            }
        }
        List<String> never = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        counts.forEach((k, n) -> {
            if (!cited.contains(k)) {
                never.add(k);
            }
            if (n > 1) {
                duplicates.add(k);
            }
        });
        return new CitationReport(unknown, never, duplicates, parsed.problems());
    }

    /** The distinct unknown keys in order of first citation. */
    public Set<String> unknownKeySet() {
        Set<String> keys = new LinkedHashSet<>();
        unknownKeys.forEach(p -> keys.add(p.key()));
        return keys;
    }

    /** True when there is nothing to report. */
    public boolean clean() {
        return unknownKeys.isEmpty() && neverCited.isEmpty() && duplicateKeys.isEmpty() && markerProblems.isEmpty();
    }

    /**
     * Every finding as a problem, in the order: marker problems and unknown keys by position, then duplicate keys,
     * then never-cited sources (these two have no position: start and end are -1).
     */
    public List<CitationProblem> all() {
        List<CitationProblem> all = new ArrayList<>(markerProblems);
        all.addAll(unknownKeys);
        all.sort((a, b) -> Integer.compare(a.start(), b.start()));
        for (String k : duplicateKeys) {
            all.add(new CitationProblem(CitationProblem.Kind.DUPLICATE_KEY, k, -1, -1,
                    "more than one source has the key \u201C" + k + "\u201D"));
        }
        for (String k : neverCited) {
            all.add(new CitationProblem(CitationProblem.Kind.NEVER_CITED, k, -1, -1,
                    "the source \u201C" + k + "\u201D is never cited"));
        }
        return all;
    }
}
