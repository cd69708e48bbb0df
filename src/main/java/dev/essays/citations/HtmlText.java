package dev.essays.citations;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The visible text of an HTML fragment, with a map from each text character back to the source range it came from.
 *
 * <p>Tags are dropped; inline tags ({@code em}, {@code span}, {@code a}, ...) are transparent, every other tag
 * becomes one {@link #BARRIER} character so that a citation marker cannot run across paragraphs or line breaks.
 * The content of {@code code}, {@code pre}, {@code script}, {@code style}, {@code textarea} and similar elements,
 * comments and attribute values are not part of the text at all. Character references are decoded. Nothing is
 * interpreted beyond that: the text is data.
 */
final class HtmlText {

    /** Stands for a non-inline tag: no citation marker crosses it. */
    static final char BARRIER = '\uFFFF';

    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "cite", "data", "del", "dfn",
            "em", "font", "i", "ins", "mark", "q", "s", "small", "span", "strong", "sub", "sup", "time", "u");

    private static final Set<String> SKIPPED = Set.of("code", "pre", "script", "style", "textarea", "kbd", "samp",
            "template", "svg", "math", "noscript", "iframe", "object", "title");

    private static final Map<String, Character> ENTITIES = Map.ofEntries(
            Map.entry("amp", '&'), Map.entry("lt", '<'), Map.entry("gt", '>'), Map.entry("quot", '"'),
            Map.entry("apos", '\''), Map.entry("nbsp", '\u00A0'), Map.entry("ndash", '\u2013'),
            Map.entry("mdash", '\u2014'), Map.entry("sect", '\u00A7'), Map.entry("para", '\u00B6'),
            Map.entry("hellip", '\u2026'), Map.entry("lsquo", '\u2018'), Map.entry("rsquo", '\u2019'),
            Map.entry("ldquo", '\u201C'), Map.entry("rdquo", '\u201D'), Map.entry("laquo", '\u00AB'),
            Map.entry("raquo", '\u00BB'), Map.entry("thinsp", '\u2009'), Map.entry("ensp", '\u2002'),
            Map.entry("emsp", '\u2003'), Map.entry("shy", '\u00AD'), Map.entry("lsqb", '['),
            Map.entry("rsqb", ']'), Map.entry("lbrack", '['), Map.entry("rbrack", ']'), Map.entry("commat", '@'),
            Map.entry("semi", ';'), Map.entry("comma", ','), Map.entry("period", '.'), Map.entry("num", '#'),
            Map.entry("lcub", '{'), Map.entry("rcub", '}'), Map.entry("minus", '\u2212'),
            Map.entry("zwnj", '\u200C'), Map.entry("zwj", '\u200D'), Map.entry("lrm", '\u200E'),
            Map.entry("rlm", '\u200F'));


    final String html;
    final String text;
    private final int[] srcStart;
    private final int[] srcEnd;

    private HtmlText(String html, String text, int[] srcStart, int[] srcEnd) {
        this.html = html;
        this.text = text;
        this.srcStart = srcStart;
        this.srcEnd = srcEnd;
    }

    /** Source offset where text character {@code i} starts; {@code i == length} maps to the end of the source. */
    int sourceStart(int i) {
        return i >= srcStart.length ? html.length() : srcStart[i];
    }

    /** Source offset just after text character {@code i}. */
    int sourceEnd(int i) {
        return i < 0 ? 0 : srcEnd[i];
    }

    static HtmlText of(String html) {
        String h = html == null ? "" : html;
        int n = h.length();
        StringBuilder text = new StringBuilder(n);
        int[] starts = new int[n + 1];
        int[] ends = new int[n + 1];
        int i = 0;
        while (i < n) {
            char c = h.charAt(i);
            if (c == '<') {
                int tagEnd = markupEnd(h, i);
                if (tagEnd > i) {
                    String name = tagName(h, i);
                    boolean closing = i + 1 < n && h.charAt(i + 1) == '/';
                    int next = tagEnd;
                    if (name != null && !closing && SKIPPED.contains(name) && !selfClosing(h, tagEnd)) {
                        next = closingTagEnd(h, tagEnd, name);
                    }
                    if (name != null && !INLINE.contains(name)) {
                        int at = text.length();
                        text.append(BARRIER);
                        starts[at] = i;
                        ends[at] = next;
                    }
                    i = next;
                    continue;
                }
            } else if (c == '&') {
                int semi = h.indexOf(';', i + 1);
                if (semi > i + 1 && semi - i <= 12) {
                    String decoded = decodeEntity(h.substring(i + 1, semi));
                    if (decoded != null) {
                        for (int k = 0; k < decoded.length(); k++) {
                            int at = text.length();
                            text.append(decoded.charAt(k));
                            starts[at] = i;
                            ends[at] = semi + 1;
                        }
                        i = semi + 1;
                        continue;
                    }
                }
            }
            int at = text.length();
            text.append(c);
            starts[at] = i;
            ends[at] = i + 1;
            i++;
        }
        int len = text.length();
        int[] s = new int[len];
        int[] e = new int[len];
        System.arraycopy(starts, 0, s, 0, len);
        System.arraycopy(ends, 0, e, 0, len);
        return new HtmlText(h, text.toString(), s, e);
    }

    /**
     * Whether the inline tags in {@code html[start, end)} are balanced, so that the range can be replaced
     * without breaking the markup around it.
     */
    boolean balancedMarkup(int start, int end) {
        Deque<String> open = new ArrayDeque<>();
        int i = start;
        while (i < end) {
            if (html.charAt(i) == '<') {
                int tagEnd = markupEnd(html, i);
                if (tagEnd > i) {
                    String name = tagName(html, i);
                    if (name != null && !selfClosing(html, tagEnd)) {
                        if (html.charAt(i + 1) == '/') {
                            if (open.isEmpty() || !open.pop().equals(name)) {
                                return false;
                            }
                        } else {
                            open.push(name);
                        }
                    }
                    i = tagEnd;
                    continue;
                }
            }
            i++;
        }
        return open.isEmpty();
    }

    /** End (exclusive) of the tag, comment or declaration starting at {@code i}, or {@code i} if it is not markup. */
    private static int markupEnd(String h, int i) {
        int n = h.length();
        if (i + 1 >= n) {
            return i;
        }
        char c = h.charAt(i + 1);
        if (h.startsWith("<!--", i)) {
            int e = h.indexOf("-->", i + 4);
            return e < 0 ? n : e + 3;
        }
        if (c == '!' || c == '?') {
            int e = h.indexOf('>', i + 2);
            return e < 0 ? n : e + 1;
        }
        boolean tag = Character.isLetter(c) || (c == '/' && i + 2 < n && Character.isLetter(h.charAt(i + 2)));
        if (!tag) {
            return i;
        }
        char quote = 0;
        for (int k = i + 1; k < n; k++) {
            char ch = h.charAt(k);
            if (quote != 0) {
                if (ch == quote) {
                    quote = 0;
                }
            } else if (ch == '"' || ch == '\'') {
                quote = ch;
            } else if (ch == '>') {
                return k + 1;
            }
        }
        return n;
    }

    /** The lower-case name of the tag at {@code i} ({@code <em} or {@code </em}), or {@code null}. */
    private static String tagName(String h, int i) {
        int k = i + 1;
        if (k < h.length() && h.charAt(k) == '/') {
            k++;
        }
        int start = k;
        while (k < h.length()) {
            char c = h.charAt(k);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                    || (k > start && ((c >= '0' && c <= '9') || c == ':' || c == '-'));
            if (!ok) {
                break;
            }
            k++;
        }
        return k == start ? null : h.substring(start, k).toLowerCase(Locale.ROOT);
    }

    private static boolean selfClosing(String h, int tagEnd) {
        return tagEnd >= 2 && h.charAt(tagEnd - 1) == '>' && h.charAt(tagEnd - 2) == '/';
    }

    /** End of the element named {@code name} whose start tag ends at {@code from}, counting nested ones. */
    private static int closingTagEnd(String h, int from, String name) {
        int depth = 1;
        int i = from;
        boolean raw = name.equals("script") || name.equals("style") || name.equals("textarea")
                || name.equals("title");
        int len = name.length();
        while (true) {
            int lt = h.indexOf('<', i);
            if (lt < 0) {
                return h.length();
            }
            if (lt + 1 < h.length() && h.charAt(lt + 1) == '/' && h.regionMatches(true, lt + 2, name, 0, len)
                    && boundary(h, lt + 2 + len)) {
                depth--;
                int e = markupEnd(h, lt);
                if (depth == 0) {
                    return e > lt ? e : h.length();
                }
                i = Math.max(e, lt + 1);
            } else if (!raw && h.regionMatches(true, lt + 1, name, 0, len) && boundary(h, lt + 1 + len)) {
                int e = markupEnd(h, lt);
                if (!selfClosing(h, e)) {
                    depth++;
                }
                i = Math.max(e, lt + 1);
            } else {
                i = lt + 1;
            }
        }
    }

    private static boolean boundary(String s, int i) {
        if (i >= s.length()) {
            return true;
        }
        char c = s.charAt(i);
        return !(Character.isLetterOrDigit(c) || c == '-' || c == ':');
    }

    private static String decodeEntity(String body) {
        if (body.startsWith("#")) {
            try {
                int cp = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X')
                        ? Integer.parseInt(body.substring(2), 16)
                        : Integer.parseInt(body.substring(1));
                if (cp == 0 || !Character.isValidCodePoint(cp) || (cp >= 0xD800 && cp <= 0xDFFF)) {
                    return "\uFFFD";
                }
                return new String(Character.toChars(cp));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        Character c = ENTITIES.get(body);
        return c == null ? null : String.valueOf(c);
    }
}
