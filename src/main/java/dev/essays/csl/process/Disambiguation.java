package dev.essays.csl.process;

import java.util.Arrays;

/** Per-item disambiguation state, raised step by step until cites differ. */
final class Disambiguation {
    /** Names shown beyond et-al-use-first. */
    int extraNames;
    /** NameFormatter level per name position (0 = as styled). */
    int[] givenLevels = new int[0];
    /** Level applied to every name (givenname rules that expand all names). */
    int allGivenLevel;
    /** Global givenname rules: level per name key (family|given), shared by all items of a document. */
    java.util.Map<String, Integer> nameLevels = java.util.Map.of();
    boolean primaryOnly;
    /** How many disambiguate="true" tests of a rendering pass, in rendering order (ALL = every one). */
    int conditionLevel;
    static final int ALL = Integer.MAX_VALUE;
    String yearSuffix;

    int givenLevel(int index) {
        int own = index < givenLevels.length ? givenLevels[index] : 0;
        return Math.max(own, allGivenLevel);
    }

    int levelFor(dev.essays.csl.names.Name name, int index) {
        int level = givenLevel(index);
        if (!nameLevels.isEmpty() && (!primaryOnly || index == 0)) {
            level = Math.max(level, nameLevels.getOrDefault(nameKey(name), 0));
        }
        return level;
    }

    static String nameKey(dev.essays.csl.names.Name n) {
        return n.family() + "|" + n.nonDroppingParticle() + "|" + n.given();
    }

    void setGivenLevel(int index, int level) {
        if (index >= givenLevels.length) {
            givenLevels = Arrays.copyOf(givenLevels, index + 1);
        }
        givenLevels[index] = level;
    }

    Disambiguation copy() {
        Disambiguation d = new Disambiguation();
        d.extraNames = extraNames;
        d.givenLevels = givenLevels.clone();
        d.allGivenLevel = allGivenLevel;
        d.nameLevels = nameLevels;
        d.primaryOnly = primaryOnly;
        d.conditionLevel = conditionLevel;
        d.yearSuffix = yearSuffix;
        return d;
    }
}
