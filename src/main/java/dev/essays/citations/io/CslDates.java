package dev.essays.citations.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CSL-JSON dates ({@code {"date-parts": [[2013, 5, 2]], "circa": true, "season": 1}}) to and from EDTF strings
 * ({@code 2013-05-02}, {@code 2013~}, {@code 2013-21}, {@code 2013-05/2013-06}), the form BibLaTeX's {@code date}
 * fields use.
 */
public final class CslDates {

    /** Date variables of CSL 1.0.2. */
    public static final List<String> VARIABLES = List.of("accessed", "available-date", "event-date", "issued",
            "original-date", "submitted");

    private static final Pattern EDTF_DATE = Pattern.compile(
            "(-?[0-9]{4})(?:-([0-9]{2}))?(?:-([0-9]{2}))?");

    private CslDates() {
    }

    /** The CSL-JSON date for an EDTF string (level 0 and the common level-1 parts), or {@code null} if it is not one. */
    public static Map<String, Object> fromEdtf(String edtf) {
        if (edtf == null) {
            return null;
        }
        String s = edtf.trim();
        boolean circa = false;
        String[] ends = s.split("/", -1);
        if (ends.length > 2) {
            return null;
        }
        List<Object> parts = new ArrayList<>();
        Integer season = null;
        for (String end : ends) {
            String e = end.trim();
            while (!e.isEmpty() && "~?%".indexOf(e.charAt(e.length() - 1)) >= 0) {
                char c = e.charAt(e.length() - 1);
                circa |= c == '~' || c == '%';
                e = e.substring(0, e.length() - 1);
            }
            Matcher m = EDTF_DATE.matcher(e);
            if (!m.matches()) {
                return null;
            }
            List<Integer> p = new ArrayList<>();
            p.add(Integer.parseInt(m.group(1)));
            if (m.group(2) != null) {
                int month = Integer.parseInt(m.group(2));
                if (month >= 21 && month <= 24 && m.group(3) == null) {
                    if (ends.length == 1) {
                        season = month - 20;
                    } else {
                        return null;
                    }
                } else if (month >= 1 && month <= 12) {
                    p.add(month);
                    if (m.group(3) != null) {
                        int day = Integer.parseInt(m.group(3));
                        if (day < 1 || day > 31) {
                            return null;
                        }
                        p.add(day);
                    }
                } else {
                    return null;
                }
            }
            parts.add(p);
        }
        Map<String, Object> date = new LinkedHashMap<>();
        date.put("date-parts", parts);
        if (season != null) {
            date.put("season", season);
        }
        if (circa) {
            date.put("circa", true);
        }
        return date;
    }

    /** A CSL date from EDTF, or {@code {"literal": text}} when the text is not EDTF. */
    public static Map<String, Object> fromText(String text) {
        Map<String, Object> date = fromEdtf(text);
        if (date == null) {
            date = new LinkedHashMap<>();
            date.put("literal", text.trim());
        }
        return date;
    }

    /**
     * The EDTF string for a CSL-JSON date, or {@code null} when it has no date-parts (a literal or raw date: see
     * {@link #text}).
     */
    public static String toEdtf(Object cslDate) {
        if (!(cslDate instanceof Map<?, ?> date) || !(date.get("date-parts") instanceof List<?> parts)
                || parts.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < parts.size() && i < 2; i++) {
            if (!(parts.get(i) instanceof List<?> p) || p.isEmpty()) {
                return null;
            }
            if (i > 0) {
                b.append('/');
            }
            Integer year = integer(p.get(0));
            if (year == null) {
                return null;
            }
            b.append(year < 0 ? String.format("-%04d", -year) : String.format("%04d", year));
            Integer season = parts.size() == 1 && p.size() == 1 ? integer(date.get("season")) : null;
            if (season != null && season >= 1 && season <= 4) {
                b.append('-').append(20 + season);
            }
            for (int k = 1; k < p.size() && k < 3; k++) {
                Integer v = integer(p.get(k));
                if (v == null) {
                    return null;
                }
                b.append('-').append(String.format("%02d", v));
            }
            if (Boolean.TRUE.equals(date.get("circa")) || "1".equals(String.valueOf(date.get("circa")))) {
                b.append('~');
            }
        }
        return b.toString();
    }

    /** EDTF when the date has parts, else its literal or raw text, else {@code null}. */
    public static String text(Object cslDate) {
        String edtf = toEdtf(cslDate);
        if (edtf != null) {
            return edtf;
        }
        if (cslDate instanceof Map<?, ?> date) {
            for (String k : List.of("literal", "raw")) {
                if (date.get(k) instanceof String s && !s.isBlank()) {
                    return s;
                }
            }
        }
        return cslDate instanceof String s ? s : null;
    }

    /** The first date-parts element ({@code [2013, 5, 2]}) as integers, or an empty list. */
    public static List<Integer> firstParts(Object cslDate) {
        List<Integer> out = new ArrayList<>();
        if (cslDate instanceof Map<?, ?> date && date.get("date-parts") instanceof List<?> parts && !parts.isEmpty()
                && parts.get(0) instanceof List<?> p) {
            for (Object o : p) {
                Integer v = integer(o);
                if (v == null) {
                    break;
                }
                out.add(v);
            }
        }
        return out;
    }

    static Integer integer(Object o) {
        if (o instanceof Number n) {
            return n.intValue();
        }
        if (o instanceof String s) {
            try {
                return Integer.parseInt(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
