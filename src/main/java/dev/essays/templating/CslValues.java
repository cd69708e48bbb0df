package dev.essays.templating;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reading plain values out of a CSL-JSON item for metadata, tolerant of any shape an item may have. */
final class CslValues {

    private CslValues() {
    }

    static String text(Map<String, Object> item, String variable) {
        Object value = item.get(variable);
        String text = value instanceof String || value instanceof Number ? String.valueOf(value).strip() : null;
        return text == null || text.isEmpty() ? null : text; // a field left empty is no value
    }

    /** "Family, Given" per name, or the literal name. */
    static List<String> names(Map<String, Object> item, String variable) {
        List<String> out = new ArrayList<>();
        if (item.get(variable) instanceof List<?> names) {
            for (Object name : names) {
                if (name instanceof Map<?, ?> map) {
                    Object literal = map.get("literal");
                    Object family = map.get("family");
                    Object given = map.get("given");
                    if (literal instanceof String l) {
                        out.add(l);
                    } else if (family instanceof String f) {
                        String particle = map.get("non-dropping-particle") instanceof String p ? p + " " : "";
                        out.add(given instanceof String g ? particle + f + ", " + g : particle + f);
                    }
                }
            }
        }
        return out;
    }

    /** YYYY, YYYY-MM or YYYY-MM-DD from the first date of a CSL date, or null. */
    static String isoDate(Map<String, Object> item, String variable) {
        if (item.get(variable) instanceof Map<?, ?> date && date.get("date-parts") instanceof List<?> ranges
                && !ranges.isEmpty() && ranges.get(0) instanceof List<?> parts && !parts.isEmpty()) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < parts.size() && i < 3; i++) {
                Object part = parts.get(i);
                long n;
                try {
                    n = part instanceof Number number ? number.longValue() : Long.parseLong(String.valueOf(part).trim());
                } catch (NumberFormatException e) {
                    break;
                }
                out.append(i == 0 ? String.format("%04d", n) : String.format("-%02d", n));
            }
            return out.length() == 0 ? null : out.toString();
        }
        return null;
    }

    static String year(Map<String, Object> item, String variable) {
        String date = isoDate(item, variable);
        return date == null ? null : date.substring(0, Math.min(4, date.length()));
    }
}
