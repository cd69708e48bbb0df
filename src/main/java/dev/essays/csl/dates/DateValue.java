package dev.essays.csl.dates;

import java.util.List;
import java.util.Map;

/** A CSL-JSON date: start and optional end (year, month, day; 0 = missing), season, circa, literal. */
public record DateValue(int[] start, int[] end, String season, boolean circa, String literal, String endSeason) {

    public boolean hasYear() {
        return start != null && start[0] != 0;
    }

    public boolean isRange() {
        return end != null && (end[0] != 0 || end[1] != 0 || end[2] != 0 || endSeason != null);
    }

    /** "1987–": an end date given as all zeros. */
    public boolean isOpenRange() {
        return end != null && end[0] == 0 && end[1] == 0 && end[2] == 0 && endSeason == null;
    }

    public static DateValue from(Object value) {
        if (value instanceof String s) {
            return fromRaw(s);
        }
        if (!(value instanceof Map<?, ?> m)) {
            return null;
        }
        String literal = m.get("literal") == null ? null : m.get("literal").toString();
        Object season = m.get("season");
        boolean circa = m.get("circa") != null && !Boolean.FALSE.equals(m.get("circa"))
                && !"".equals(m.get("circa")) && !Long.valueOf(0).equals(m.get("circa"));
        int[] start = null;
        int[] end = null;
        if (m.get("date-parts") instanceof List<?> parts && !parts.isEmpty()) {
            start = parts(parts.get(0));
            if (parts.size() > 1) {
                end = parts(parts.get(1));
            }
        } else if (m.get("raw") != null) {
            DateValue raw = fromRaw(m.get("raw").toString());
            if (raw != null) {
                start = raw.start;
                end = raw.end;
                if (literal == null) {
                    literal = raw.literal;
                }
            }
        }
        if (start == null && literal == null && season == null) {
            return null;
        }
        if (start != null && start[0] == 0 && start[1] == 0 && literal == null) {
            if (season == null) {
                return null;
            }
        }
        String seasonText = season == null ? null : season.toString();
        if (start != null && start[1] >= 13 && start[1] <= 24) {
            if (seasonText == null) {
                seasonText = Integer.toString((start[1] - 13) % 4 + 1);
            }
            start[1] = 0;
        } else if (start != null && (start[1] < 0 || start[1] > 24)) {
            start[1] = 0;
            start[2] = 0;
        }
        String endSeason = null;
        if (end != null && end[1] >= 13 && end[1] <= 24) {
            endSeason = Integer.toString((end[1] - 13) % 4 + 1);
            end[1] = 0;
        }
        return new DateValue(start, end, seasonText, circa, literal, endSeason);
    }

    private static int[] parts(Object raw) {
        int[] p = new int[3];
        if (raw instanceof List<?> list) {
            for (int i = 0; i < Math.min(3, list.size()); i++) {
                p[i] = toInt(list.get(i));
            }
        }
        return p;
    }

    private static int toInt(Object o) {
        if (o instanceof Number n) {
            return n.intValue();
        }
        if (o == null) {
            return 0;
        }
        try {
            return Integer.parseInt(o.toString().strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Minimal raw parsing: "2000", "2000-03-15", "2000/2001". Anything else is a literal. */
    private static DateValue fromRaw(String raw) {
        String s = raw.strip();
        String[] range = s.split("/");
        int[] start = iso(range[0]);
        if (start == null) {
            return new DateValue(null, null, null, false, s, null);
        }
        int[] end = range.length > 1 ? iso(range[1]) : null;
        return new DateValue(start, end, null, false, null, null);
    }

    private static int[] iso(String s) {
        String[] p = s.strip().split("-");
        int[] d = new int[3];
        try {
            for (int i = 0; i < Math.min(3, p.length); i++) {
                d[i] = Integer.parseInt(p[i]);
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return d;
    }
}
