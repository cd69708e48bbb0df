package dev.essays.csl.style;

import java.util.List;
import java.util.Map;

/** One element of a parsed CSL style or locale: immutable after parsing, shared across threads. */
public final class CslNode {
    private final String name;
    private final Map<String, String> attributes;
    private final List<CslNode> children;
    private final String text;
    private final int line;

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
