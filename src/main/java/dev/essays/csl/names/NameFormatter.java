package dev.essays.csl.names;

import dev.essays.csl.render.Formatting;
import dev.essays.csl.render.MarkupParser;
import dev.essays.csl.render.Out;
import dev.essays.csl.style.CslNode;
import dev.essays.csl.text.TextCase;
import java.util.ArrayList;
import java.util.List;

/** Formats one name: display or sort order, short/long form, initials, particles, suffix, name-part styling. */
public final class NameFormatter {
    /** givenLevel for disambiguation: 0 = as the style says, 1 = initials added/kept, 2 = full given name. */
    public static final int AS_STYLED = 0;
    public static final int WITH_INITIALS = 1;
    public static final int FULL = 2;

    private NameFormatter() {}

    public static Out format(Name n, NameOptions o, boolean inverted, int givenLevel) {
        Out out = formatOrNull(n, o, inverted, givenLevel);
        return out == null ? Out.text("") : out;
    }

    private static Out formatOrNull(Name n, NameOptions o, boolean inverted, int givenLevel) {
        if (n.isLiteral()) {
            // Institutions and literal names take the family name-part's styling.
            return block(o.familyPart(), true, n.literalText());
        }
        String form = o.form();
        if (givenLevel >= WITH_INITIALS && form.equals("short")) {
            form = "long";
        }
        String given = n.given();
        if (given != null) {
            if (givenLevel == FULL) {
                // full given name as in the data
            } else if (o.initializeWith() != null) {
                given = initialize(given, o.initializeWith(), o.initialize(), o.initializeWithHyphen());
            }
        }
        if (isNonLatin(n)) {
            String fam = n.family() == null ? "" : n.family();
            if (form.equals("short") || given == null) {
                return part(fam, o.familyPart());
            }
            Out g = Out.group();
            g.add(part(fam, o.familyPart()));
            g.add(part(n.given(), o.givenPart()));
            return g;
        }
        String family = n.family();
        String nonDrop = n.nonDroppingParticle();
        String drop = n.droppingParticle();
        if (form.equals("short") || given == null && drop == null) {
            Out block = block(o.familyPart(), true, nonDrop, family);
            if (given == null && !form.equals("short") && n.suffix() != null) {
                Out g = Out.group();
                g.add(block);
                g.add(Out.text(" " + n.suffix()));
                return g;
            }
            return block;
        }
        Out out = Out.group();
        if (!inverted) {
            Out givenBlock = block(o.givenPart(), false, given);
            String suffix = n.suffix() == null ? null : (n.commaSuffix() ? "," : "") + "\u0000" + n.suffix();
            Out familyBlock = block(o.familyPart(), true, drop, nonDrop, family, suffix);
            out.add(givenBlock);
            if (givenBlock != null) {
                out.add(Out.text(" "));
            }
            out.add(familyBlock);
            return out;
        }
        boolean demote = o.demoteNonDroppingParticle().equals("display-and-sort");
        Out familyBlock = demote ? block(o.familyPart(), true, family) : block(o.familyPart(), true, nonDrop, family);
        Out givenBlock = demote ? givenWithDemotedParticle(o, given, drop, nonDrop)
                : block(o.givenPart(), false, given, drop);
        out.add(familyBlock);
        if (givenBlock != null) {
            out.add(Out.text(o.sortSeparator()));
            out.add(givenBlock);
        }
        if (n.suffix() != null) {
            out.add(Out.text(o.sortSeparator() + n.suffix()));
        }
        return out;
    }

    /**
     * A run of name pieces styled by one name-part: each piece gets the part's formatting on its own, the
     * part's affixes wrap the whole run. Particles ending in an apostrophe or hyphen join without a space;
     * a piece starting with NUL is a suffix (formatted plainly).
     */
    /** "Hédelin d’": a demoted non-dropping particle keeps the family name-part's styling inside the given part. */
    private static Out givenWithDemotedParticle(NameOptions o, String given, String drop, String nonDrop) {
        if (nonDrop == null || o.familyPart() == null) {
            return block(o.givenPart(), false, given, drop, nonDrop);
        }
        Out run = blockRun(o.givenPart(), false, new String[] {given, drop});
        Out particle = blockRun(o.familyPart(), false, new String[] {nonDrop.strip()});
        if (run == null) {
            return particle;
        }
        run.add(Out.text(" "));
        run.add(particle);
        return o.givenPart() == null ? run : Out.affixed(run, o.givenPart().attr("prefix"), o.givenPart().attr("suffix"));
    }

    private static Out block(CslNode partNode, boolean familyPart, String... pieces) {
        Out run = blockRun(partNode, familyPart, pieces);
        if (run == null || partNode == null) {
            return run;
        }
        return Out.affixed(run, partNode.attr("prefix"), partNode.attr("suffix"));
    }

    private static Out blockRun(CslNode partNode, boolean familyPart, String[] pieces) {
        Out run = Out.group();
        boolean glue = true;
        // Family text-case covers the non-dropping particle but not the dropping one; given text-case only the
        // given name itself.
        int dropping = familyPart && pieces.length == 4 ? 0 : -1;
        for (int i = 0; i < pieces.length; i++) {
            String piece = pieces[i];
            if (piece == null || piece.isEmpty()) {
                continue;
            }
            boolean suffix = piece.indexOf('\u0000') >= 0;
            if (!run.children.isEmpty()) {
                if (suffix) {
                    String lead = piece.substring(0, piece.indexOf('\u0000'));
                    run.add(Out.text(lead + " "));
                } else if (!glue) {
                    run.add(Out.text(" "));
                }
            }
            if (suffix) {
                run.add(Out.text(piece.substring(piece.indexOf('\u0000') + 1)));
            } else {
                Out content = MarkupParser.parse(piece);
                if (partNode != null) {
                    Out g = Out.group();
                    g.add(content);
                    if (familyPart ? i != dropping : i == 0) {
                        TextCase.apply(g, partNode.attr("text-case"));
                    }
                    g.formatting = Formatting.of(partNode);
                    content = g;
                }
                run.add(content);
            }
            glue = piece.endsWith("'") || piece.endsWith("’") || piece.endsWith("-") || piece.endsWith(" ");
        }
        return run.children.isEmpty() ? null : run;
    }

    private static String fixApostropheJoin(String particle, String family, String joined) {
        if (particle != null && (particle.endsWith("'") || particle.endsWith("’") || particle.endsWith("-")
                || particle.endsWith(" "))) {
            return particle + family;
        }
        return joined;
    }

    private static Out part(String text, CslNode partNode) {
        if (text == null) {
            return null;
        }
        Out content = MarkupParser.parse(text);
        if (partNode == null) {
            return content;
        }
        Out g = Out.group();
        g.add(content);
        TextCase.apply(g, partNode.attr("text-case"));
        g.formatting = Formatting.of(partNode);
        return Out.affixed(g, partNode.attr("prefix"), partNode.attr("suffix"));
    }

    private static String join(String sep, String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p == null || p.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(sep);
            }
            sb.append(p);
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    public static boolean isNonLatin(Name n) {
        String s = (n.family() == null ? "" : n.family()) + (n.given() == null ? "" : n.given());
        for (int i = 0; i < s.length(); i++) {
            Character.UnicodeScript sc = Character.UnicodeScript.of(s.charAt(i));
            if (sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                    || sc == Character.UnicodeScript.KATAKANA || sc == Character.UnicodeScript.HANGUL) {
                return true;
            }
        }
        return false;
    }

    /**
     * "John Ronald" → "J. R." (with ". "). Tokens ending in a period ("Ph.", "ME.") are abbreviations kept as
     * written; single capitals are initials; lowercase words (particles) stay; other words become initials only
     * when initialize is true.
     */
    public static String initialize(String given, String with, boolean initialize, boolean hyphen) {
        NameMarkup markup = NameMarkup.of(given);
        String text = markup == null ? given : markup.plain;
        List<String> parts = new ArrayList<>();
        List<Character> seps = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        char sep = ' ';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '-' || c == '.') {
                if (c == '.') {
                    cur.append(c);
                }
                if (cur.length() > 0) {
                    parts.add(cur.toString());
                    seps.add(sep);
                    starts.add(i + (c == '.' ? 1 : 0) - cur.length());
                    cur.setLength(0);
                    sep = ' ';
                }
                if (c == '-') {
                    sep = '-';
                }
                continue;
            }
            cur.append(c);
        }
        if (cur.length() > 0) {
            parts.add(cur.toString());
            seps.add(sep);
            starts.add(text.length() - cur.length());
        }
        StringBuilder sb = new StringBuilder();
        boolean prevWasWord = false;
        for (int i = 0; i < parts.size(); i++) {
            String p = parts.get(i);
            String piece;
            boolean word;
            if (initialize && i > 0 && seps.get(i) == '-' && Character.isLowerCase(p.charAt(0))) {
                continue; // "G-ping" initializes to "G": a lowercase hyphenated part is not an initial
            }
            if (p.endsWith(".")) {
                piece = p.substring(0, p.length() - 1) + with;
                word = false;
            } else if (p.length() == 1 && Character.isUpperCase(p.charAt(0))) {
                piece = p + with;
                word = false;
            } else if (Character.isLowerCase(p.charAt(0))) {
                piece = p;
                word = true;
            } else if (initialize) {
                piece = firstLetter(p) + with;
                word = false;
            } else {
                piece = p;
                word = true;
            }
            if (markup != null) {
                piece = markup.wrap(piece, starts.get(i), starts.get(i) + p.length());
            }
            if (i > 0) {
                if (seps.get(i) == '-') {
                    trimEnd(sb);
                    if (hyphen) {
                        sb.append('-');
                    }
                } else if (prevWasWord || word) {
                    trimEnd(sb);
                    sb.append(' ');
                }
            }
            sb.append(piece);
            prevWasWord = word;
        }
        trimEnd(sb);
        return sb.toString();
    }

    private static String firstLetter(String word) {
        // Digraph initials: "TSerendorjiin" initializes to "Ts", as in Mongolian romanization.
        if (word.length() >= 3 && Character.isUpperCase(word.charAt(0)) && Character.isUpperCase(word.charAt(1))
                && Character.isLowerCase(word.charAt(2))) {
            return word.charAt(0) + String.valueOf(Character.toLowerCase(word.charAt(1)));
        }
        int cp = word.codePointAt(0);
        String first = new String(Character.toChars(cp));
        return first.toUpperCase();
    }

    private static void trimEnd(StringBuilder sb) {
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
            sb.setLength(sb.length() - 1);
        }
    }

    /** Sort key: family with non-dropping particle demoted per options, then given. */
    public static String sortKey(Name n, NameOptions o) {
        if (n.isLiteral()) {
            return n.literalText();
        }
        boolean demote = o == null || !o.demoteNonDroppingParticle().equals("never");
        String fam = demote ? n.family() : join(" ", n.nonDroppingParticle(), n.family());
        String rest = demote ? join(" ", n.droppingParticle(), n.nonDroppingParticle()) : n.droppingParticle();
        return join(" ", fam, rest, n.given(), n.suffix());
    }
}
