package dev.essays.csl.style;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One element of a parsed CSL style or locale: immutable after parsing, shared across threads. */
public final class CslNode {
    private final String name;
    private final Map<String, String> attributes;
    private final List<CslNode> children;
    private final String text;
    private final int line;
    /** Attribute values split into words, filled on first use (racing threads compute equal lists). */
    private volatile Map<String, List<String>> words = Map.of();

    public CslNode(String name, Map<String, String> attributes, List<CslNode> children, String text, int line) {
        this.name = name;
        this.attributes = Map.copyOf(attributes);
        this.children = List.copyOf(children);
        this.text = text;
        this.line = line;
    }

    public String name() {
        return name;
    }

    public String attr(String key) {
        return attributes.get(key);
    }

    public String attr(String key, String fallback) {
        String v = attributes.get(key);
        return v == null ? fallback : v;
    }

    /** The whitespace-separated words of an attribute (variable lists, condition values); empty when unset. */
    public List<String> words(String key) {
        Map<String, List<String>> known = words;
        List<String> w = known.get(key);
        if (w == null) {
            w = split(attributes.get(key));
            Map<String, List<String>> next = new HashMap<>(known);
            next.put(key, w);
            words = Map.copyOf(next);
        }
        return w;
    }

    private static List<String> split(String value) {
        List<String> out = new ArrayList<>();
        if (value != null) {
            int i = 0;
            while (i < value.length()) {
                while (i < value.length() && Character.isWhitespace(value.charAt(i))) {
                    i++;
                }
                int start = i;
                while (i < value.length() && !Character.isWhitespace(value.charAt(i))) {
                    i++;
                }
                if (i > start) {
                    out.add(value.substring(start, i));
                }
            }
        }
        return List.copyOf(out);
    }

    public boolean has(String key) {
        return attributes.containsKey(key);
    }

    public Map<String, String> attributes() {
        return attributes;
    }

    public List<CslNode> children() {
        return children;
    }

    /** Character content (for info fields, terms, single/multiple). */
    public String text() {
        return text;
    }

    public int line() {
        return line;
    }

    public CslNode child(String childName) {
        for (CslNode c : children) {
            if (c.name.equals(childName)) {
                return c;
            }
        }
        return null;
    }

    public List<CslNode> childrenNamed(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    @Override
    public String toString() {
        return "<" + name + " " + attributes + "> line " + line;
    }
}
