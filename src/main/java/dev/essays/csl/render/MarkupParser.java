package dev.essays.csl.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the rich text allowed inside item fields and cite affixes: {@code <i> <b> <sc> <sup> <sub>},
 * small-caps and nocase spans, and straight or curly quotes. Anything unmatched stays literal text (and is
 * escaped on output), so hostile markup can never pass through.
 */
public final class MarkupParser {
    private static final String[][] TAGS = {
        {"<i>", "</i>"}, {"<b>", "</b>"}, {"<sc>", "</sc>"}, {"<sup>", "</sup>"}, {"<sub>", "</sub>"},
        {"<span style=\"font-variant:small-caps;\">", "</span>"}, {"<span class=\"nocase\">", "</span>"},
        {"<span style=\"font-variant: small-caps;\">", "</span>"}, {"<span class=\"nodecor\">", "</span>"},
    };

    private MarkupParser() {}

    private record Token(int kind, String text, int tag, boolean open) {
        static final int TEXT = 0;
        static final int TAG = 1;
        static final int DQUOTE = 2;
        static final int SQUOTE = 3;
    }

    /** Fast path: plain strings without markup characters become one leaf. */
    public static Out parse(String text) {
        String s = text.indexOf('«') >= 0 ? Guillemets.narrowSpaces(text) : text;
        if (s.indexOf('<') < 0 && s.indexOf('"') < 0 && s.indexOf('\'') < 0 && s.indexOf('“') < 0
                && s.indexOf('‘') < 0) {
            return Out.text(s);
        }
        List<Token> tokens = tokenize(s);
        boolean[] matched = match(tokens);
        Out root = Out.group();
        List<Out> stack = new ArrayList<>();
        stack.add(root);
        List<Token> openStack = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Out top = stack.get(stack.size() - 1);
            if (t.kind == Token.TEXT || !matched[i]) {
                String literal = t.kind == Token.SQUOTE ? "’" : t.text;
                top.add(Out.text(literal));
                continue;
            }
            if (t.open) {
                Out g = Out.group();
                g.markup = true;
                if (t.kind == Token.DQUOTE || t.kind == Token.SQUOTE) {
                    g.quotes = true;
                    g.singleQuotes = t.text.equals("‘");
                } else {
                    switch (t.tag) {
                        case 0 -> g.formatting = Formatting.ITALIC;
                        case 1 -> g.formatting = Formatting.BOLD;
                        case 2, 5, 7 -> {
                            g.formatting = Formatting.SMALL_CAPS;
                            g.noCase = true;
                        }
                        case 3 -> {
                            g.formatting = Formatting.SUP;
                            g.noCase = true;
                        }
                        case 4 -> {
                            g.formatting = Formatting.SUB;
                            g.noCase = true;
                        }
                        case 8 -> {
                            g.noDecor = true;
                            g.noCase = true;
                        }
                        default -> g.noCase = true;
                    }
                }
                top.add(g);
                stack.add(g);
                openStack.add(t);
            } else {
                Out closed = stack.remove(stack.size() - 1);
                openStack.remove(openStack.size() - 1);
                if (closed.noCase) {
                    markNoCase(closed);
                }
            }
        }
        return root;
    }

    private static void markNoCase(Out o) {
        if (o.isLeaf()) {
            o.noCase = true;
            return;
        }
        o.children.forEach(MarkupParser::markNoCase);
    }

    private static List<Token> tokenize(String s) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '<') {
                int found = -1;
                boolean open = false;
                String matchText = null;
                for (int t = 0; t < TAGS.length && found < 0; t++) {
                    if (s.startsWith(TAGS[t][0], i)) {
                        found = t;
                        open = true;
                        matchText = TAGS[t][0];
                    } else if (s.startsWith(TAGS[t][1], i)) {
                        found = t;
                        matchText = TAGS[t][1];
                    }
                }
                if (found >= 0) {
                    flush(tokens, text);
                    tokens.add(new Token(Token.TAG, matchText, found, open));
                    i += matchText.length();
                    continue;
                }
            } else if (c == '"' || c == '“' || c == '”') {
                flush(tokens, text);
                boolean open = c == '“' || (c == '"' && opensHere(s, i));
                tokens.add(new Token(Token.DQUOTE, String.valueOf(c), -1, open));
                i++;
                continue;
            } else if (c == '\'' || c == '‘' || c == '’') {
                boolean before = i == 0 || isOpener(s.charAt(i - 1));
                boolean after = i + 1 >= s.length() || !Character.isLetterOrDigit(s.charAt(i + 1));
                // Opening: after a space or opener and before text; closing: after text, before a non-letter.
                boolean opens = c != '’' && before && i + 1 < s.length() && !Character.isWhitespace(s.charAt(i + 1))
                        && (!after || s.charAt(i + 1) == '"' || s.charAt(i + 1) == '<' || s.charAt(i + 1) == '“');
                boolean closes = c != '‘' && after && i > 0 && !Character.isWhitespace(s.charAt(i - 1));
                if (opens || closes) {
                    flush(tokens, text);
                    tokens.add(new Token(Token.SQUOTE, String.valueOf(c), -1, opens));
                    i++;
                    continue;
                }
                text.append(c == '\'' ? '’' : c);
                i++;
                continue;
            }
            text.append(c);
            i++;
        }
        flush(tokens, text);
        return tokens;
    }

    private static boolean opensHere(String s, int i) {
        if (i == 0) {
            return true;
        }
        char prev = s.charAt(i - 1);
        if (prev == '>') {
            // after an opening tag a quote opens; after a closing tag it closes
            int lt = s.lastIndexOf('<', i - 1);
            return lt >= 0 && lt + 1 < s.length() && s.charAt(lt + 1) != '/';
        }
        return isOpener(prev);
    }

    private static boolean isOpener(char prev) {
        return Character.isWhitespace(prev) || prev == '(' || prev == '[' || prev == '{' || prev == '"'
                || prev == '“' || prev == '‘' || prev == '\'' || prev == '>' || prev == '-' || prev == '–'
                || prev == '—' || prev == '/';
    }

    private static void flush(List<Token> tokens, StringBuilder text) {
        if (text.length() > 0) {
            tokens.add(new Token(Token.TEXT, text.toString(), -1, false));
            text.setLength(0);
        }
    }

    /** Pairs opening and closing tokens properly nested; unmatched ones stay literal. */
    private static boolean[] match(List<Token> tokens) {
        boolean[] matched = new boolean[tokens.size()];
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind == Token.TEXT) {
                continue;
            }
            if (t.open) {
                open.add(i);
                continue;
            }
            for (int k = open.size() - 1; k >= 0; k--) {
                Token o = tokens.get(open.get(k));
                if (o.kind == t.kind && (t.kind != Token.TAG || o.tag == t.tag || closesSpan(o, t))) {
                    matched[open.get(k)] = true;
                    matched[i] = true;
                    while (open.size() > k) {
                        open.remove(open.size() - 1);
                    }
                    break;
                }
            }
        }
        return matched;
    }

    private static boolean closesSpan(Token o, Token t) {
        return TAGS[o.tag][1].equals(t.text);
    }
}
