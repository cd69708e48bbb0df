package dev.essays.csl.names;

import dev.essays.csl.style.CslNode;
import java.util.Map;

/** The options of one cs:name element after inheritance from style, citation/bibliography and cs:names. */
public record NameOptions(String and, String delimiter, String delimiterPrecedesEtAl, String delimiterPrecedesLast,
                          int etAlMin, int etAlUseFirst, boolean etAlUseLast, int etAlSubsequentMin,
                          int etAlSubsequentUseFirst, boolean initialize, String initializeWith,
                          boolean initializeWithHyphen, String nameAsSortOrder, String sortSeparator, String form,
                          String demoteNonDroppingParticle, CslNode familyPart, CslNode givenPart,
                          CslNode nameNode) {

    /** attrs: inherited attributes merged in order (outermost first); name: the cs:name element or null. */
    public static NameOptions of(Map<String, String> attrs, CslNode name) {
        java.util.function.Function<String, String> a = attrs::get;
        int etAlMin = intOr(a.apply("et-al-min"), 0);
        int useFirst = intOr(a.apply("et-al-use-first"), -1); // -1: not set, so no truncation
        CslNode family = null;
        CslNode given = null;
        if (name != null) {
            for (CslNode p : name.childrenNamed("name-part")) {
                if ("family".equals(p.attr("name"))) {
                    family = p;
                } else if ("given".equals(p.attr("name"))) {
                    given = p;
                }
            }
        }
        return new NameOptions(a.apply("and"), orDefault(a.apply("delimiter"), ", "),
                orDefault(a.apply("delimiter-precedes-et-al"), "contextual"),
                orDefault(a.apply("delimiter-precedes-last"), "contextual"), etAlMin, useFirst,
                "true".equals(a.apply("et-al-use-last")), intOr(a.apply("et-al-subsequent-min"), etAlMin),
                intOr(a.apply("et-al-subsequent-use-first"), useFirst), !"false".equals(a.apply("initialize")),
                a.apply("initialize-with"), !"false".equals(a.apply("initialize-with-hyphen")),
                a.apply("name-as-sort-order"), orDefault(a.apply("sort-separator"), ", "),
                orDefault(a.apply("form"), "long"), orDefault(a.apply("demote-non-dropping-particle"),
                        "display-and-sort"), family, given, name);
    }

    private static String orDefault(String v, String d) {
        return v == null ? d : v;
    }

    private static int intOr(String v, int d) {
        if (v == null) {
            return d;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            return d;
        }
    }

    public NameOptions withForm(String newForm) {
        return new NameOptions(and, delimiter, delimiterPrecedesEtAl, delimiterPrecedesLast, etAlMin, etAlUseFirst,
                etAlUseLast, etAlSubsequentMin, etAlSubsequentUseFirst, initialize, initializeWith,
                initializeWithHyphen, nameAsSortOrder, sortSeparator, newForm, demoteNonDroppingParticle, familyPart,
                givenPart, nameNode);
    }

    public NameOptions withInitializeWith(String newInitializeWith) {
        return new NameOptions(and, delimiter, delimiterPrecedesEtAl, delimiterPrecedesLast, etAlMin, etAlUseFirst,
                etAlUseLast, etAlSubsequentMin, etAlSubsequentUseFirst, initialize, newInitializeWith,
                initializeWithHyphen, nameAsSortOrder, sortSeparator, form, demoteNonDroppingParticle, familyPart,
                givenPart, nameNode);
    }
}
