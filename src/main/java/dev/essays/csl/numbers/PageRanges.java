package dev.essays.csl.numbers;

/** The page-range-format attribute: expanded, minimal, minimal-two, chicago (= chicago-15), chicago-16. */
public final class PageRanges {
    private PageRanges() {}

    /** Formats every "a-b" range in the value; separators become the given range delimiter (en dash). */
    public static String format(String value, String format, String delimiter) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        String s = value;
        while (i < s.length()) {
            int dash = indexOfDash(s, i);
            if (dash < 0) {
                out.append(s, i, s.length());
                break;
            }
            int leftStart = dash;
            while (leftStart > i && Character.isLetterOrDigit(s.charAt(leftStart - 1))) {
                leftStart--;
            }
            int rightEnd = dash + 1;
            while (rightEnd < s.length() && s.charAt(rightEnd) == ' ') {
                rightEnd++;
            }
            int rightStart = rightEnd;
            while (rightEnd < s.length() && Character.isLetterOrDigit(s.charAt(rightEnd))) {
                rightEnd++;
            }
            String left = s.substring(leftStart, dash).strip();
            String right = s.substring(rightStart, rightEnd);
            int leftTrim = dash;
            while (leftTrim > leftStart && s.charAt(leftTrim - 1) == ' ') {
                leftTrim--;
            }
            out.append(s, i, leftStart);
            if (left.isEmpty() || right.isEmpty()) {
                out.append(s, leftStart, rightEnd);
            } else {
                out.append(left).append(delimiter).append(formatPair(left, right, format));
            }
            i = rightEnd;
        }
        return out.toString();
    }

    private static int indexOfDash(String s, int from) {
        for (int k = from; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '-' || c == '–') {
                return k;
            }
        }
        return -1;
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
