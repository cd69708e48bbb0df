package dev.essays.citations.io;

import java.text.Normalizer;
import java.util.Map;

/**
 * LaTeX text as found in BibTeX fields, to and from Unicode: accents ({@code {\"o}}, {@code \c{c}},
 * {@code \'\i}), special letters ({@code \ss}, {@code \o}, {@code \l}, {@code \aa}), escaped specials
 * ({@code \&}, {@code \%}), ties, dashes and quotes, text-formatting commands (kept as their text) and case
 * protecting braces (dropped). jbibtex's own LaTeX printer drops cedillas, {@code \l} and dotless i and fails on
 * {@code ~} and {@code $}, hence this small converter.
 */
final class Latex {

    private static final Map<Character, Character> ACCENTS = Map.ofEntries(
            Map.entry('\'', '\u0301'), Map.entry('`', '\u0300'), Map.entry('^', '\u0302'), Map.entry('"', '\u0308'),
            Map.entry('~', '\u0303'), Map.entry('=', '\u0304'), Map.entry('.', '\u0307'), Map.entry('c', '\u0327'),
            Map.entry('v', '\u030C'), Map.entry('u', '\u0306'), Map.entry('H', '\u030B'), Map.entry('k', '\u0328'),
            Map.entry('r', '\u030A'), Map.entry('d', '\u0323'), Map.entry('b', '\u0331'), Map.entry('t', '\u0361'));

    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("i", "\u0131"), Map.entry("j", "\u0237"), Map.entry("l", "\u0142"), Map.entry("L", "\u0141"),
            Map.entry("o", "\u00F8"), Map.entry("O", "\u00D8"), Map.entry("aa", "\u00E5"), Map.entry("AA", "\u00C5"),
            Map.entry("ae", "\u00E6"), Map.entry("AE", "\u00C6"), Map.entry("oe", "\u0153"), Map.entry("OE", "\u0152"),
            Map.entry("ss", "\u00DF"), Map.entry("dh", "\u00F0"), Map.entry("DH", "\u00D0"), Map.entry("th", "\u00FE"),
            Map.entry("TH", "\u00DE"), Map.entry("ng", "\u014B"), Map.entry("NG", "\u014A"),
            Map.entry("dj", "\u0111"), Map.entry("DJ", "\u0110"),
            Map.entry("textendash", "\u2013"), Map.entry("textemdash", "\u2014"), Map.entry("ldots", "\u2026"),
            Map.entry("dots", "\u2026"), Map.entry("textellipsis", "\u2026"), Map.entry("S", "\u00A7"),
            Map.entry("P", "\u00B6"), Map.entry("textsection", "\u00A7"), Map.entry("textparagraph", "\u00B6"),
            Map.entry("copyright", "\u00A9"), Map.entry("textregistered", "\u00AE"),
            Map.entry("texttrademark", "\u2122"), Map.entry("pounds", "\u00A3"), Map.entry("texteuro", "\u20AC"),
            Map.entry("euro", "\u20AC"), Map.entry("textquoteleft", "\u2018"), Map.entry("textquoteright", "\u2019"),
            Map.entry("textquotedblleft", "\u201C"), Map.entry("textquotedblright", "\u201D"),
            Map.entry("guillemotleft", "\u00AB"), Map.entry("guillemotright", "\u00BB"),
            Map.entry("textbackslash", "\\"), Map.entry("textasciitilde", "~"), Map.entry("textasciicircum", "^"),
            Map.entry("textunderscore", "_"), Map.entry("textbar", "|"), Map.entry("textless", "<"),
            Map.entry("textgreater", ">"), Map.entry("textdegree", "\u00B0"), Map.entry("LaTeX", "LaTeX"),
            Map.entry("TeX", "TeX"), Map.entry("BibTeX", "BibTeX"), Map.entry("relax", ""), Map.entry("nobreakspace", "\u00A0"));

    private Latex() {
    }

    /** Unicode text of a LaTeX field value. */
    static String toUnicode(String latex) {
        StringBuilder out = new StringBuilder(latex.length());
        convert(latex, 0, latex.length(), out, 0);
        String s = Normalizer.normalize(out.toString(), Normalizer.Form.NFC);
        return s.replaceAll("[ \\t\\r\\n]+", " ").trim();
    }

    /** Deeper accent groups than this are kept as plain text (hostile input must not exhaust the stack). */
    private static final int MAX_DEPTH = 32;

    private static void convert(String s, int from, int to, StringBuilder out, int depth) {
        if (depth > MAX_DEPTH) {
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                if (c != '{' && c != '}' && c != '\\') {
                    out.append(c);
                }
            }
            return;
        }
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> i = command(s, i, to, out, depth);
                case '{', '}', '$' -> i++;
                case '~' -> {
                    out.append('\u00A0');
                    i++;
                }
                case '-' -> {
                    if (s.startsWith("---", i) && i + 3 <= to) {
                        out.append('\u2014');
                        i += 3;
                    } else if (s.startsWith("--", i) && i + 2 <= to) {
                        out.append('\u2013');
                        i += 2;
                    } else {
                        out.append('-');
                        i++;
                    }
                }
                case '`' -> {
                    if (s.startsWith("``", i) && i + 2 <= to) {
                        out.append('\u201C');
                        i += 2;
                    } else {
                        out.append('\u2018');
                        i++;
                    }
                }
                case '\'' -> {
                    if (s.startsWith("''", i) && i + 2 <= to) {
                        out.append('\u201D');
                        i += 2;
                    } else {
                        out.append('\'');
                        i++;
                    }
                }
                default -> {
                    out.append(c);
                    i++;
                }
            }
        }
    }

    /** Converts the command at {@code i} (a backslash); returns the index after it. */
    private static int command(String s, int i, int to, StringBuilder out, int depth) {
        if (i + 1 >= to) {
            return to;
        }
        char c = s.charAt(i + 1);
        int j = i + 2;
        String name;
        if (Character.isLetter(c) && c < 128) {
            j = i + 1;
            while (j < to && Character.isLetter(s.charAt(j)) && s.charAt(j) < 128) {
                j++;
            }
            name = s.substring(i + 1, j);
        } else {
            name = String.valueOf(c);
        }
        if (depth > MAX_DEPTH) {
            return j;
        }
        if (name.length() == 1 && "&%$#_{}".indexOf(c) >= 0) {
            out.append(c);
            return j;
        }
        if (name.equals("\\")) {
            out.append(' ');
            return j;
        }
        if (name.equals(" ") || name.equals(",") || name.equals(";") || name.equals(":")) {
            out.append(name.equals(",") ? '\u2009' : ' ');
            return j;
        }
        if (name.equals("-") || name.equals("/") || name.equals("@")) {
            return j;
        }
        Character mark = name.length() == 1 ? ACCENTS.get(name.charAt(0)) : null;
        if (mark != null) {
            boolean letterCommand = Character.isLetter(name.charAt(0));
            int k = j;
            if (letterCommand) {
                while (k < to && s.charAt(k) == ' ') {
                    k++;
                }
            }
            StringBuilder base = new StringBuilder();
            if (k < to && s.charAt(k) == '{') {
                int close = closing(s, k, to);
                convert(s, k + 1, close, base, depth + 1);
                k = Math.min(to, close + 1);
            } else if (k < to && s.charAt(k) == '\\') {
                k = command(s, k, to, base, depth + 1);
            } else if (k < to) {
                base.append(s.charAt(k));
                k++;
            }
            String b = base.toString();
            if (b.equals("\u0131")) {
                b = "i";
            } else if (b.equals("\u0237")) {
                b = "j";
            }
            if (b.isEmpty()) {
                out.append(mark);
            } else {
                out.append(b.charAt(0)).append(mark).append(b, 1, b.length());
            }
            return k;
        }
        String symbol = SYMBOLS.get(name);
        if (symbol != null) {
            out.append(symbol);
            int k = j;
            if (s.startsWith("{}", k)) {
                k += 2;
            } else if (Character.isLetter(name.charAt(0))) {
                while (k < to && s.charAt(k) == ' ') {
                    k++;
                }
            }
            return k;
        }
        if (name.equals("href")) {
            // \href{url}{text}: keep the text
            int k = skipGroup(s, j, to);
            return k;
        }
        if (name.equals("enquote") || name.equals("mkbibquote")) {
            int k = j;
            if (k < to && s.charAt(k) == '{') {
                int close = closing(s, k, to);
                out.append('\u201C');
                convert(s, k + 1, close, out, depth + 1);
                out.append('\u201D');
                return Math.min(to, close + 1);
            }
            return k;
        }
        // emph, textit, url and unknown commands: keep the argument's text
        int k = j;
        if (Character.isLetter(name.charAt(0))) {
            while (k < to && s.charAt(k) == ' ' && (k + 1 >= to || s.charAt(k + 1) != '{')) {
                k++;
            }
            if (k < to && s.charAt(k) == ' ') {
                k++;
            }
        }
        return k;
    }

    private static int skipGroup(String s, int k, int to) {
        if (k < to && s.charAt(k) == '{') {
            return Math.min(to, closing(s, k, to) + 1);
        }
        return k;
    }

    /** The index of the brace closing the group opened at {@code open} (escapes skipped), or {@code to}. */
    static int closing(String s, int open, int to) {
        int depth = 0;
        for (int i = open; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return to;
    }

    private static final Map<Character, String> MARK_COMMANDS = Map.ofEntries(
            Map.entry('\u0301', "'"), Map.entry('\u0300', "`"), Map.entry('\u0302', "^"), Map.entry('\u0308', "\""),
            Map.entry('\u0303', "~"), Map.entry('\u0304', "="), Map.entry('\u0307', "."), Map.entry('\u0327', "c"),
            Map.entry('\u030C', "v"), Map.entry('\u0306', "u"), Map.entry('\u030B', "H"), Map.entry('\u0328', "k"),
            Map.entry('\u030A', "r"), Map.entry('\u0323', "d"), Map.entry('\u0331', "b"));

    /**
     * LaTeX for Unicode text. Specials are escaped; with {@code ascii}, accented Latin letters and special letters
     * become commands (for classic BibTeX), otherwise they stay Unicode (BibLaTeX with Biber reads UTF-8).
     */
    static String fromUnicode(String text, boolean ascii) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            switch (c) {
                case '&', '%', '$', '#', '_', '{', '}' -> out.append('\\').append(c);
                case '\\' -> out.append("\\textbackslash{}");
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                case '\u00A0' -> out.append('~');
                case '\u2013' -> out.append("--");
                case '\u2014' -> out.append("---");
                default -> {
                    if (c < 128 || !ascii) {
                        out.append(c);
                    } else {
                        out.append(asciiLetter(c));
                    }
                }
            }
        }
        return out.toString();
    }

    private static String asciiLetter(char c) {
        for (Map.Entry<String, String> e : SYMBOLS.entrySet()) {
            if (e.getValue().length() == 1 && e.getValue().charAt(0) == c && e.getKey().length() <= 2
                    && Character.isLetter(e.getKey().charAt(0))) {
                return "{\\" + e.getKey() + "}";
            }
        }
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        if (d.length() == 2 && d.charAt(0) < 128 && MARK_COMMANDS.containsKey(d.charAt(1))) {
            String cmd = MARK_COMMANDS.get(d.charAt(1));
            String base = d.charAt(0) == 'i' ? "\\i" : d.charAt(0) == 'j' ? "\\j" : String.valueOf(d.charAt(0));
            return Character.isLetter(cmd.charAt(0)) ? "{\\" + cmd + "{" + base + "}}" : "{\\" + cmd + base + "}";
        }
        return String.valueOf(c);
    }
}
