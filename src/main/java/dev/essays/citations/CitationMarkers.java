package dev.essays.citations;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Finds Pandoc citation markers in an essay body (HTML from the rich-text editor).
 *
 * <p>Syntax, as in Pandoc's manual ("Citation syntax"): bracketed clusters {@code [@key]},
 * {@code [see @a, pp. 33-35; also @b, chap. 3]}, {@code [-@key, 118]} (author suppressed); narrative citations
 * {@code @key} and {@code @key [118]}. A key starts with a letter, digit or {@code _} and goes on with
 * alphanumerics, {@code _} and single internal punctuation from {@code :.#$%&-+?<>~/}; any other key is written
 * {@code @{...}}. Markers are read in the visible text: not inside {@code <code>}, {@code <pre>}, scripts, comments
 * or attribute values, not across paragraphs, and an {@code @} preceded by a letter or digit (an e-mail address)
 * starts nothing. Problems are collected, never thrown.
 *
 * <pre>{@code
 * ParsedCitations parsed = CitationMarkers.parse("<p>As Ostrow notes [see @ostrow2013, 118].</p>");
 * Cite cite = parsed.clusters().get(0).cites().get(0);   // key ostrow2013, prefix "see", locator 118, page
 * }</pre>
 */
public final class CitationMarkers {

    private static final java.util.regex.Pattern SPACES_NOT_NBSP = java.util.regex.Pattern.compile("[\\s&&[^\\u00A0]]+");
    /** Longest marker considered, in text characters: bounds the work on pathological input. */
    static final int MAX_MARKER = 2000;
    /** Longest braced key considered. */
    static final int MAX_BRACED_KEY = 500;
    private static final String INTERNAL_PUNCT = ":.#$%&-+?<>~/";
    /** Characters that, right before an {@code @}, make it part of a word, an address or a URL. */
    private static final String NOT_BEFORE_AT = "_@.-+:/&%#$?~=*\\";

    private CitationMarkers() {
    }

    /** All markers of {@code html} in document order, and the problems found in them. */
    public static ParsedCitations parse(String html) {
        return new Scan(HtmlText.of(html)).run();
    }

    /**
     * {@code html} with each cluster's marker replaced by {@code replacement.apply(cluster)} (HTML, inserted as
     * given). The clusters must come from {@link #parse} of the same {@code html}.
     */
    public static String replace(String html, List<CitationCluster> clusters,
                                 Function<CitationCluster, String> replacement) {
        StringBuilder out = new StringBuilder(html.length() + clusters.size() * 64);
        int at = 0;
        for (CitationCluster c : clusters) {
            if (c.start() < at || c.end() > html.length()) {
                throw new IllegalArgumentException("clusters are not from this html, in order");
            }
            out.append(html, at, c.start()).append(replacement.apply(c));
            at = c.end();
        }
        return out.append(html, at, html.length()).toString();
    }

    private static final class Scan {
        private final HtmlText h;
        private final String t;
        private final List<CitationCluster> clusters = new ArrayList<>();
        private final List<CitationProblem> problems = new ArrayList<>();

        private int[] closeWithBraces;
        private int[] closePlain;
        /** Number of at signs before each text index: a bracket without one is no cluster. */
        private int[] atsBefore;

        Scan(HtmlText h) {
            this.h = h;
            this.t = h.text;
            matchBrackets();
            atsBefore = new int[t.length() + 1];
            for (int i = 0; i < t.length(); i++) {
                atsBefore[i + 1] = atsBefore[i] + (t.charAt(i) == '@' ? 1 : 0);
            }
        }

        ParsedCitations run() {
            int i = 0;
            int n = t.length();
            while (i < n) {
                char c = t.charAt(i);
                if (c == '[') {
                    int end = bracketed(i);
                    if (end > i) {
                        i = end;
                        continue;
                    }
                } else if (c == '@' && narrativeStart(i)) {
                    int end = narrative(i);
                    if (end > i) {
                        i = end;
                        continue;
                    }
                }
                i++;
            }
            return new ParsedCitations(clusters, problems);
        }

        /** Reads a cluster opening at {@code open}; returns the text index after it, or {@code open}. */
        private int bracketed(int open) {
            int close = closingBracket(open);
            if (close < 0 || atsBefore[close] == atsBefore[open]) {
                return open;
            }
            List<int[]> parts = split(open + 1, close);
            List<Cite> cites = new ArrayList<>();
            List<CitationProblem> found = new ArrayList<>();
            for (int[] part : parts) {
                Cite cite = cite(part[0], part[1], found);
                if (cite == null) {
                    return open;
                }
                cites.add(cite);
            }
            add(open, close + 1, cites, found);
            return close + 1;
        }

        private int narrative(int at) {
            int keyEnd = key(at + 1);
            if (keyEnd < 0) {
                return at;
            }
            String key = keyText(at + 1, keyEnd);
            int end = keyEnd;
            Locators.Reading reading = new Locators.Reading(null, null, "", null, null, -1, -1);
            int readingBase = -1;
            int p = keyEnd;
            while (p < t.length() && p - keyEnd < 2 && (t.charAt(p) == ' ' || t.charAt(p) == '\u00A0')) {
                p++;
            }
            if (p < t.length() && t.charAt(p) == '[') {
                int close = closingBracket(p);
                if (close > 0 && !containsCite(p + 1, close)) {
                    String inner = t.substring(p + 1, close);
                    reading = Locators.read(inner);
                    readingBase = p + 1;
                    end = close + 1;
                }
            }
            List<CitationProblem> found = new ArrayList<>();
            if (end > keyEnd && !h.balancedMarkup(h.sourceStart(at), h.sourceEnd(end - 1))) {
                // @key [<em>p. 3]</em>: cite the key alone and leave the bracket as text
                found.add(new CitationProblem(CitationProblem.Kind.MARKER_CROSSES_MARKUP, key,
                        h.sourceStart(p), h.sourceEnd(end - 1),
                        "the bracket after \u201C@" + key + "\u201D starts and ends inside different elements; "
                                + "it is left as text"));
                reading = new Locators.Reading(null, null, "", null, null, -1, -1);
                end = keyEnd;
            }
            Cite cite = new Cite(key, "", reading.suffix(), reading.locator(), reading.label(), false, true,
                    h.sourceStart(at), h.sourceEnd(keyEnd - 1));
            problem(reading, readingBase, key, found);
            add(at, end, List.of(cite), found);
            return end;
        }

        private boolean add(int from, int to, List<Cite> cites, List<CitationProblem> found) {
            int start = h.sourceStart(from);
            int end = h.sourceEnd(to - 1);
            if (!h.balancedMarkup(start, end)) {
                problems.add(new CitationProblem(CitationProblem.Kind.MARKER_CROSSES_MARKUP,
                        cites.get(0).key(), start, end,
                        "citation marker starts and ends inside different elements; it is left as text"));
                return false;
            }
            clusters.add(new CitationCluster(start, end, cites));
            problems.addAll(found);
            return true;
        }

        /** One cite of a cluster from text {@code [from, to)}, or {@code null} if it has no key. */
        private Cite cite(int from, int to, List<CitationProblem> found) {
            for (int k = from; k < to; k++) {
                if (t.charAt(k) != '@') {
                    continue;
                }
                boolean suppress = k > from && t.charAt(k - 1) == '-'
                        && (k - 1 == from || Locators.isSpace(t.charAt(k - 2)));
                boolean startsWord = k == from || Locators.isSpace(t.charAt(k - 1)) || suppress;
                if (!startsWord) {
                    continue;
                }
                int keyEnd = key(k + 1);
                if (keyEnd < 0 || keyEnd > to) {
                    continue;
                }
                int markStart = suppress ? k - 1 : k;
                String prefix = trim(plain(from, markStart));
                String key = keyText(k + 1, keyEnd);
                String rest = t.substring(keyEnd, to);
                Locators.Reading reading = Locators.read(rest);
                problem(reading, keyEnd, key, found);
                nested(keyEnd, to, key, found);
                return new Cite(key, prefix, reading.suffix(), reading.locator(), reading.label(), suppress, false,
                        h.sourceStart(markStart), h.sourceEnd(keyEnd - 1));
            }
            return null;
        }

        /** A second key in a cite's suffix ({@code [@a compare @b]}) stays text here; Pandoc would cite it. */
        private void nested(int from, int to, String key, List<CitationProblem> found) {
            for (int k = from; k < to; k++) {
                if (t.charAt(k) == '@' && k > from && Locators.isSpace(t.charAt(k - 1))) {
                    int end = key(k + 1);
                    if (end > 0 && end <= to) {
                        found.add(new CitationProblem(CitationProblem.Kind.NESTED_CITATION, keyText(k + 1, end),
                                h.sourceStart(k), h.sourceEnd(end - 1), "\u201C@" + keyText(k + 1, end)
                                + "\u201D inside the citation of \u201C" + key
                                + "\u201D is shown as text; separate citations with \u201C;\u201D"));
                    }
                }
            }
        }

        private void problem(Locators.Reading r, int base, String key, List<CitationProblem> found) {
            if (r.problem() != null) {
                int s = h.sourceStart(base + r.problemStart());
                int e = h.sourceEnd(base + Math.max(r.problemStart(), r.problemEnd() - 1));
                found.add(new CitationProblem(r.problem(), key, s, e, r.message()));
            }
        }

        /**
         * End (text index after it) of a key starting at {@code p} (just after the {@code @}), or -1.
         */
        private int key(int p) {
            int n = t.length();
            if (p >= n) {
                return -1;
            }
            if (t.charAt(p) == '{') {
                int depth = 0;
                for (int i = p; i < n && i - p < MAX_BRACED_KEY; i++) {
                    char c = t.charAt(i);
                    if (c == HtmlText.BARRIER) {
                        return -1;
                    }
                    if (c == '{') {
                        depth++;
                    } else if (c == '}' && --depth == 0) {
                        return i > p + 1 ? i + 1 : -1;
                    }
                }
                return -1;
            }
            if (!keyChar(t.charAt(p))) {
                return -1;
            }
            int i = p + 1;
            while (i < n) {
                char c = t.charAt(i);
                if (keyChar(c)) {
                    i++;
                } else if (INTERNAL_PUNCT.indexOf(c) >= 0 && i + 1 < n && keyChar(t.charAt(i + 1))) {
                    i += 2;
                } else {
                    break;
                }
            }
            return i;
        }

        private String keyText(int p, int end) {
            return t.charAt(p) == '{' ? t.substring(p + 1, end - 1) : t.substring(p, end);
        }

        private boolean narrativeStart(int at) {
            if (at == 0) {
                return true;
            }
            char b = t.charAt(at - 1);
            return !(Character.isLetterOrDigit(b) || NOT_BEFORE_AT.indexOf(b) >= 0 || Character.getType(b) == Character.NON_SPACING_MARK);
        }

        private boolean containsCite(int from, int to) {
            for (int k = from; k < to; k++) {
                if (t.charAt(k) == '@' && (k == from || !Character.isLetterOrDigit(t.charAt(k - 1)))
                        && key(k + 1) > 0) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Index of the {@code ]} closing the {@code [} at {@code open}, or -1 (also when a barrier intervenes or the
         * marker would be longer than {@link #MAX_MARKER}). Brackets inside braces ({@code @{a]b}}) do not count,
         * unless the braces never close.
         */
        private int closingBracket(int open) {
            int close = closeWithBraces[open] >= 0 ? closeWithBraces[open] : closePlain[open];
            return close >= 0 && close - open < MAX_MARKER ? close : -1;
        }

        /** Bracket matching in one pass each, so that a body full of brackets costs linear time. */
        private void matchBrackets() {
            int n = t.length();
            closeWithBraces = new int[n];
            closePlain = new int[n];
            java.util.Arrays.fill(closeWithBraces, -1);
            java.util.Arrays.fill(closePlain, -1);
            int[] stackA = new int[n];
            int[] stackB = new int[n];
            int a = 0;
            int b = 0;
            int braces = 0;
            for (int i = 0; i < n; i++) {
                char c = t.charAt(i);
                switch (c) {
                    case HtmlText.BARRIER -> {
                        a = 0;
                        b = 0;
                        braces = 0;
                    }
                    case '{' -> braces++;
                    case '}' -> braces = Math.max(0, braces - 1);
                    case '[' -> {
                        stackB[b++] = i;
                        if (braces == 0) {
                            stackA[a++] = i;
                        }
                    }
                    case ']' -> {
                        if (b > 0) {
                            closePlain[stackB[--b]] = i;
                        }
                        if (braces == 0 && a > 0) {
                            closeWithBraces[stackA[--a]] = i;
                        }
                    }
                    default -> {
                    }
                }
            }
        }

        /** Splits {@code [from, to)} at semicolons outside nested brackets and braces. */
        private List<int[]> split(int from, int to) {
            List<int[]> parts = new ArrayList<>();
            int depth = 0;
            int braces = 0;
            int start = from;
            for (int i = from; i < to; i++) {
                char c = t.charAt(i);
                if (c == '{') {
                    braces++;
                } else if (c == '}' && braces > 0) {
                    braces--;
                } else if (c == '[') {
                    depth++;
                } else if (c == ']') {
                    depth--;
                } else if (c == ';' && depth == 0 && braces == 0) {
                    parts.add(new int[] {start, i});
                    start = i + 1;
                }
            }
            parts.add(new int[] {start, to});
            return parts;
        }

        private String plain(int from, int to) {
            return SPACES_NOT_NBSP.matcher(t.substring(from, to)).replaceAll(" ");
        }

        private static String trim(String s) {
            int b = 0;
            int e = s.length();
            while (b < e && Locators.isSpace(s.charAt(b))) {
                b++;
            }
            while (e > b && Locators.isSpace(s.charAt(e - 1))) {
                e--;
            }
            return s.substring(b, e);
        }

        private static boolean keyChar(char c) {
            return Character.isLetterOrDigit(c) || c == '_';
        }
    }
}
