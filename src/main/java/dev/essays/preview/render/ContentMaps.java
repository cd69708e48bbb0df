package dev.essays.preview.render;

import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Magnolia's {@code content} object for templates: a node's properties by name plus {@code @name}, {@code @path},
 * {@code @id}, {@code @nodeType}. Dates become {@link java.util.Date}, multi-valued properties lists.
 */
final class ContentMaps {

    private ContentMaps() {
    }

    /** A content map that remembers its node, so {@code cmsfn.asJCRNode(content)} can give it back. */
    static final class ContentMap extends LinkedHashMap<String, Object> {
        private final transient Node node;

        ContentMap(Node node) {
            this.node = node;
        }

        Node node() {
            return node;
        }
    }

    static Map<String, Object> of(Node node) throws RepositoryException {
        ContentMap map = new ContentMap(node);
        map.put("@name", node.getName());
        map.put("@path", node.getPath());
        map.put("@id", node.getIdentifier());
        map.put("@nodeType", node.getPrimaryNodeType().getName());
        for (PropertyIterator it = node.getProperties(); it.hasNext(); ) {
            Property property = it.nextProperty();
            if (property.getName().startsWith("jcr:")) {
                continue;
            }
            map.put(property.getName(), property.isMultiple() ? values(property.getValues()) : value(property.getValue()));
        }
        return map;
    }

    private static List<Object> values(Value[] values) throws RepositoryException {
        List<Object> out = new ArrayList<>();
        for (Value value : values) {
            out.add(value(value));
        }
        return out;
    }

    private static Object value(Value value) throws RepositoryException {
        return switch (value.getType()) {
            case PropertyType.DATE -> value.getDate().getTime();
            case PropertyType.BOOLEAN -> value.getBoolean();
            case PropertyType.LONG -> value.getLong();
            case PropertyType.DOUBLE -> value.getDouble();
            default -> value.getString();
        };
    }
}
