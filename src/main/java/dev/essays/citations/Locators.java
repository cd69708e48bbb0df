package dev.essays.citations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Locator labels as Pandoc reads them (the English CSL locale's terms: long, short, plural and symbol forms,
 * case-insensitive), mapped to CSL locator types, and the reading of a cite's text after its key into
 * locator, label and suffix.
 */
public final class Locators {

    /** Term (lower case) → CSL locator type, longest terms first so that "pp." wins over "p.". */
    private static final List<Map.Entry<String, String>> TERMS;

    static {
        Map<String, String> t = new LinkedHashMap<>();
        terms(t, "act", "act", "acts", "act.", "acts.");
        terms(t, "appendix", "appendix", "appendices", "app.", "apps.");
        terms(t, "article-locator", "article", "articles", "art.", "arts.");
        terms(t, "book", "book", "books", "bk.", "bks.");
        terms(t, "canon", "canon", "canons");
        terms(t, "chapter", "chapter", "chapters", "chap.", "chaps.", "ch.", "chs.");
        terms(t, "column", "column", "columns", "col.", "cols.");
        terms(t, "equation", "equation", "equations", "eq.", "eqs.");
        terms(t, "figure", "figure", "figures", "fig.", "figs.");
        terms(t, "folio", "folio", "folios", "fol.", "fols.");
        terms(t, "line", "line", "lines", "l.", "ll.");
        terms(t, "note", "note", "notes", "n.", "nn.");
        terms(t, "number", "number", "numbers", "no.", "nos.");
        terms(t, "opus", "opus", "opera", "op.", "opp.");
        terms(t, "page", "page", "pages", "p.", "pp.");
        terms(t, "paragraph", "paragraph", "paragraphs", "para.", "paras.", "\u00B6", "\u00B6\u00B6");
        terms(t, "part", "part", "parts", "pt.", "pts.");
        terms(t, "rule", "rule", "rules");
        terms(t, "scene", "scene", "scenes", "sc.", "scs.");
        terms(t, "section", "section", "sections", "sec.", "secs.", "\u00A7", "\u00A7\u00A7");
        terms(t, "sub-verbo", "sub verbo", "sub verbis", "s.v.", "s.vv.");
        terms(t, "table", "table", "tables", "tbl.", "tbls.");
        terms(t, "timestamp", "timestamp", "timestamps");
        terms(t, "title-locator", "title", "titles", "tit.", "tits.");
        terms(t, "verse", "verse", "verses", "v.", "vv.");
        terms(t, "volume", "volume", "volumes", "vol.", "vols.");
        List<Map.Entry<String, String>> list = new ArrayList<>(t.entrySet());
        list.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
        TERMS = List.copyOf(list);
    }

    private static final Pattern ROMAN = Pattern.compile(
            "(?i)(?=[mdclxvi])m{0,4}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})");
    /** A word ending in a period and followed by a number: looks like a label. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACES_NOT_NBSP = Pattern.compile("[\\s&&[^\\u00A0]]+");
    private static final Pattern LABEL_LIKE = Pattern.compile("(\\p{L}{1,12}\\.)[\\s\\u00A0]*[0-9]");

    private Locators() {
    }

    private static void terms(Map<String, String> t, String type, String... forms) {
        for (String f : forms) {
            t.put(f, type);
        }
    }

    /** The CSL locator type for a label term ({@code "pp."} → {@code page}), or {@code null}. */
    public static String labelFor(String term) {
        String lower = term.trim().toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> e : TERMS) {
            if (e.getKey().equals(lower)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** What {@link #read} found in a cite's text after its key. */
    record Reading(String locator, String label, String suffix, CitationProblem.Kind problem, String message,
                   int problemStart, int problemEnd) {
    }

    private record Term(String type, int end, boolean abbreviation) {
    }

    /**
     * Reads {@code s} (the text after a key, up to the end of the cite) into locator, label and suffix, as Pandoc
     * does: an optional comma, then a locator in braces, or a label and a value, or a bare number (a page);
     * further comma-separated numbers belong to the locator; the rest is the suffix. A label without a readable
     * value, or an unclosed brace, is reported and the whole text kept as suffix.
     * Problem positions are indices into {@code s}.
     */
    static Reading read(String s) {
        int n = s.length();
        int p = skipSpace(s, 0);
        if (p < n && s.charAt(p) == ',') {
            p = skipSpace(s, p + 1);
        }
        if (p >= n) {
            return plain(s);
        }
        char c = s.charAt(p);
        if (c == '{') {
            int close = matchingBrace(s, p);
            if (close < 0) {
                return new Reading(null, null, suffix(s), CitationProblem.Kind.MALFORMED_LOCATOR,
                        "locator brace { is never closed", p, n);
            }
            String inner = s.substring(p + 1, close).replace('\u00A0', ' ').trim();
            String rest = suffix(s.substring(close + 1));
            if (inner.isEmpty()) {
                return new Reading(null, null, rest, null, null, -1, -1);
            }
            Term term = term(inner, 0);
            if (term != null) {
                String value = inner.substring(term.end()).trim();
                if (!value.isEmpty()) {
                    return new Reading(value, term.type(), rest, null, null, -1, -1);
                }
            }
            return new Reading(inner, "page", rest, null, null, -1, -1);
        }
        Term term = term(s, p);
        if (term != null) {
            int v = skipSpace(s, term.end());
            if (v < n && s.charAt(v) == '{') {
                int close = matchingBrace(s, v);
                if (close < 0) {
                    return new Reading(null, null, suffix(s), CitationProblem.Kind.MALFORMED_LOCATOR,
                            "locator brace { is never closed", v, n);
                }
                String inner = s.substring(v + 1, close).replace('\u00A0', ' ').trim();
                if (!inner.isEmpty()) {
                    return new Reading(inner, term.type(), suffix(s.substring(close + 1)), null, null, -1, -1);
                }
            } else if (term.type().equals("sub-verbo")) {
                int comma = s.indexOf(',', v);
                int end = comma < 0 ? n : comma;
                String value = s.substring(v, end).replace('\u00A0', ' ').trim();
                if (!value.isEmpty()) {
                    return new Reading(value, term.type(), suffix(s.substring(end)), null, null, -1, -1);
                }
            } else {
                int end = value(s, v, true);
                if (end > v) {
                    return located(s, v, end, term.type());
                }
            }
            if (term.abbreviation()) {
                return new Reading(null, null, suffix(s), CitationProblem.Kind.MALFORMED_LOCATOR,
                        "label \u201C" + s.substring(p, term.end()).trim() + "\u201D has no locator after it",
                        p, Math.min(n, Math.max(term.end(), skipWord(s, v))));
            }
            return plain(s);
        }
        if (Character.isDigit(c) || bracketedNumber(s, p)) {
            int end = value(s, p, false);
            if (end > p) {
                return located(s, p, end, "page");
            }
        }
        var m = LABEL_LIKE.matcher(s);
        m.region(p, n);
        if (m.lookingAt()) {
            return new Reading(null, null, suffix(s), CitationProblem.Kind.UNKNOWN_LABEL,
                    "\u201C" + m.group(1) + "\u201D is not a locator label", p, p + m.group(1).length());
        }
        return plain(s);
    }

    private static Reading plain(String s) {
        return new Reading(null, null, suffix(s), null, null, -1, -1);
    }

    private static Reading located(String s, int from, int end, String type) {
        String value = SPACES.matcher(s.substring(from, end).replace('\u00A0', ' ')).replaceAll(" ").trim();
        String rest = suffix(s.substring(end));
        char last = value.charAt(value.length() - 1);
        if (last == '-' || last == '\u2013' || last == '\u2014') {
            return new Reading(value, type, rest, CitationProblem.Kind.MALFORMED_LOCATOR,
                    "locator \u201C" + value + "\u201D ends in an open range", from, end);
        }
        return new Reading(value, type, rest, null, null, -1, -1);
    }

    /** The label term at {@code p}, if any; a full-word term must end at a word boundary. */
    private static Term term(String s, int p) {
        for (Map.Entry<String, String> e : TERMS) {
            String t = e.getKey();
            if (!s.regionMatches(true, p, t, 0, t.length())) {
                continue;
            }
            int end = p + t.length();
            char last = t.charAt(t.length() - 1);
            boolean abbreviation = last == '.' || last == '\u00A7' || last == '\u00B6';
            if (end < s.length()) {
                char next = s.charAt(end);
                if (Character.isLetter(next) && !abbreviation) {
                    continue;
                }
                if (abbreviation && last == '.' && Character.isLetter(next)) {
                    continue;
                }
            }
            return new Term(e.getValue(), end, abbreviation);
        }
        return null;
    }

    /**
     * End of the locator value starting at {@code p}: one part, then more comma-separated parts as long as each
     * looks like a locator (as Pandoc reads them: "&amp;" and "and" end the locator). A first part without a label
     * must start with a digit.
     */
    private static int value(String s, int p, boolean labelled) {
        int end = part(s, p);
        if (end == p || !locatorLike(s.substring(p, end), labelled)) {
            return p;
        }
        while (true) {
            int q = skipSpace(s, end);
            int next;
            if (q < s.length() && s.charAt(q) == ',') {
                next = skipSpace(s, q + 1);
            } else {
                return end;
            }
            int partEnd = part(s, next);
            if (partEnd == next || !locatorLike(s.substring(next, partEnd), true)
                    || !(Character.isDigit(s.charAt(next)) || bracketedNumber(s, next)
                    || ROMAN.matcher(s.substring(next, partEnd)).matches())) {
                return end;
            }
            end = partEnd;
        }
    }

    private static int part(String s, int p) {
        int i = p;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) || "-\u2013\u2014.:/()[]'".indexOf(c) >= 0) {
                i++;
            } else {
                break;
            }
        }
        // a trailing full stop ends the sentence, not the locator
        while (i > p && s.charAt(i - 1) == '.') {
            i--;
        }
        return i;
    }

    /** {@code [89]}: a paragraph number as courts and some styles write it. */
    private static boolean bracketedNumber(String s, int p) {
        return p + 1 < s.length() && s.charAt(p) == '[' && Character.isDigit(s.charAt(p + 1));
    }

    private static boolean locatorLike(String part, boolean labelled) {
        if (part.isEmpty()) {
            return false;
        }
        if (Character.isDigit(part.charAt(0)) || bracketedNumber(part, 0)) {
            return true;
        }
        if (!labelled) {
            return false;
        }
        for (int i = 0; i < part.length(); i++) {
            if (Character.isDigit(part.charAt(i))) {
                return true;
            }
        }
        for (String piece : part.split("[-\u2013\u2014]")) {
            if (!piece.isEmpty() && !ROMAN.matcher(piece).matches()) {
                return part.length() == 1 && Character.isLetter(part.charAt(0));
            }
        }
        return true;
    }

    /** Whitespace runs become one space; trailing space goes; a leading space is kept. */
    private static String suffix(String s) {
        String collapsed = SPACES_NOT_NBSP.matcher(s).replaceAll(" ");
        int end = collapsed.length();
        while (end > 0 && Character.isWhitespace(collapsed.charAt(end - 1))) {
            end--;
        }
        return collapsed.substring(0, end);
    }

    private static int matchingBrace(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int skipWord(String s, int p) {
        int i = p;
        while (i < s.length() && !isSpace(s.charAt(i)) && s.charAt(i) != ',') {
            i++;
        }
        return i;
    }

    static int skipSpace(String s, int p) {
        int i = p;
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
