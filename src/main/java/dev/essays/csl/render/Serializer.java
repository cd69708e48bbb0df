package dev.essays.csl.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns an {@link Out} tree into HTML or plain text the way the CSL test suite expects: nested italics, bold and
 * small caps flip to normal, quotes alternate outer/inner, punctuation moves inside closing quotes when the
 * locale asks, and doubled punctuation at affix and delimiter joins collapses.
 */
public final class Serializer {
    private final Quotes quotes;
    private final boolean punctuationInQuote;

    /** The locale's quote marks. */
    public record Quotes(String open, String close, String innerOpen, String innerClose) {}

    private record Tag(String open, String close) {
        boolean italic() {
            return open.equals("<i>");
        }
    }

    private static final int TEXT = 0;
    private static final int OPEN_QUOTE = 1;
    private static final int CLOSE_QUOTE = 2;

    private static final class Run {
        String text;
        final List<Tag> stack;
        final int kind;
        boolean affix;
        /** For quote runs: the quote mark itself (text may gain punctuation moved inside). */
        String mark = "";

        Run(String text, List<Tag> stack, int kind) {
            this.text = text;
            this.stack = stack;
            this.kind = kind;
        }
    }

    /** quoteDepth: 0 outside quotes, 1 inside outer quotes, 2 inside inner quotes. */
    private record State(boolean italic, boolean bold, boolean smallCaps, int quoteDepth) {}

    public Serializer(Quotes quotes, boolean punctuationInQuote) {
        this.quotes = quotes;
        this.punctuationInQuote = punctuationInQuote;
    }

    public String html(Out out) {
        return emit(runs(out), true);
    }

    public String text(Out out) {
        return emit(runs(out), false);
    }

    private List<Run> runs(Out out) {
        List<Run> runs = new ArrayList<>();
        if (out != null) {
            flatten(out, new State(false, false, false, 0), List.of(), runs);
        }
        fixPunctuation(runs);
        return runs;
    }

    private void flatten(Out o, State s, List<Tag> stack, List<Run> runs) {
        if (o.isLeaf()) {
            if (!o.text.isEmpty()) {
                Run run = new Run(o.text, stack, TEXT);
                run.affix = o.affix;
                runs.add(run);
            }
            return;
        }
        if (o.isEmpty()) {
            return;
        }
        List<Tag> st = stack;
        State state = s;
        if (o.display != null) {
            st = push(st, new Tag("<div class=\"csl-" + o.display + "\">", "</div>"));
        }
        if (o.noDecor) {
            if (state.italic) {
                st = push(st, new Tag("<span style=\"font-style:normal;\">", "</span>"));
            }
            if (state.bold) {
                st = push(st, new Tag("<span style=\"font-weight:normal;\">", "</span>"));
            }
            if (state.smallCaps) {
                st = push(st, new Tag("<span style=\"font-variant:normal;\">", "</span>"));
            }
            state = new State(false, false, false, state.quoteDepth);
        }
        Formatting f = o.formatting;
        if (!f.isNone()) {
            if (f.fontWeight() != null) {
                if (f.fontWeight().equals("bold") && !state.bold) {
                    st = push(st, new Tag("<b>", "</b>"));
                    state = new State(state.italic, true, state.smallCaps, state.quoteDepth);
                } else if (state.bold) {
                    st = push(st, new Tag("<span style=\"font-weight:normal;\">", "</span>"));
                    state = new State(state.italic, false, state.smallCaps, state.quoteDepth);
                } else if (f.fontWeight().equals("light")) {
                    st = push(st, new Tag("<span style=\"font-weight:light;\">", "</span>"));
                }
            }
            if (f.fontStyle() != null) {
                if (f.fontStyle().equals("normal")) {
                    if (state.italic) {
                        st = push(st, new Tag("<span style=\"font-style:normal;\">", "</span>"));
                        state = new State(false, state.bold, state.smallCaps, state.quoteDepth);
                    }
                } else if (state.italic) {
                    st = push(st, new Tag("<span style=\"font-style:normal;\">", "</span>"));
                    state = new State(false, state.bold, state.smallCaps, state.quoteDepth);
                } else {
                    st = push(st, f.fontStyle().equals("oblique")
                            ? new Tag("<span style=\"font-style:oblique;\">", "</span>") : new Tag("<i>", "</i>"));
                    state = new State(true, state.bold, state.smallCaps, state.quoteDepth);
                }
            }
            if (f.fontVariant() != null) {
                if (f.fontVariant().equals("small-caps") && !state.smallCaps) {
                    st = push(st, new Tag("<span style=\"font-variant:small-caps;\">", "</span>"));
                    state = new State(state.italic, state.bold, true, state.quoteDepth);
                } else if (state.smallCaps) {
                    st = push(st, new Tag("<span style=\"font-variant:normal;\">", "</span>"));
                    state = new State(state.italic, state.bold, false, state.quoteDepth);
                }
            }
            if ("underline".equals(f.textDecoration())) {
                st = push(st, new Tag("<span style=\"text-decoration:underline;\">", "</span>"));
            }
            if ("sup".equals(f.verticalAlign())) {
                st = push(st, new Tag("<sup>", "</sup>"));
            } else if ("sub".equals(f.verticalAlign())) {
                st = push(st, new Tag("<sub>", "</sub>"));
            } else if ("baseline".equals(f.verticalAlign())) {
                st = push(st, new Tag("<span style=\"baseline\">", "</span>"));
            }
        }
        if (o.quotes) {
            // Outside any quotes, item-data single quotes are inner quotes; nested quotes alternate.
            // Nested quotes alternate; curly single quotes in item data stay single at the top level.
            boolean inner = state.quoteDepth == 0 ? o.singleQuotes : state.quoteDepth == 1;
            runs.add(new Run(inner ? quotes.innerOpen() : quotes.open(), st, OPEN_QUOTE));
            State in = new State(state.italic, state.bold, state.smallCaps, inner ? 2 : 1);
            for (Out c : o.children) {
                flatten(c, in, st, runs);
            }
            Run close = new Run(inner ? quotes.innerClose() : quotes.close(), st, CLOSE_QUOTE);
            close.mark = close.text;
            close.affix = !o.markup;
            runs.add(close);
            return;
        }
        for (Out c : o.children) {
            flatten(c, state, st, runs);
        }
    }

    private static List<Tag> push(List<Tag> stack, Tag tag) {
        List<Tag> n = new ArrayList<>(stack.size() + 1);
        n.addAll(stack);
        n.add(tag);
        return n;
    }

    /** Collapses doubled punctuation and spaces at joins; moves . and , into closing quotes if the locale says so. */
    private void fixPunctuation(List<Run> runs) {
        for (int i = 1; i < runs.size(); i++) {
            Run right = runs.get(i);
            if (right.text.isEmpty()) {
                continue;
            }
            int li = i - 1;
            while (li >= 0 && runs.get(li).text.isEmpty()) {
                li--;
            }
            if (li < 0) {
                continue;
            }
            Run left = runs.get(li);
            char r = right.text.charAt(0);
            if (left.kind == CLOSE_QUOTE && right.kind == TEXT && (right.affix || left.affix)
                    && ".,;:!?".indexOf(r) >= 0) {
                punctuationAfterQuote(runs, li, right, r);
                continue;
            }
            char l = left.text.charAt(left.text.length() - 1);
            if (r == ' ' && (l == ' ' || l == '\u00a0')) {
                right.text = right.text.substring(1);
                continue;
            }
            if (right.kind != TEXT || left.kind == CLOSE_QUOTE) {
                continue;
            }
            switch (junction(l, r)) {
                case DROP_RIGHT -> right.text = right.text.substring(1);
                case REPLACE_LEFT -> {
                    left.text = left.text.substring(0, left.text.length() - 1) + r;
                    right.text = right.text.substring(1);
                    int pi = li - 1;
                    while (pi >= 0 && runs.get(pi).text.isEmpty()) {
                        pi--;
                    }
                    if (left.text.length() == 1 && pi >= 0 && runs.get(pi).kind == CLOSE_QUOTE) {
                        punctuationAfterQuote(runs, pi, left, r);
                    }
                }
                default -> { }
            }
        }
    }

    private static final int KEEP = 0;
    private static final int DROP_RIGHT = 1;
    private static final int REPLACE_LEFT = 2;

    /** What happens where text ending in l meets text starting with r (the suite's punctuation table). */
    private static int junction(char l, char r) {
        if (".,;:!?".indexOf(r) < 0 || ".,;:!?".indexOf(l) < 0) {
            return KEEP;
        }
        if (l == r) {
            return DROP_RIGHT;
        }
        return switch (r) {
            case '.' -> ":;!?".indexOf(l) >= 0 ? DROP_RIGHT : KEEP;
            case ':' -> ";!?".indexOf(l) >= 0 ? DROP_RIGHT : KEEP;
            case '!', '?' -> ":;".indexOf(l) >= 0 ? REPLACE_LEFT : KEEP;
            default -> KEEP;
        };
    }

    /**
     * Punctuation right after closing quotes: it merges with the punctuation ending the quoted text (the
     * junction table), and . , ! ? move inside the quotes when the locale puts punctuation in quotes.
     */
    private void punctuationAfterQuote(List<Run> runs, int li, Run right, char r) {
        int first = li;
        while (first > 0 && (runs.get(first - 1).kind == CLOSE_QUOTE || runs.get(first - 1).text.isEmpty())) {
            first--;
        }
        while (runs.get(first).kind != CLOSE_QUOTE) {
            first++;
        }
        Run innermost = runs.get(first);
        int moved = innermost.text.length() - innermost.mark.length();
        char inside = moved > 0 ? innermost.text.charAt(moved - 1) : lastCharBeforeQuotes(runs, first);
        int j = junction(inside, r);
        if (j == DROP_RIGHT) {
            right.text = right.text.substring(1);
        } else if (j == REPLACE_LEFT && moved > 0) {
            innermost.text = innermost.text.substring(0, moved - 1) + r + innermost.text.substring(moved);
            right.text = right.text.substring(1);
        } else if (j == REPLACE_LEFT && punctuationInQuote && replaceBeforeQuotes(runs, first, r)) {
            right.text = right.text.substring(1);
        } else if (punctuationInQuote && ".,!?".indexOf(r) >= 0) {
            innermost.text = innermost.text.substring(0, moved) + r + innermost.text.substring(moved);
            right.text = right.text.substring(1);
        }
    }

    private static boolean replaceBeforeQuotes(List<Run> runs, int closeIndex, char r) {
        for (int i = closeIndex - 1; i >= 0; i--) {
            Run run = runs.get(i);
            if (run.text.isEmpty() || run.kind == CLOSE_QUOTE) {
                continue;
            }
            if (run.kind == OPEN_QUOTE) {
                return false;
            }
            run.text = run.text.substring(0, run.text.length() - 1) + r;
            return true;
        }
        return false;
    }

    private static char lastCharBeforeQuotes(List<Run> runs, int closeIndex) {
        for (int i = closeIndex - 1; i >= 0; i--) {
            Run run = runs.get(i);
            if (run.text.isEmpty() || run.kind == CLOSE_QUOTE) {
                continue;
            }
            return run.kind == OPEN_QUOTE ? '\0' : run.text.charAt(run.text.length() - 1);
        }
        return '\0';
    }

    private static String emit(List<Run> runs, boolean html) {
        StringBuilder sb = new StringBuilder();
        List<Tag> open = new ArrayList<>();
        for (Run run : runs) {
            if (run.text.isEmpty()) {
                continue;
            }
            if (html) {
                List<Tag> stack = run.stack;
                int common = 0;
                while (common < open.size() && common < stack.size() && open.get(common) == stack.get(common)) {
                    common++;
                }
                for (int k = open.size() - 1; k >= common; k--) {
                    sb.append(open.get(k).close);
                }
                for (int k = common; k < stack.size(); k++) {
                    sb.append(stack.get(k).open);
                }
                open = stack;
                escape(run.text, sb);
            } else {
                sb.append(run.text);
            }
        }
        if (html) {
            for (int k = open.size() - 1; k >= 0; k--) {
                sb.append(open.get(k).close);
            }
        }
        return sb.toString();
    }

    public static void escape(String s, StringBuilder sb) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') {
                continue; // bidi overrides/isolates from item data could reorder surrounding page text
            }
            String sup = c > 0x7f ? Superscripts.base(c) : null;
            if (sup != null) {
                sb.append("<sup>").append(sup).append("</sup>");
                continue;
            }
            switch (c) {
                case '&' -> sb.append("&#38;");
                case '<' -> sb.append("&#60;");
                case '>' -> sb.append("&#62;");
                default -> sb.append(c);
            }
        }
    }
}
