package dev.essays.csl.process;

import java.text.Normalizer;

/**
 * Sort-key normalization: case and accents fold away, leading punctuation is dropped, and spaces and
 * punctuation is ignored; spaces sort below letters (so "A Hansen" precedes "Ab", and "Dale" precedes "Dalebout").
 */
final class SortKeys {
    private SortKeys() {}

    static String normalize(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        boolean leading = true;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c < 0x20) {
                sb.append(c);
                leading = false;
            } else if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
                leading = false;
            } else if (leading) {
                continue;
            } else if (Character.isWhitespace(c)) {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\u0002') {
                    sb.append('\u0002');
                }
            } else {
                // Punctuation inside a key still orders it, before any letter (as citeproc-js's collation does):
                // "Teens, Social" comes before "Teens' Social".
                sb.append('\u0001').append(c);
            }
        }
        return sb.toString();
    }
}
