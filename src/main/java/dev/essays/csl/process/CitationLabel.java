package dev.essays.csl.process;

import dev.essays.csl.dates.DateValue;
import dev.essays.csl.names.Name;
import java.util.List;

/** The citation-label variable when the item has none: a trigraph of author names and the year ("RoNo78"). */
final class CitationLabel {
    private CitationLabel() {}

    static String generate(ItemData item) {
        List<Name> names = item.names("author");
        if (names.isEmpty()) {
            names = item.names("editor");
        }
        StringBuilder sb = new StringBuilder();
        int n = names.size();
        if (n == 1) {
            sb.append(letters(names.get(0), 4));
        } else if (n == 2) {
            sb.append(letters(names.get(0), 2)).append(letters(names.get(1), 2));
        } else if (n == 3) {
            sb.append(letters(names.get(0), 2)).append(letters(names.get(1), 1)).append(letters(names.get(2), 1));
        } else {
            for (int i = 0; i < Math.min(4, n); i++) {
                sb.append(letters(names.get(i), 1));
            }
        }
        DateValue d = item.date("issued");
        if (d != null && d.hasYear()) {
            sb.append(String.format("%02d", Math.abs(d.start()[0]) % 100));
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private static String letters(Name n, int count) {
        String family = n.isLiteral() ? n.literalText() : n.family();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < family.length() && sb.length() < count; i++) {
            char c = family.charAt(i);
            if (Character.isLetter(c)) {
                sb.append(sb.length() == 0 ? Character.toUpperCase(c) : Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }
}
