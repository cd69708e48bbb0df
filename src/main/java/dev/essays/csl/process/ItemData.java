package dev.essays.csl.process;

import dev.essays.csl.CslItem;
import dev.essays.csl.dates.DateValue;
import dev.essays.csl.names.Name;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Read access to one item's variables, with names and dates parsed once. */
final class ItemData {
    final CslItem item;
    final Map<String, Object> fields;
    private final Map<String, List<Name>> names = new HashMap<>();
    private final Map<String, DateValue> dates = new HashMap<>();

    ItemData(CslItem item) {
        this.item = item;
        this.fields = withNoteFields(item.fields());
    }

    /**
     * Zotero stores variables it lacks fields for as "name: value" lines in the note ("event-date: 2004-10-01");
     * they fill variables the item does not already have.
     */
    private static Map<String, Object> withNoteFields(Map<String, Object> fields) {
        Object note = fields.get("note");
        if (!(note instanceof String text) || text.indexOf(':') < 0) {
            return fields;
        }
        Map<String, Object> merged = null;
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.startsWith("{:") && l.endsWith("}")) {
                l = l.substring(2, l.length() - 1);
            }
            int colon = l.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String key = l.substring(0, colon).strip();
            String value = l.substring(colon + 1).strip();
            if (value.isEmpty() || !key.chars().allMatch(c -> c == '-' || Character.isLowerCase(c))
                    || fields.containsKey(key)) {
                continue;
            }
            if (merged == null) {
                merged = new HashMap<>(fields);
            }
            if (Variables.NAMES.contains(key)) {
                addNoteName(merged, key, value);
            } else {
                merged.put(key, value);
            }
        }
        return merged == null ? fields : merged;
    }

    /** A name line is "Family || Given", or a literal name; repeated lines add names to the list. */
    @SuppressWarnings("unchecked")
    private static void addNoteName(Map<String, Object> merged, String key, String value) {
        int bars = value.indexOf("||");
        Map<String, Object> name = bars < 0 ? Map.of("literal", value)
                : Map.of("family", value.substring(0, bars).strip(), "given", value.substring(bars + 2).strip());
        ((List<Object>) merged.computeIfAbsent(key, k -> new ArrayList<>())).add(name);
    }

    String id() {
        return item.id();
    }

    String type() {
        Object t = fields.get("type");
        return t == null ? "" : t.toString();
    }

    /** String value of an ordinary or number variable; null when missing or empty. */
    String string(String var) {
        Object v = fields.get(var);
        if (v == null && var.equals("page-first")) {
            String page = string("page");
            if (page == null) {
                return null;
            }
            int cut = 0;
            while (cut < page.length() && Character.isLetterOrDigit(page.charAt(cut))) {
                cut++;
            }
            return cut == 0 ? null : page.substring(0, cut);
        }
        if (v == null && var.equals("container-title-short")) {
            v = fields.get("journalAbbreviation");
        }
        if (v == null && var.equals("title-short")) {
            v = fields.get("shortTitle");
        }
        if (v == null || v instanceof Map || v instanceof List) {
            return null;
        }
        String s;
        if (v instanceof Number n && n.doubleValue() == n.longValue()) {
            s = Long.toString(n.longValue());
        } else {
            s = v.toString();
        }
        return s.isEmpty() ? null : s;
    }

    List<Name> names(String var) {
        return names.computeIfAbsent(var, k -> Name.listFrom(fields.get(k)));
    }

    DateValue date(String var) {
        if (!dates.containsKey(var)) {
            dates.put(var, DateValue.from(fields.get(var)));
        }
        return dates.get(var);
    }

    boolean has(String var) {
        if (var.equals("citation-label")) {
            return true;
        }
        if (Variables.NAMES.contains(var)) {
            return !names(var).isEmpty();
        }
        if (Variables.DATES.contains(var)) {
            return date(var) != null;
        }
        return string(var) != null;
    }
}
