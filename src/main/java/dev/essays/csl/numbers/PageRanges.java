package dev.essays.csl.numbers;

/**
 * Ranges in page-like values and the page-range-format attribute (expanded, minimal, minimal-two, chicago =
 * chicago-15, chicago-16). "\-" in the data is a literal hyphen, never a range.
 */
public final class PageRanges {
    private PageRanges() {}

    /** Rewrites each range "a-b"; format null keeps the numbers as written but still uses the delimiter. */
    public static String format(String value, String format, String delimiter) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        String s = value;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '-') {
                out.append('-');
                i += 2;
                continue;
            }
            if ((c == '-' || c == '–') && out.length() > 0) {
                int leftStart = out.length();
                while (leftStart > 0 && isTokenChar(out.charAt(leftStart - 1))) {
                    leftStart--;
                }
                int leftEnd = out.length();
                // allow "N110 - 5": trim spaces before the dash
                int trimmed = out.length();
                while (trimmed > 0 && out.charAt(trimmed - 1) == ' ') {
                    trimmed--;
                }
                if (trimmed != leftEnd) {
                    leftEnd = trimmed;
                    leftStart = trimmed;
                    while (leftStart > 0 && isTokenChar(out.charAt(leftStart - 1))) {
                        leftStart--;
                    }
                }
                int j = i + 1;
                while (j < s.length() && s.charAt(j) == ' ') {
                    j++;
                }
                int rightEnd = j;
                while (rightEnd < s.length() && Character.isLetterOrDigit(s.charAt(rightEnd))) {
                    rightEnd++;
                }
                String left = out.substring(leftStart, leftEnd);
                String right = s.substring(j, rightEnd);
                if (left.isEmpty() || right.isEmpty()) {
                    out.append(c);
                    i++;
                    continue;
                }
                out.setLength(leftStart);
                out.append(left).append(range(left, right, format, delimiter));
                i = rightEnd;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** Letters, digits and inner periods: "1.1-3" is a verse reference, not a range of numbers. */
    private static boolean isTokenChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.';
    }

    private static String range(String left, String right, String format, String delimiter) {
        if (left.indexOf('.') >= 0 && !left.endsWith(".")) {
            return "-" + right;
        }
        String lp = prefix(left);
        String rp = prefix(right);
        String ld = left.substring(lp.length());
        String rd = right.substring(rp.length());
        boolean numeric = !ld.isEmpty() && !rd.isEmpty() && isDigits(ld) && isDigits(rd)
                && (rp.isEmpty() && lp.isEmpty() || rp.equals(lp));
        if (numeric) {
            if (format == null) {
                return delimiter + right;
            }
            String formatted = formatPair(ld, rd, format);
            boolean keepPrefix = !rp.isEmpty() && format.equals("expanded");
            return delimiter + (keepPrefix ? rp : "") + formatted;
        }
        if (isRoman(left) && isRoman(right)) {
            return delimiter + right;
        }
        return "-" + right;
    }

    private static String prefix(String token) {
        int end = token.length();
        while (end > 0 && Character.isDigit(token.charAt(end - 1))) {
            end--;
        }
        return token.substring(0, end);
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isRoman(String s) {
        if (s.isEmpty()) {
            return false;
        }
        String l = s.toLowerCase();
        for (int i = 0; i < l.length(); i++) {
            if ("ivxlcdm".indexOf(l.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** True for a page-like value holding a numeric (or roman) range or a list: plural labels. */
    public static boolean isPlural(String value, String andTerm) {
        if (value == null) {
            return false;
        }
        String s = value.replace("\\-", "\u0000");
        if (andTerm != null && !andTerm.isEmpty()) {
            s = s.replace(" " + andTerm + " ", ",");
        }
        s = s.replace(" and ", ",").replace("&", ",");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',') {
                return true;
            }
            if (c == '-' || c == '–') {
                int a = i;
                while (a > 0 && s.charAt(a - 1) == ' ') {
                    a--;
                }
                int ls = a;
                while (ls > 0 && isTokenChar(s.charAt(ls - 1))) {
                    ls--;
                }
                int b = i + 1;
                while (b < s.length() && s.charAt(b) == ' ') {
                    b++;
                }
                int re = b;
                while (re < s.length() && Character.isLetterOrDigit(s.charAt(re))) {
                    re++;
                }
                String left = s.substring(ls, a);
                String right = s.substring(b, re);
                if (left.indexOf('.') >= 0 && !left.endsWith(".")) {
                    continue;
                }
                String ld = left.substring(prefix(left).length());
                String rd = right.substring(prefix(right).length());
                if (!ld.isEmpty() && !rd.isEmpty() && prefix(right).equals(prefix(left)) || !ld.isEmpty()
                        && !rd.isEmpty() && prefix(right).isEmpty() || isRoman(left) && isRoman(right)) {
                    return true;
                }
            }
        }
        return false;
    }

    static String formatPair(String first, String last, String format) {
        Long a = Numbers.parseLong(first);
        Long b = Numbers.parseLong(last);
        if (a == null || b == null || format == null) {
            return last;
        }
        String fa = first;
        String lb = last;
        if (lb.length() < fa.length()) {
            // Expand a shortened second number: 321-8 → 321-328.
            lb = fa.substring(0, fa.length() - lb.length()) + lb;
            b = Long.parseLong(lb);
        }
        if (b < a) {
            return last;
        }
        return switch (format) {
            case "expanded" -> lb;
            case "minimal" -> minimal(fa, lb, 1);
            case "minimal-two" -> minimal(fa, lb, 2);
            case "chicago", "chicago-15" -> chicago(a, fa, lb, false);
            case "chicago-16" -> chicago(a, fa, lb, true);
            default -> lb;
        };
    }

    private static String minimal(String a, String b, int keep) {
        if (a.length() != b.length()) {
            return b;
        }
        int same = 0;
        while (same < a.length() && a.charAt(same) == b.charAt(same)) {
            same++;
        }
        int start = Math.min(same, b.length() - keep);
        return b.substring(Math.max(0, start));
    }

    private static String chicago(long a, String fa, String lb, boolean sixteen) {
        if (a < 100 || a % 100 == 0) {
            return lb;
        }
        if (a % 100 < 10) {
            return minimal(fa, lb, 1);
        }
        if (!sixteen && fa.length() == 4 && lb.length() == 4) {
            String m = minimal(fa, lb, 2);
            if (m.length() >= 3) {
                return lb;
            }
            return m;
        }
        return minimal(fa, lb, 2);
    }
}
