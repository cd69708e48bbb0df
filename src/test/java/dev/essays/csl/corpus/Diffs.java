package dev.essays.csl.corpus;

/** A short, readable description of where two renderings differ. */
final class Diffs {

    private static final int CONTEXT = 60;

    private Diffs() {}

    static String describe(String expected, String actual) {
        int at = 0;
        int max = Math.min(expected.length(), actual.length());
        while (at < max && expected.charAt(at) == actual.charAt(at)) {
            at++;
        }
        int from = Math.max(0, at - CONTEXT);
        String e = window(expected, from, at);
        String a = window(actual, from, at);
        String lead = from > 0 ? "…" : "";
        return "  first difference at character " + at + "\n"
                + "  citeproc-js: " + lead + e + "\n"
                + "  ours:        " + lead + a + "\n"
                + "               " + " ".repeat(lead.length() + visibleLength(expected, from, at)) + "^";
    }

    private static String window(String s, int from, int at) {
        int to = Math.min(s.length(), at + CONTEXT);
        return visible(s.substring(Math.min(from, s.length()), to)) + (to < s.length() ? "…" : "");
    }

    private static int visibleLength(String s, int from, int at) {
        return visible(s.substring(from, Math.min(at, s.length()))).length();
    }

    /** Makes newlines, tabs and non-breaking or zero-width spaces visible, so whitespace differences show. */
    private static String visible(String s) {
        return s.replace("\n", "\\n").replace("\t", "\\t").replace("\u00a0", "⍽").replace("\u202f", "⍽")
                .replace("\u200b", "‹ZWSP›");
    }
}
