package dev.essays.csl.render;

/** French typography: spaces just inside a pair of guillemets become narrow no-break spaces, as in print. */
final class Guillemets {
    private Guillemets() {}

    /** "« x »" becomes "«\u202Fx\u202F»" for every "« " closed by a later " »"; unpaired marks stay as they are. */
    static String narrowSpaces(String s) {
        int open = s.indexOf("« ");
        if (open < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s);
        while (open >= 0) {
            int close = s.indexOf(" »", open + 2);
            if (close < 0) {
                break;
            }
            sb.setCharAt(open + 1, '\u202F');
            sb.setCharAt(close, '\u202F');
            open = s.indexOf("« ", close + 2);
        }
        return sb.toString();
    }
}
