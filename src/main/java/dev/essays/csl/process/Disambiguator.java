package dev.essays.csl.process;

import dev.essays.csl.style.CslNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Makes ambiguous cites distinct, in the spec's order: add names, add given names, the disambiguate condition,
 * then year suffixes (assigned in registry order).
 */
final class Disambiguator {
    private final CslNode citation;
    /** Renders the probe cite of an item with a disambiguation state, as plain text. */
    private final BiFunction<String, Disambiguation, String> probe;

    Disambiguator(CslNode citation, BiFunction<String, Disambiguation, String> probe) {
        this.citation = citation;
        this.probe = probe;
    }

    Map<String, Disambiguation> run(List<String> idsInRegistryOrder) {
        Map<String, Disambiguation> state = new LinkedHashMap<>();
        for (String id : idsInRegistryOrder) {
            state.put(id, new Disambiguation());
        }
        boolean addNames = "true".equals(citation.attr("disambiguate-add-names"));
        boolean addGiven = "true".equals(citation.attr("disambiguate-add-givenname"));
        boolean addYear = "true".equals(citation.attr("disambiguate-add-year-suffix"));
        Map<String, String> keys = new HashMap<>();
        for (String id : idsInRegistryOrder) {
            keys.put(id, probe.apply(id, state.get(id)));
        }
        for (List<String> group : collisions(idsInRegistryOrder, keys)) {
            List<String> pending = group;
            if (addNames) {
                pending = addNames(pending, state, keys);
            }
            if (addGiven && pending.size() > 1) {
                pending = step(pending, state, keys, d -> d.givenLevel = 1);
                if (pending.size() > 1) {
                    pending = step(pending, state, keys, d -> d.givenLevel = 2);
                }
            }
            if (pending.size() > 1) {
                pending = step(pending, state, keys, d -> d.condition = true);
            }
        }
        if (addYear) {
            for (List<String> group : collisions(idsInRegistryOrder, keys)) {
                int n = 0;
                for (String id : group) {
                    state.get(id).yearSuffix = suffix(n++);
                }
            }
        }
        return state;
    }

    private List<String> addNames(List<String> group, Map<String, Disambiguation> state, Map<String, String> keys) {
        List<String> pending = group;
        for (int k = 1; k <= 50 && pending.size() > 1; k++) {
            final int extra = k;
            Map<String, String> before = new HashMap<>();
            pending.forEach(id -> before.put(id, keys.get(id)));
            List<String> next = step(pending, state, keys, d -> d.extraNames = extra);
            boolean changed = false;
            for (String id : pending) {
                if (!keys.get(id).equals(before.get(id))) {
                    changed = true;
                }
            }
            if (!changed) {
                for (String id : pending) {
                    state.get(id).extraNames = extra - 1;
                    keys.put(id, before.get(id));
                }
                break;
            }
            pending = next;
        }
        return pending;
    }

    /** Applies a change to all pending items; keeps it; returns those still colliding among themselves. */
    private List<String> step(List<String> pending, Map<String, Disambiguation> state, Map<String, String> keys,
                              java.util.function.Consumer<Disambiguation> change) {
        for (String id : pending) {
            Disambiguation d = state.get(id);
            change.accept(d);
            keys.put(id, probe.apply(id, d));
        }
        List<String> still = new ArrayList<>();
        for (List<String> g : collisions(pending, keys)) {
            still.addAll(g);
        }
        return still;
    }

    private static List<List<String>> collisions(List<String> ids, Map<String, String> keys) {
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        for (String id : ids) {
            byKey.computeIfAbsent(keys.get(id), k -> new ArrayList<>()).add(id);
        }
        List<List<String>> out = new ArrayList<>();
        for (List<String> g : byKey.values()) {
            if (g.size() > 1) {
                out.add(g);
            }
        }
        return out;
    }

    /** 0 → a, 25 → z, 26 → aa. */
    static String suffix(int n) {
        StringBuilder sb = new StringBuilder();
        int v = n;
        do {
            sb.insert(0, (char) ('a' + v % 26));
            v = v / 26 - 1;
        } while (v >= 0);
        return sb.toString();
    }
}
