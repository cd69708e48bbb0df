package dev.essays.csl.process;

/** Per-item disambiguation state, raised step by step until cites differ. */
final class Disambiguation {
    /** Names shown beyond et-al-use-first. */
    int extraNames;
    /** NameFormatter level for given names (0 = as styled). */
    int givenLevel;
    /** For add-givenname by name: how many leading names get the given-name level (MAX = all). */
    int givenNames = Integer.MAX_VALUE;
    boolean condition;
    String yearSuffix;

    Disambiguation copy() {
        Disambiguation d = new Disambiguation();
        d.extraNames = extraNames;
        d.givenLevel = givenLevel;
        d.givenNames = givenNames;
        d.condition = condition;
        d.yearSuffix = yearSuffix;
        return d;
    }
}
