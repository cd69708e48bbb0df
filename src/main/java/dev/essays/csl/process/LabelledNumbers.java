package dev.essays.csl.process;

import dev.essays.csl.locale.CslLocale;
import dev.essays.csl.numbers.Numbers;
import dev.essays.csl.numbers.PageRanges;

/**
 * A number variable that goes on with labelled parts after its leading number, as in an edition "7, p. 3-8": the
 * leading number takes the element's form, each label is rewritten as the locale's short term in the number the
 * numbers after it call for ("pp. 3–8"), and those numbers stay plain.
 */
final class LabelledNumbers {
    private LabelledNumbers() {}

    /** The formatted value, or null when it is not a leading number followed by labelled numbers. */
    static String format(String value, String form, String gender, CslLocale locale) {
        String[] parts = value.split(",");
        if (parts.length < 2 || !Numbers.isNumeric(parts[0])) {
            return null;
        }
        StringBuilder out = new StringBuilder(Numbers.format(parts[0], form, locale, gender));
        int i = 1;
        while (i < parts.length) {
            String part = parts[i].strip();
            int space = part.indexOf(' ');
            String term = space < 0 ? null : locatorTerm(part.substring(0, space), locale);
            if (term == null || !Numbers.isNumeric(part.substring(space + 1))) {
                return null;
            }
            StringBuilder numbers = new StringBuilder(part.substring(space + 1).strip());
            for (i++; i < parts.length && Numbers.isNumeric(parts[i]); i++) {
                numbers.append(", ").append(parts[i].strip());
            }
            String n = numbers.toString();
            boolean plural = PageRanges.isPlural(n, locale.term("and", "long", false));
            out.append(", ").append(locale.term(term, "short", plural)).append(' ')
                    .append(Numbers.format(n, "numeric", locale, gender));
        }
        return out.toString();
    }

    /** The locator term whose short form (singular or plural) is this label, or null. */
    private static String locatorTerm(String label, CslLocale locale) {
        for (String term : Renderer.LOCATOR_TERMS) {
            if (label.equals(locale.term(term, "short", false)) || label.equals(locale.term(term, "short", true))) {
                return term;
            }
        }
        return null;
    }
}
