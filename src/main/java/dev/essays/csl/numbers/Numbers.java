package dev.essays.csl.numbers;

import dev.essays.csl.locale.CslLocale;

/** Numeric detection, ordinal/roman forms and page-range formats, without regular expressions. */
public final class Numbers {
    private static final String[] ROMAN_SYMBOLS = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};

    private Numbers() {}

    /** True for "12", "2nd", "L2", "12-14", "1, 3 & 5": numbers with optional affix letters and separators. */
    public static boolean isNumeric(String s) {
        if (s == null) {
            return false;
        }
        String t = s.strip();
        if (t.isEmpty()) {
            return false;
        }
        boolean sawDigitInToken = false;
        boolean tokenOpen = false;
        boolean any = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isDigit(c)) {
                sawDigitInToken = true;
                tokenOpen = true;
                any = true;
            } else if (Character.isLetter(c)) {
                tokenOpen = true;
            } else if (c == '-' || c == '–' || c == ',' || c == '&' || c == ' ') {
                if (tokenOpen && !sawDigitInToken) {
                    return false;
                }
                tokenOpen = false;
                sawDigitInToken = false;
            } else {
                return false;
            }
        }
        if (tokenOpen && !sawDigitInToken) {
            return false;
        }
        return any;
    }

    /** The integer value of a plain number, or null. */
    public static Long parseLong(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        if (t.isEmpty() || t.length() > 18) {
            return null;
        }
        long v = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** Leading integer of a token like "2nd" or "L2" (its digits), or null. */
    public static Long digitsOf(String token) {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isDigit(c)) {
                d.append(c);
            } else if (d.length() > 0) {
                break;
            }
        }
        return d.length() == 0 || d.length() > 18 ? null : Long.parseLong(d.toString());
    }

    public static String roman(long n) {
        if (n <= 0 || n >= 4000) {
            return Long.toString(n);
        }
        StringBuilder sb = new StringBuilder();
        long v = n;
        for (int i = 0; i < ROMAN_VALUES.length; i++) {
            while (v >= ROMAN_VALUES[i]) {
                sb.append(ROMAN_SYMBOLS[i]);
                v -= ROMAN_VALUES[i];
            }
        }
        return sb.toString();
    }

    /**
     * Formats every number in s (numeric, ordinal, long-ordinal, roman), keeping separators: "-" becomes an en
     * dash, "," and "&" get normalized spacing.
     */
    public static String format(String s, String form, CslLocale locale, String gender) {
        StringBuilder out = new StringBuilder();
        String t = s.strip();
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c == '-' || c == '–') {
                trimEnd(out);
                out.append('–');
                i++;
                while (i < t.length() && t.charAt(i) == ' ') {
                    i++;
                }
            } else if (c == ',') {
                trimEnd(out);
                out.append(", ");
                i++;
                while (i < t.length() && t.charAt(i) == ' ') {
                    i++;
                }
            } else if (c == '&') {
                trimEnd(out);
                out.append(" & ");
                i++;
                while (i < t.length() && t.charAt(i) == ' ') {
                    i++;
                }
            } else if (c == ' ') {
                out.append(' ');
                i++;
            } else {
                int start = i;
                while (i < t.length() && !isSeparator(t.charAt(i))) {
                    i++;
                }
                out.append(formatToken(t.substring(start, i), form, locale, gender));
            }
        }
        return out.toString();
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '–' || c == ',' || c == '&' || c == ' ';
    }

    private static void trimEnd(StringBuilder sb) {
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
            sb.setLength(sb.length() - 1);
        }
    }

    private static String formatToken(String token, String form, CslLocale locale, String gender) {
        Long n = parseLong(token);
        if (n == null) {
            return token;
        }
        return switch (form == null ? "numeric" : form) {
            case "ordinal" -> n + locale.ordinalSuffix(n, gender);
            case "long-ordinal" -> locale.longOrdinal(n, gender);
            case "roman" -> roman(n);
            default -> Long.toString(n);
        };
    }
}
