package dev.essays.citations.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * BibTeX name lists ({@code "Doe, Jane and van der Berg, Jr., Hans and {World Health Organization}"}) to and from
 * CSL-JSON names, following BibTeX's rules: names split at a top-level "and"; the forms "First von Last",
 * "von Last, First" and "von Last, Jr, First"; the von part is the run of words starting in lower case (a CSL
 * dropping particle, as Pandoc reads it); braces protect; a name entirely in braces is a literal (an institution);
 * "and others" is dropped.
 */
final class BibNames {

    private BibNames() {
    }

    static List<Map<String, Object>> parse(String latex) {
        List<Map<String, Object>> names = new ArrayList<>();
        for (String raw : splitAnd(latex)) {
            String name = raw.trim();
            if (name.isEmpty() || name.equalsIgnoreCase("others")) {
                continue;
            }
            names.add(parseOne(name));
        }
        return names;
    }

    private static Map<String, Object> parseOne(String name) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (name.startsWith("{") && Latex.closing(name, 0, name.length()) == name.length() - 1) {
            out.put("literal", Latex.toUnicode(name));
            return out;
        }
        List<String> commaParts = splitCommas(name);
        List<String> first;
        List<String> von = new ArrayList<>();
        List<String> last = new ArrayList<>();
        String jr = null;
        if (commaParts.size() == 1) {
            List<String> words = words(commaParts.get(0));
            int n = words.size();
            int vonStart = -1;
            int vonEnd = -1;
            for (int i = 0; i < n - 1; i++) {
                if (lower(words.get(i))) {
                    if (vonStart < 0) {
                        vonStart = i;
                    }
                    vonEnd = i;
                }
            }
            if (vonStart < 0) {
                first = words.subList(0, n - 1);
                last.add(words.get(n - 1));
            } else {
                first = words.subList(0, vonStart);
                von.addAll(words.subList(vonStart, vonEnd + 1));
                last.addAll(words.subList(vonEnd + 1, n));
            }
        } else {
            List<String> words = words(commaParts.get(0));
            int i = 0;
            while (i < words.size() - 1 && lower(words.get(i))) {
                von.add(words.get(i));
                i++;
            }
            last.addAll(words.subList(i, words.size()));
            if (commaParts.size() >= 3) {
                jr = commaParts.get(1).trim();
                first = words(String.join(",", commaParts.subList(2, commaParts.size())));
            } else {
                first = words(commaParts.get(1));
            }
        }
        put(out, "family", last);
        put(out, "given", first);
        // As Pandoc and BibLaTeX's default (useprefix=false): the von part is dropped when the family name stands alone.
        put(out, "dropping-particle", von);
        if (jr != null && !jr.isEmpty()) {
            out.put("suffix", Latex.toUnicode(jr));
        }
        if (out.isEmpty()) {
            out.put("literal", Latex.toUnicode(name));
        }
        return out;
    }

    private static void put(Map<String, Object> out, String part, List<String> words) {
        String s = Latex.toUnicode(String.join(" ", words));
        if (!s.isEmpty()) {
            out.put(part, s);
        }
    }

    /** A word is lower case when its first letter at brace depth 0 (or inside a special-character group) is. */
    private static boolean lower(String word) {
        int depth = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '{') {
                if (depth == 0 && i + 1 < word.length() && word.charAt(i + 1) == '\\') {
                    String u = Latex.toUnicode(word.substring(i, Math.min(word.length(), Latex.closing(word, i, word.length()) + 1)));
                    for (int k = 0; k < u.length(); k++) {
                        if (Character.isLetter(u.charAt(k))) {
                            return Character.isLowerCase(u.charAt(k));
                        }
                    }
                    return false;
                }
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (depth == 0 && Character.isLetter(c)) {
                return Character.isLowerCase(c);
            } else if (depth > 0) {
                return false;
            }
        }
        return false;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
            if (depth == 0 && (Character.isWhitespace(c) || c == '~')) {
                if (w.length() > 0) {
                    out.add(w.toString());
                    w.setLength(0);
                }
            } else {
                w.append(c);
            }
        }
        if (w.length() > 0) {
            out.add(w.toString());
        }
        return out;
    }

    private static List<String> splitCommas(String s) {
        return splitTopLevel(s, (text, i) -> text.charAt(i) == ',' ? 1 : 0);
    }

    /** Splits at top-level " and " (any case, surrounded by white space), as BibTeX name and literal lists do. */
    static List<String> splitAnd(String s) {
        return splitTopLevel(s, (text, i) -> Character.isWhitespace(text.charAt(i)) && text.regionMatches(true, i + 1, "and", 0, 3)
                && (i + 4 == text.length() || Character.isWhitespace(text.charAt(i + 4))) ? 5 : 0);
    }

    /** How long a separator starting at {@code i} is, 0 when there is none there. */
    @FunctionalInterface
    private interface Separator {
        int lengthAt(String text, int i);
    }

    /** Splits at separators outside braces: a braced group is one word to BibTeX. */
    private static List<String> splitTopLevel(String s, Separator separator) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int length;
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (depth == 0 && (length = separator.lengthAt(s, i)) > 0) {
                out.add(s.substring(start, i));
                start = Math.min(s.length(), i + length);
                i += length - 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }

    /** BibTeX for a list of CSL names, joined with " and ". */
    static String format(Object names, boolean ascii) {
        if (!(names instanceof List<?> list)) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof Map<?, ?> n)) {
                continue;
            }
            String literal = str(n.get("literal"));
            String family = str(n.get("family"));
            String given = str(n.get("given"));
            if (family.isEmpty() && !literal.isEmpty()) {
                out.add("{" + Latex.fromUnicode(literal, ascii) + "}");
                continue;
            }
            if (family.isEmpty()) {
                family = given;
                given = "";
            }
            String von = (str(n.get("dropping-particle")) + " " + str(n.get("non-dropping-particle"))).trim();
            String suffix = str(n.get("suffix"));
            String fam = Latex.fromUnicode(family, ascii);
            if (family.contains(",") || family.toLowerCase(Locale.ROOT).contains(" and ")
                    || Character.isLowerCase(family.codePointAt(0)) || family.contains(" ") && von.isEmpty()
                    && lowerWordInside(family)) {
                fam = "{" + fam + "}";
            }
            StringBuilder b = new StringBuilder();
            if (!von.isEmpty()) {
                b.append(Latex.fromUnicode(von, ascii)).append(' ');
            }
            b.append(fam);
            if (!suffix.isEmpty()) {
                b.append(", ").append(Latex.fromUnicode(suffix, ascii));
                b.append(", ").append(Latex.fromUnicode(given, ascii));
            } else if (!given.isEmpty()) {
                b.append(", ").append(Latex.fromUnicode(given, ascii));
            }
            out.add(b.toString());
        }
        return out.isEmpty() ? null : String.join(" and ", out);
    }

    private static boolean lowerWordInside(String family) {
        for (String w : family.split("\\s+")) {
            if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static String str(Object o) {
        return o == null ? "" : String.valueOf(o).trim();
    }
}
