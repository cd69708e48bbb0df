package dev.essays.csl.names;

/**
 * Markup tags in a given name ("<b>John</b> Quiggly"), set aside while the name is initialized and put back
 * around the initial of the word they enclosed ("<b>J.</b> Q.").
 */
final class NameMarkup {
    final String plain;
    /** Tags opening right before plain index i, and closing right after plain index i - 1. */
    private final String[] opens;
    private final String[] closes;

    private NameMarkup(String plain, String[] opens, String[] closes) {
        this.plain = plain;
        this.opens = opens;
        this.closes = closes;
    }

    /** The name with its tags set aside, or null when it has none. */
    static NameMarkup of(String given) {
        if (given.indexOf('<') < 0) {
            return null;
        }
        StringBuilder plain = new StringBuilder();
        String[] opens = new String[given.length() + 1];
        String[] closes = new String[given.length() + 1];
        boolean any = false;
        int i = 0;
        while (i < given.length()) {
            int end = given.charAt(i) == '<' ? given.indexOf('>', i) : -1;
            if (end > i + 1 && (given.charAt(i + 1) == '/' || Character.isLetter(given.charAt(i + 1)))) {
                String tag = given.substring(i, end + 1);
                int at = plain.length();
                String[] into = tag.charAt(1) == '/' ? closes : opens;
                into[at] = into[at] == null ? tag : into[at] + tag;
                any = true;
                i = end + 1;
            } else {
                plain.append(given.charAt(i++));
            }
        }
        return any ? new NameMarkup(plain.toString(), opens, closes) : null;
    }

    /** The initial (or word) made from plain[start, end), inside the tags that enclosed exactly that word. */
    String wrap(String piece, int start, int end) {
        String open = opens[start];
        String close = closes[end];
        if (open == null || close == null) {
            return piece;
        }
        int cut = piece.length();
        while (cut > 0 && piece.charAt(cut - 1) == ' ') {
            cut--;
        }
        return open + piece.substring(0, cut) + close + piece.substring(cut);
    }
}
