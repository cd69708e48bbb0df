package dev.essays.essay.jcr;

import dev.essays.jcr.NodeTypes;
import org.apache.jackrabbit.util.Text;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import javax.jcr.ValueFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JSON values (as a JSON parser gives them) ⇄ JCR, without loss: strings, whole numbers, decimals and booleans
 * keep their JCR type; a list of one scalar type is a multi-valued property; an object is a child node; any
 * other list is a child node marked as an array whose entries are named 0, 1, 2, … CSL date variables
 * become one EDTF string (see {@link CslDates}) so an editor's date field can hold them.
 */
final class JsonNodes {

    static final String ARRAY_MARKER = "essays:jsonArray";
    /** Date variables whose JSON value was a plain string, so it is not read back as an EDTF date. */
    static final String STRING_DATES = "essays:stringDates";
    /** CSL name variables: ordered lists even when an editor's dialog stored them without the array marker. */
    static final Set<String> NAME_VARIABLES = Set.of("author", "chair", "collection-editor", "compiler", "composer",
            "container-author", "contributor", "curator", "director", "editor", "editorial-director", "executive-producer",
            "guest", "host", "illustrator", "interviewer", "narrator", "organizer", "original-author", "performer",
            "producer", "recipient", "reviewed-author", "script-writer", "series-creator", "translator");
    static final Set<String> DATE_VARIABLES = Set.of("accessed", "available-date", "event-date", "issued",
            "original-date", "submitted");

    private JsonNodes() {
    }

    static void write(Node node, Map<String, Object> object) throws RepositoryException {
        List<String> stringDates = new ArrayList<>();
        for (Map.Entry<String, Object> entry : object.entrySet()) {
            if (DATE_VARIABLES.contains(entry.getKey()) && entry.getValue() instanceof String) {
                stringDates.add(entry.getKey());
            }
            writeEntry(node, Text.escapeIllegalJcrChars(entry.getKey()), entry.getKey(), entry.getValue());
        }
        if (!stringDates.isEmpty()) {
            node.setProperty(STRING_DATES, stringDates.toArray(String[]::new));
        }
    }

    static Map<String, Object> read(Node node) throws RepositoryException {
        Map<String, Object> out = new LinkedHashMap<>();
        Set<String> stringDates = node.hasProperty(STRING_DATES)
                ? Set.copyOf(scalars(node.getProperty(STRING_DATES).getValues()).stream().map(String::valueOf).toList())
                : Set.of();
        for (PropertyIterator it = node.getProperties(); it.hasNext(); ) {
            Property property = it.nextProperty();
            if (property.getName().contains(":")) {
                continue; // jcr:, mgnl: and the module's own bookkeeping; JSON keys are escaped, never prefixed
            }
            String key = Text.unescapeIllegalJcrChars(property.getName());
            Object value = property.isMultiple() ? scalars(property.getValues()) : scalar(property.getValue());
            if (DATE_VARIABLES.contains(key) && !stringDates.contains(key) && value instanceof String edtf) {
                Map<String, Object> date = CslDates.fromEdtf(edtf);
                out.put(key, date != null ? date : value);
            } else {
                out.put(key, value);
            }
        }
        for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
            Node child = it.nextNode();
            String key = Text.unescapeIllegalJcrChars(child.getName());
            out.put(key, NAME_VARIABLES.contains(key) ? readList(child) : readNode(child));
        }
        return out;
    }

    private static void writeEntry(Node node, String name, String key, Object value) throws RepositoryException {
        ValueFactory values = node.getSession().getValueFactory();
        if (value == null) {
            return;
        }
        if (DATE_VARIABLES.contains(key) && value instanceof Map<?, ?> date) {
            String edtf = CslDates.toEdtf(date);
            if (edtf != null) {
                node.setProperty(name, edtf);
                return;
            }
        }
        if (value instanceof Map<?, ?> map) {
            Node child = node.addNode(name, NodeTypes.MGNL_CONTENT_NODE);
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String childKey = String.valueOf(entry.getKey());
                writeEntry(child, Text.escapeIllegalJcrChars(childKey), childKey, entry.getValue());
            }
        } else if (value instanceof List<?> list && uniformScalarType(list) != PropertyType.UNDEFINED) {
            Value[] array = new Value[list.size()];
            for (int i = 0; i < array.length; i++) {
                array[i] = value(values, list.get(i));
            }
            node.setProperty(name, array, uniformScalarType(list));
        } else if (value instanceof List<?> list) {
            Node child = node.addNode(name, NodeTypes.MGNL_CONTENT_NODE);
            child.setProperty(ARRAY_MARKER, true);
            for (int i = 0; i < list.size(); i++) {
                writeEntry(child, String.valueOf(i), String.valueOf(i), list.get(i));
            }
        } else {
            node.setProperty(name, value(values, value));
        }
    }

    private static Object readNode(Node node) throws RepositoryException {
        Map<String, Object> object = read(node);
        if (!node.hasProperty(ARRAY_MARKER)) {
            return object;
        }
        List<Object> list = new ArrayList<>();
        for (int i = 0; object.containsKey(String.valueOf(i)); i++) {
            list.add(object.get(String.valueOf(i)));
        }
        return list;
    }

    /** Child nodes in their stored order, whatever they are named. */
    private static List<Object> readList(Node node) throws RepositoryException {
        List<Object> list = new ArrayList<>();
        for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
            list.add(readNode(it.nextNode()));
        }
        return list;
    }

    /** The one JCR type all entries share, or UNDEFINED when the list is mixed or holds objects. */
    private static int uniformScalarType(List<?> list) {
        int type = PropertyType.STRING; // an empty list stays an empty list of strings
        for (int i = 0; i < list.size(); i++) {
            int t = scalarType(list.get(i));
            if (t == PropertyType.UNDEFINED || (i > 0 && t != type)) {
                return PropertyType.UNDEFINED;
            }
            type = t;
        }
        return type;
    }

    private static int scalarType(Object value) {
        if (value instanceof String) {
            return PropertyType.STRING;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return PropertyType.LONG;
        }
        if (value instanceof Number) {
            return PropertyType.DOUBLE;
        }
        if (value instanceof Boolean) {
            return PropertyType.BOOLEAN;
        }
        return PropertyType.UNDEFINED;
    }

    private static Value value(ValueFactory values, Object value) {
        return switch (scalarType(value)) {
            case PropertyType.LONG -> values.createValue(((Number) value).longValue());
            case PropertyType.DOUBLE -> values.createValue(((Number) value).doubleValue());
            case PropertyType.BOOLEAN -> values.createValue((Boolean) value);
            default -> values.createValue(String.valueOf(value));
        };
    }

    private static List<Object> scalars(Value[] values) throws RepositoryException {
        List<Object> out = new ArrayList<>(values.length);
        for (Value value : values) {
            out.add(scalar(value));
        }
        return out;
    }

    private static Object scalar(Value value) throws RepositoryException {
        return switch (value.getType()) {
            case PropertyType.LONG -> value.getLong();
            case PropertyType.DOUBLE -> value.getDouble();
            case PropertyType.BOOLEAN -> value.getBoolean();
            default -> value.getString();
        };
    }
}
