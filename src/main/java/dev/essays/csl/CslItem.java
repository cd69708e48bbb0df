package dev.essays.csl;

import dev.essays.csl.json.JsonReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One CSL-JSON item; immutable. */
public final class CslItem {
    private final Map<String, Object> fields;
    private final String id;

    private CslItem(Map<String, Object> fields) {
        this.fields = fields;
        Object rawId = fields.get("id");
        this.id = rawId == null ? "" : rawId instanceof Number n && n.doubleValue() == n.longValue()
                ? Long.toString(n.longValue()) : rawId.toString();
    }

    public static CslItem of(Map<String, Object> cslJson) {
        return new CslItem(freeze(cslJson));
    }

    public static CslItem parseJson(String jsonObject) throws CslException {
        Object value = parse(jsonObject);
        if (!(value instanceof Map<?, ?> map)) {
            throw new CslException("CSL-JSON item must be an object");
        }
        return of(cast(map));
    }

    public static List<CslItem> parseJsonArray(String json) throws CslException {
        Object value = parse(json);
        if (!(value instanceof List<?> list)) {
            throw new CslException("CSL-JSON input must be an array of items");
        }
        List<CslItem> items = new ArrayList<>();
        for (Object o : list) {
            if (!(o instanceof Map<?, ?> map)) {
                throw new CslException("CSL-JSON array element is not an object: " + o);
            }
            items.add(of(cast(map)));
        }
        return List.copyOf(items);
    }

    private static Object parse(String json) throws CslException {
        try {
            return JsonReader.parse(json);
        } catch (IllegalArgumentException e) {
            throw new CslException(e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> freeze(Map<String, Object> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, freezeValue(v)));
        return Collections.unmodifiableMap(copy);
    }

    @SuppressWarnings("unchecked")
    private static Object freezeValue(Object v) {
        if (v instanceof Map<?, ?> m) {
            return freeze((Map<String, Object>) m);
        }
        if (v instanceof List<?> l) {
            List<Object> copy = new ArrayList<>(l.size());
            l.forEach(e -> copy.add(freezeValue(e)));
            return Collections.unmodifiableList(copy);
        }
        return v;
    }

    public String id() {
        return id;
    }

    /** The item's CSL-JSON fields (unmodifiable). */
    public Map<String, Object> fields() {
        return fields;
    }

    @Override
    public String toString() {
        return "CslItem[" + id + "]";
    }
}
