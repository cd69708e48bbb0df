package dev.essays.comments.settings;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/** The entries of a configured list as plain strings. */
final class ConfigLists {

    /**
     * Older Node2Bean builds a list from every property of the list node, so the node's type name
     * ({@code mgnl:contentNode}) or a metadata date can arrive with the entries; neither is ever an entry.
     */
    private static final Pattern NODE_TYPE_NAME = Pattern.compile("(jcr|mgnl|mix|nt|rep):\\w+");

    private ConfigLists() {
    }

    static List<String> entries(Collection<?> values) {
        List<String> out = new ArrayList<>();
        if (values != null) {
            for (Object value : values) {
                if (value instanceof String s && !s.isBlank() && !NODE_TYPE_NAME.matcher(s.strip()).matches()) {
                    out.add(s.strip());
                }
            }
        }
        return List.copyOf(out);
    }
}
