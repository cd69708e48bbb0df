package dev.essays.essay.jcr;

import dev.essays.jcr.NodeTypes;
import org.apache.jackrabbit.util.Text;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.PropertyIterator;
import javax.jcr.RepositoryException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One source stored as a node (an essay's {@code essays:source}, or a citation component on a page) read as its
 * CSL-JSON item: CSL variables as properties, names as ordered child nodes, dates as EDTF strings. The variables
 * of the source's type that the Essays app shows as that type's fields live in a child node named after the type
 * ({@link SourceForms}); reading merges them back, and also accepts them flat on the source node, as sources
 * stored before the tab had per-type fields hold them.
 */
public final class SourceNodes {

    private SourceNodes() {
    }

    public static Map<String, Object> read(Node node) throws RepositoryException {
        Map<String, Object> item = JsonNodes.read(node);
        Object typeFields = null;
        for (String type : SourceForms.types()) {
            if (item.get(type) instanceof Map<?, ?> fields) {
                item.remove(type); // another type's fields are what the app kept after a type change: not data
                if (type.equals(item.get("type"))) {
                    typeFields = fields;
                }
            }
        }
        if (typeFields != null) {
            // An empty field the app wrote over an older flat value (the tab showed it empty) keeps that value.
            ((Map<?, ?>) typeFields).forEach((key, value) -> {
                if (!isEmpty(value) || !item.containsKey(String.valueOf(key))) {
                    item.put(String.valueOf(key), value);
                }
            });
        }
        return item;
    }

    private static boolean isEmpty(Object value) {
        return value instanceof String text && text.isBlank() || value instanceof java.util.Collection<?> c && c.isEmpty()
                || value instanceof Map<?, ?> m && m.isEmpty();
    }

    /** Writes the item onto an empty node in the app's shape: common variables on the node, type fields below it. */
    static void write(Node node, Map<String, Object> item) throws RepositoryException {
        List<String> typeVariables = SourceForms.variablesOf(item.get("type"));
        Map<String, Object> own = new LinkedHashMap<>();
        Map<String, Object> typeFields = new LinkedHashMap<>();
        item.forEach((key, value) -> (typeVariables.contains(key) ? typeFields : own).put(key, value));
        JsonNodes.write(node, own);
        if (!typeFields.isEmpty()) {
            JsonNodes.write(node.addNode(Text.escapeIllegalJcrChars((String) item.get("type")), NodeTypes.MGNL_CONTENT_NODE),
                    typeFields);
        }
    }

    /** Whether the node is in the shape {@link #write} gives: no type variable flat, no other type's fields. */
    static boolean isCanonical(Node node) throws RepositoryException {
        String type = node.hasProperty("type") && !node.getProperty("type").isMultiple()
                ? node.getProperty("type").getString() : null;
        List<String> typeVariables = SourceForms.variablesOf(type);
        for (PropertyIterator it = node.getProperties(); it.hasNext(); ) {
            if (typeVariables.contains(Text.unescapeIllegalJcrChars(it.nextProperty().getName()))) {
                return false;
            }
        }
        for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
            String name = Text.unescapeIllegalJcrChars(it.nextNode().getName());
            if (typeVariables.contains(name) || SourceForms.isTypeNode(name) && !name.equals(type)) {
                return false;
            }
        }
        return true;
    }
}
