package dev.essays.csl.text;

import dev.essays.csl.render.Out;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The text-case attribute, applied across the leaves of rendered text so words split by markup still count as
 * one string; leaves marked nocase keep their case. Conversions map char to char, so leaf lengths never change.
 */
public final class TextCase {
    private static final Set<String> STOP_WORDS = Set.of("a", "according", "across", "afore", "after", "against",
            "ahead", "along", "alongside", "amid", "amidst", "among", "amongst", "an", "and", "anenst", "apart",
            "apropos", "apud", "around", "as", "aside", "astride", "at", "athwart", "atop", "barring", "before",
            "behind", "below", "beneath", "beside", "besides", "between", "beyond", "but", "by", "circa", "de", "despite",
            "down", "during", "except", "for", "forenenst", "from", "given", "in", "inside", "into", "lest", "like",
            "modulo", "near", "next", "nor", "notwithstanding", "of", "off", "on", "onto", "or", "out", "over",
            "per", "plus", "pro", "qua", "sans", "since", "so", "than", "the", "through", "thru", "throughout",
            "thruout", "till", "to", "toward", "towards", "under", "underneath", "until", "unto", "up", "upon",
            "versus", "vs", "v", "via", "with", "within", "without", "yet", "about", "von", "van", "et");

    private TextCase() {}

    public static void apply(Out out, String textCase) {
        apply(out, textCase, false);
    }

    /** turkic: the item's language is Turkish or Azerbaijani, where i/İ and ı/I pair up. */
    public static void apply(Out out, String textCase, boolean turkic) {
        if (out == null || textCase == null) {
            return;
        }
        List<Out> leaves = new ArrayList<>();
        out.leaves(leaves);
        StringBuilder all = new StringBuilder();
        List<Boolean> locked = new ArrayList<>();
        for (Out leaf : leaves) {
            all.append(leaf.text);
            for (int i = 0; i < leaf.text.length(); i++) {
                locked.add(leaf.noCase);
            }
        }
        boolean[] lock = new boolean[locked.size()];
        for (int i = 0; i < lock.length; i++) {
            lock[i] = locked.get(i);
        }
        char[] chars = all.toString().toCharArray();
        char[] result = switch (textCase) {
            case "lowercase" -> turkic ? turkicMap(chars, lock, true) : map(chars, lock, true);
            case "uppercase" -> turkic ? turkicMap(chars, lock, false) : map(chars, lock, false);
            case "capitalize-first" -> capitalizeFirst(chars, lock);
            case "capitalize-all" -> capitalizeAll(chars, lock);
            case "sentence" -> sentence(chars, lock);
            case "title" -> title(chars, lock);
            default -> chars;
        };
        int pos = 0;
        for (Out leaf : leaves) {
            int len = leaf.text.length();
            leaf.text = new String(result, pos, len);
            pos += len;
        }
    }

    private static char[] map(char[] c, boolean[] lock, boolean lower) {
        char[] r = c.clone();
        for (int i = 0; i < r.length; i++) {
            if (!lock[i]) {
                r[i] = lower ? Character.toLowerCase(r[i]) : Character.toUpperCase(r[i]);
            }
        }
        return r;
    }

    private static char[] turkicMap(char[] c, boolean[] lock, boolean lower) {
        char[] r = c.clone();
        for (int i = 0; i < r.length; i++) {
            if (lock[i]) {
                continue;
            }
            if (lower) {
                r[i] = r[i] == 'I' ? 'ı' : r[i] == 'İ' ? 'i' : Character.toLowerCase(r[i]);
            } else {
                r[i] = r[i] == 'i' ? 'İ' : r[i] == 'ı' ? 'I' : Character.toUpperCase(r[i]);
            }
        }
        return r;
    }

    private record Word(int start, int end) {}

    private static List<Word> words(char[] c) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < c.length) {
            while (i < c.length && isSeparator(c[i])) {
                i++;
            }
            int start = i;
            while (i < c.length && !isSeparator(c[i])) {
                i++;
            }
            if (i > start) {
                words.add(new Word(start, i));
            }
        }
        return words;
    }

    private static boolean isSeparator(char ch) {
        return Character.isWhitespace(ch) || ch == '\u00a0' || ch == '-' || ch == '–' || ch == '—' || ch == '/';
    }

    private static boolean isSpace(char ch) {
        return Character.isWhitespace(ch) || ch == '\u00a0';
    }

    private static boolean isLowerWord(char[] c, Word w) {
        for (int i = w.start; i < w.end; i++) {
            if (Character.isUpperCase(c[i])) {
                return false;
            }
        }
        return true;
    }

    private static int firstLetter(char[] c, Word w) {
        for (int i = w.start; i < w.end; i++) {
            if (Character.isLetter(c[i])) {
                return i;
            }
        }
        return -1;
    }

    private static void upperAt(char[] r, boolean[] lock, int i) {
        if (i >= 0 && !lock[i]) {
            r[i] = Character.toUpperCase(r[i]);
        }
    }

    private static char[] capitalizeFirst(char[] c, boolean[] lock) {
        char[] r = c.clone();
        List<Word> ws = words(c);
        if (!ws.isEmpty() && isLowerWord(c, ws.get(0))) {
            upperAt(r, lock, firstLetter(c, ws.get(0)));
        }
        return r;
    }

    private static char[] capitalizeAll(char[] c, boolean[] lock) {
        char[] r = c.clone();
        for (Word w : words(c)) {
            if (isLowerWord(c, w)) {
                upperAt(r, lock, firstLetter(c, w));
            }
        }
        return r;
    }

    private static boolean isAllUpper(char[] c) {
        boolean any = false;
        for (char ch : c) {
            if (Character.isLowerCase(ch)) {
                return false;
            }
            any |= Character.isUpperCase(ch);
        }
        return any;
    }

    /** Sentence case as the suite expects: everything lowercased (acronyms in mixed-case text kept), first letter up. */
    private static char[] sentence(char[] c, boolean[] lock) {
        boolean allUpper = isAllUpper(c);
        char[] r = c.clone();
        for (Word w : words(c)) {
            boolean acronym = !allUpper && isUpperWord(c, w) && w.end - w.start > 1;
            if (acronym) {
                continue;
            }
            for (int i = w.start; i < w.end; i++) {
                if (!lock[i]) {
                    r[i] = Character.toLowerCase(r[i]);
                }
            }
        }
        List<Word> ws = words(r);
        if (!ws.isEmpty()) {
            upperAt(r, lock, firstLetter(r, ws.get(0)));
        }
        return r;
    }

    private static boolean isUpperWord(char[] c, Word w) {
        boolean any = false;
        for (int i = w.start; i < w.end; i++) {
            if (Character.isLowerCase(c[i])) {
                return false;
            }
            any |= Character.isUpperCase(c[i]);
        }
        return any;
    }

    /** The word without leading non-letters and trailing non-letters other than periods. */
    private static String bare(String word) {
        int start = 0;
        while (start < word.length() && !Character.isLetter(word.codePointAt(start))) {
            start += Character.charCount(word.codePointAt(start));
        }
        int end = word.length();
        while (end > start) {
            int cp = word.codePointBefore(end);
            if (Character.isLetter(cp) || cp == '.') {
                break;
            }
            end -= Character.charCount(cp);
        }
        return word.substring(start, end);
    }

    private static char[] title(char[] c, boolean[] lock) {
        char[] src = c;
        char[] r = src.clone();
        List<Word> ws = words(src);
        for (int k = 0; k < ws.size(); k++) {
            Word w = ws.get(k);
            String word = new String(src, w.start, w.end - w.start);
            String bare = bare(word);
            boolean afterColon = k > 0 && endsWithColon(src, ws.get(k - 1));
            boolean edge = k == 0 || k == ws.size() - 1 || afterColon;
            boolean compoundHead = w.end < src.length && src[w.end] == '-'
                    && (w.start == 0 || src[w.start - 1] != '-');
            if (!edge && !compoundHead && STOP_WORDS.contains(bare.toLowerCase()) && isLowerWord(src, w)) {
                continue;
            }
            if (w.end - w.start == 1 && w.start > 0 && src[w.start - 1] == '-') {
                continue; // "07-x": a lone letter after a hyphen is a label, not a word
            }
            int first = firstLetter(src, w);
            boolean startsWithLetter = first >= 0 && !Character.isDigit(src[w.start]);
            if (isLowerWord(src, w) && startsWithLetter
                    && Character.UnicodeScript.of(src[first]) == Character.UnicodeScript.LATIN) {
                upperAt(r, lock, first);
            }
        }
        return r;
    }

    private static boolean endsWithColon(char[] c, Word w) {
        int i = w.end - 1;
        while (i >= w.start && (c[i] == '"' || c[i] == '”' || c[i] == '’')) {
            i--;
        }
        return i >= w.start && (c[i] == ':' || c[i] == '?' || c[i] == '!');
    }
}
