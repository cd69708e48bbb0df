package dev.essays.essay.jcr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CSL-JSON dates ⇄ EDTF strings ({@code 2013}, {@code 2013-05}, {@code 2013-05-01}, {@code 2013-21} for
 * spring, {@code 2013~} for circa, {@code 2013/2015} for ranges). Only shapes that come back identical are
 * converted; any other date (literal, raw, strings in date-parts, ...) is stored as it is.
 */
final class CslDates {

    private static final Pattern PART = Pattern.compile("(-?\\d{1,9})(?:-(\\d{2}))?(?:-(\\d{2}))?(~)?");

    private CslDates() {
    }

    static String toEdtf(Map<?, ?> date) {
        Object parts = date.get("date-parts");
        if (!(parts instanceof List<?> ranges) || ranges.isEmpty() || ranges.size() > 2) {
            return null;
        }
        for (Object key : date.keySet()) {
            if (!List.of("date-parts", "season", "circa").contains(key)) {
                return null;
            }
        }
        Object circa = date.get("circa");
        if (circa != null && !Boolean.TRUE.equals(circa)) {
            return null;
        }
        Object season = date.get("season");
        if (season != null && (!(season instanceof Long s) || s < 1 || s > 4 || ranges.size() != 1
                || ((List<?>) ranges.get(0)).size() != 1)) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (Object range : ranges) {
            String part = part(range);
            if (part == null) {
                return null;
            }
            out.add(part);
        }
        String first = out.get(0) + (season != null ? "-" + (20 + (Long) season) : "") + (circa != null ? "~" : "");
        return out.size() == 1 ? first : first + "/" + out.get(1);
    }

    static Map<String, Object> fromEdtf(String edtf) {
        String[] halves = edtf.split("/", -1);
        if (halves.length > 2) {
            return null;
        }
        List<Object> ranges = new ArrayList<>();
        boolean circa = false;
        Long season = null;
        for (int i = 0; i < halves.length; i++) {
            Matcher m = PART.matcher(halves[i]);
            if (!m.matches()) {
                return null;
            }
            List<Object> parts = new ArrayList<>();
            parts.add(Long.parseLong(m.group(1)));
            if (m.group(2) != null) {
                long month = Long.parseLong(m.group(2));
                if (month >= 21 && month <= 24 && m.group(3) == null && i == 0 && halves.length == 1) {
                    season = month - 20;
                } else if (month >= 1 && month <= 12) {
                    parts.add(month);
                } else {
                    return null;
                }
            }
            if (m.group(3) != null) {
                parts.add(Long.parseLong(m.group(3)));
            }
            circa |= m.group(4) != null;
            ranges.add(parts);
        }
        Map<String, Object> date = new LinkedHashMap<>();
        date.put("date-parts", ranges);
        if (season != null) {
            date.put("season", season);
        }
        if (circa) {
            date.put("circa", true);
        }
        return date;
    }

    private static String part(Object range) {
        if (!(range instanceof List<?> parts) || parts.isEmpty() || parts.size() > 3) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            if (!(parts.get(i) instanceof Long n)) {
                return null;
            }
            if (i == 0) {
                out.append(n < 0 ? "-" : "").append(String.format("%04d", Math.abs(n)));
            } else if (n < 1 || n > (i == 1 ? 12 : 31)) {
                return null;
            } else {
                out.append('-').append(String.format("%02d", n));
            }
        }
        return out.toString();
    }
}
