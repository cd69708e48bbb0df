package dev.essays.csl.process;

import dev.essays.csl.names.Name;
import dev.essays.csl.names.NameFormatter;
import dev.essays.csl.style.CslNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Makes ambiguous cites distinct, in the spec's order: add names, add given names (name by name), the
 * disambiguate condition, then year suffixes (assigned in registry order). A step is kept only when it separates
 * cites that collided; steps that change nothing useful are undone.
 */
final class Disambiguator {
    private static final int MAX_NAMES = 30;
    private final CslNode citation;
    private final BiFunction<String, Disambiguation, String> probe;
    private final Map<String, Disambiguation> state = new LinkedHashMap<>();
    private final Map<String, String> keys = new HashMap<>();

    private final java.util.function.Function<String, List<Name>> namesOf;
    private final BiFunction<String, Disambiguation, String> subsequentProbe;

    /** disambiguate tests a citation rendering can meet (each call of a macro counts its own). */
    private final int conditionTests;

    Disambiguator(CslNode citation, int conditionTests, BiFunction<String, Disambiguation, String> probe,
                  BiFunction<String, Disambiguation, String> subsequentProbe,
                  java.util.function.Function<String, List<Name>> namesOf) {
        this.citation = citation;
        this.conditionTests = conditionTests;
        this.probe = probe;
        this.subsequentProbe = subsequentProbe;
        this.namesOf = namesOf;
    }

    Map<String, Disambiguation> run(List<String> idsInRegistryOrder) {
        for (String id : idsInRegistryOrder) {
            state.put(id, new Disambiguation());
        }
        boolean addNames = "true".equals(citation.attr("disambiguate-add-names"));
        boolean addGiven = "true".equals(citation.attr("disambiguate-add-givenname"));
        boolean addYear = "true".equals(citation.attr("disambiguate-add-year-suffix"));
        String rule = citation.attr("givenname-disambiguation-rule", "by-cite");
        boolean global = addGiven && !rule.equals("by-cite");
        if (global) {
            Map<String, Integer> levels = globalLevels(idsInRegistryOrder, !rule.endsWith("with-initials"),
                    rule.startsWith("primary-name"));
            for (String id : idsInRegistryOrder) {
                state.get(id).nameLevels = levels;
                state.get(id).primaryOnly = rule.startsWith("primary-name");
            }
        }
        rekey(idsInRegistryOrder);
        for (List<String> group : collisions(idsInRegistryOrder)) {
            List<List<String>> pending = List.of(group);
            // Names and given names alternate: expanding a given name can leave cites that need one more name.
            for (int round = 0; round < 4 && !pending.isEmpty(); round++) {
                List<List<String>> before = pending;
                if (addNames) {
                    pending = addNames(pending, addGiven && !global);
                }
                if (addGiven && !global) {
                    pending = addGivenNames(pending, rule);
                }
                if (pending.equals(before)) {
                    break;
                }
            }
            for (List<String> g : pending) {
                raiseConditionLevel(g, keys::get);
            }
        }
        // Later (subsequent) cites can collide where first cites do not ("Doe; Doe" in notes): those items
        // take the disambiguate condition too.
        if (subsequentProbe != null) {
            Map<String, List<String>> bySubsequent = new LinkedHashMap<>();
            for (String id : idsInRegistryOrder) {
                bySubsequent.computeIfAbsent(subsequentProbe.apply(id, state.get(id)), k -> new ArrayList<>()).add(id);
            }
            for (List<String> g : bySubsequent.values()) {
                if (g.size() > 1) {
                    raiseConditionLevel(g, id -> subsequentProbe.apply(id, state.get(id)));
                }
            }
        }
        if (addYear) {
            for (List<String> group : yearSuffixGroups(idsInRegistryOrder)) {
                int n = 0;
                for (String id : group) {
                    state.get(id).yearSuffix = suffix(n++);
                }
            }
        }
        return state;
    }

    /**
     * Items needing year suffixes: those whose first cites still collide, joined with those whose subsequent
     * cites would (a shorter et-al form can make distinct first cites ambiguous later). Registry order inside.
     */
    private List<List<String>> yearSuffixGroups(List<String> ids) {
        Map<String, String> subsequentKeys = new HashMap<>();
        for (String id : ids) {
            subsequentKeys.put(id, subsequentProbe == null ? keys.get(id) : subsequentProbe.apply(id, state.get(id)));
        }
        Map<String, String> root = new HashMap<>();
        for (String id : ids) {
            root.put(id, id);
        }
        for (Map<String, String> k : List.of(keys, subsequentKeys)) {
            Map<String, String> first = new HashMap<>();
            for (String id : ids) {
                String other = first.putIfAbsent(k.get(id), id);
                if (other != null) {
                    root.put(find(root, id), find(root, other));
                }
            }
        }
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String id : ids) {
            groups.computeIfAbsent(find(root, id), r -> new ArrayList<>()).add(id);
        }
        List<List<String>> out = new ArrayList<>();
        for (List<String> g : groups.values()) {
            if (g.size() > 1) {
                out.add(g);
            }
        }
        return out;
    }

    private static String find(Map<String, String> root, String id) {
        String r = id;
        while (!root.get(r).equals(r)) {
            r = root.get(r);
        }
        return r;
    }

    private void rekey(List<String> ids) {
        for (String id : ids) {
            keys.put(id, probe.apply(id, state.get(id)));
        }
    }

    /**
     * Global givenname rules: a name whose family name is shared by a different person gets initials, or its full
     * given name when initials still clash (unless the rule stops at initials).
     */
    private Map<String, Integer> globalLevels(List<String> ids, boolean allowFull, boolean primaryOnly) {
        Map<String, java.util.Set<String>> givensByFamily = new HashMap<>();
        Map<String, java.util.Set<String>> initialsByFamily = new HashMap<>();
        List<Name> all = new ArrayList<>();
        for (String id : ids) {
            List<Name> names = namesOf.apply(id);
            if (primaryOnly && names.size() > 1) {
                names = names.subList(0, 1);
            }
            for (Name n : names) {
                if (n.isLiteral() || n.given() == null) {
                    continue;
                }
                all.add(n);
                givensByFamily.computeIfAbsent(family(n), k -> new java.util.HashSet<>()).add(fullGiven(n));
            }
        }
        Map<String, Map<String, java.util.Set<String>>> givensByInitials = new HashMap<>();
        for (Name n : all) {
            givensByInitials.computeIfAbsent(family(n), k -> new HashMap<>())
                    .computeIfAbsent(initials(n), k -> new java.util.HashSet<>()).add(fullGiven(n));
        }
        Map<String, Integer> levels = new HashMap<>();
        for (Name n : all) {
            if (givensByFamily.get(family(n)).size() < 2) {
                continue;
            }
            boolean initialsClash = givensByInitials.get(family(n)).get(initials(n)).size() > 1;
            int level = initialsClash ? (allowFull ? 2 : 0) : 1;
            if (level > 0) {
                levels.put(Disambiguation.nameKey(n), level);
            }
        }
        return levels;
    }

    private static String family(Name n) {
        return n.nonDroppingParticle() + " " + n.family();
    }

    private static String fullGiven(Name n) {
        return NameFormatter.initialize(n.given(), ". ", false, true);
    }

    private static String initials(Name n) {
        return NameFormatter.initialize(n.given(), ".", true, true);
    }

    private List<List<String>> addNames(List<List<String>> groups, boolean givenToo) {
        List<List<String>> done = new ArrayList<>();
        Deque<List<String>> pending = new ArrayDeque<>(groups);
        while (!pending.isEmpty()) {
            List<String> g = pending.pop();
            int base = 0;
            int limit = 0;
            for (String id : g) {
                base = Math.max(base, state.get(id).extraNames);
                limit = Math.max(limit, namesOf.apply(id).size());
            }
            boolean separated = false;
            boolean needsGiven = false;
            Map<String, Disambiguation> saved = snapshot(g);
            for (int k = base + 1; k <= Math.min(limit, MAX_NAMES) && !separated; k++) {
                final int extra = k;
                for (String id : g) {
                    state.get(id).extraNames = extra;
                }
                rekey(g);
                if (distinct(g) > 1) {
                    separated = true;
                } else if (givenToo && separatesWithFullNames(g)) {
                    separated = true;
                    needsGiven = true;
                }
            }
            if (separated && needsGiven) {
                done.add(g); // the given-name step finishes the job at this name count
            } else if (separated) {
                pending.addAll(collisions(g));
            } else {
                restore(g, saved);
                done.add(g);
            }
        }
        return done;
    }

    /** Would expanding every given name at the current name count tell these cites apart? */
    private boolean separatesWithFullNames(List<String> g) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String id : g) {
            Disambiguation d = state.get(id).copy();
            d.allGivenLevel = 2;
            seen.add(probe.apply(id, d));
        }
        return seen.size() > 1;
    }

    private List<List<String>> addGivenNames(List<List<String>> groups, String rule) {
        List<List<String>> done = new ArrayList<>();
        for (List<String> g0 : groups) {
            List<List<String>> current = new ArrayList<>(List.of(g0));
            int most = 0;
            for (String id : g0) {
                most = Math.max(most, namesOf.apply(id).size());
            }
            int maxIndex = rule.startsWith("primary-name") ? 1 : Math.min(most, MAX_NAMES);
            for (int i = 0; i < maxIndex && !current.isEmpty(); i++) {
                List<List<String>> next = new ArrayList<>();
                for (List<String> g : current) {
                    boolean separated = false;
                    int before = distinct(g);
                    Map<String, Disambiguation> saved = snapshot(g);
                    int topLevel = rule.endsWith("with-initials") ? 1 : 2;
                    for (int level = 1; level <= topLevel && !separated; level++) {
                        final int idx = i;
                        final int lv = level;
                        for (String id : g) {
                            state.get(id).setGivenLevel(idx, lv);
                        }
                        rekey(g);
                        if (distinct(g) > before) {
                            separated = true;
                        }
                    }
                    if (!separated) {
                        restore(g, saved);
                        next.add(g);
                    } else {
                        next.addAll(collisions(g));
                    }
                }
                current = next;
            }
            done.addAll(current);
        }
        return done;
    }

    /**
     * The disambiguate condition, one test at a time: cites take the fewest disambiguate="true" branches that
     * tell them apart; those still alike after every branch keep them all.
     */
    private void raiseConditionLevel(List<String> g, java.util.function.Function<String, String> key) {
        List<List<String>> pending = List.of(g);
        for (int level = 1; level <= conditionTests && !pending.isEmpty(); level++) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> same : pending) {
                final int lv = level;
                stepKeepAlways(same, d -> d.conditionLevel = Math.max(d.conditionLevel, lv));
                Map<String, List<String>> byKey = new LinkedHashMap<>();
                for (String id : same) {
                    byKey.computeIfAbsent(key.apply(id), k -> new ArrayList<>()).add(id);
                }
                byKey.values().stream().filter(c -> c.size() > 1).forEach(next::add);
            }
            pending = next;
        }
        for (List<String> same : pending) {
            stepKeepAlways(same, d -> d.conditionLevel = Disambiguation.ALL);
        }
    }

    private void stepKeepAlways(List<String> g, Consumer<Disambiguation> change) {
        for (String id : g) {
            change.accept(state.get(id));
        }
        rekey(g);
    }

    private Map<String, Disambiguation> snapshot(List<String> g) {
        Map<String, Disambiguation> m = new HashMap<>();
        for (String id : g) {
            m.put(id, state.get(id).copy());
        }
        return m;
    }

    private void restore(List<String> g, Map<String, Disambiguation> saved) {
        for (String id : g) {
            state.put(id, saved.get(id));
        }
        rekey(g);
    }

    private int distinct(List<String> g) {
        HashSet<String> s = new HashSet<>();
        for (String id : g) {
            s.add(keys.get(id));
        }
        return s.size();
    }

    private List<List<String>> collisions(List<String> ids) {
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
