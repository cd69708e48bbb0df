package dev.essays.citations.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CSL-JSON files: an array of items, each a {@code Map<String, Object>} exactly as Jackson reads it. Reading
 * validates every item (an object with a non-blank {@code id} and a CSL 1.0.2 {@code type}, unique ids, names as
 * arrays of name objects, dates as date objects) and fails as a whole on the first bad record.
 */
public final class CslJson {

    /** Item types of CSL 1.0.2. */
    public static final Set<String> TYPES = Set.of("article", "article-journal", "article-magazine",
            "article-newspaper", "bill", "book", "broadcast", "chapter", "classic", "collection", "dataset",
            "document", "entry", "entry-dictionary", "entry-encyclopedia", "event", "figure", "graphic", "hearing",
            "interview", "legal_case", "legislation", "manuscript", "map", "motion_picture", "musical_score",
            "pamphlet", "paper-conference", "patent", "performance", "periodical", "personal_communication", "post",
            "post-weblog", "regulation", "report", "review", "review-book", "software", "song", "speech",
            "standard", "thesis", "treaty", "webpage");

    /** Name variables of CSL 1.0.2. */
    public static final Set<String> NAME_VARIABLES = Set.of("author", "chair", "collection-editor", "compiler",
            "composer", "container-author", "contributor", "curator", "director", "editor", "editorial-director",
            "editor-translator", "executive-producer", "guest", "host", "illustrator", "interviewer", "narrator",
            "organizer", "original-author", "performer", "producer", "recipient", "reviewed-author",
            "script-writer", "series-creator", "translator");

    private static final Set<String> NAME_PARTS = Set.of("family", "given", "literal", "dropping-particle",
            "non-dropping-particle", "suffix", "comma-suffix", "static-ordering", "parse-names");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CslJson() {
    }

    /** Reads and validates a CSL-JSON array (a single item object is also accepted). */
    public static List<Map<String, Object>> read(String json) throws SourceImportException {
        List<Map<String, Object>> items = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        JsonFactory factory = MAPPER.getFactory();
        try (JsonParser p = factory.createParser(json)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new SourceImportException(null, 1, "empty file: a CSL-JSON array was expected");
            }
            if (first == JsonToken.START_OBJECT) {
                lines.add(line(p.currentTokenLocation()));
                items.add(item(p));
            } else if (first == JsonToken.START_ARRAY) {
                JsonToken t;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (t == null) {
                        throw new SourceImportException(null, line(p.currentLocation()), "the array is not closed");
                    }
                    int line = line(p.currentTokenLocation());
                    if (t != JsonToken.START_OBJECT) {
                        throw new SourceImportException("record " + (items.size() + 1), line,
                                "an item must be a JSON object");
                    }
                    lines.add(line);
                    items.add(item(p));
                }
            } else {
                throw new SourceImportException(null, line(p.currentTokenLocation()),
                        "a CSL-JSON array of items was expected");
            }
            if (p.nextToken() != null) {
                throw new SourceImportException(null, line(p.currentTokenLocation()),
                        "unexpected content after the array");
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new SourceImportException("record " + (items.size() + 1), line,
                    "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new SourceImportException(null, 0, "cannot read the file: " + e.getMessage());
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            validate(items.get(i), i + 1, lines.get(i), seen);
        }
        return items;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> item(JsonParser p) throws IOException {
        return MAPPER.readValue(p, LinkedHashMap.class);
    }

    private static int line(JsonLocation loc) {
        return loc == null ? 0 : loc.getLineNr();
    }

    /**
     * Checks one item; {@code seen} collects ids across a file to find duplicates.
     *
     * @throws SourceImportException naming the record and line
     */
    static void validate(Map<String, Object> item, int ordinal, int line, Map<String, Integer> seen)
            throws SourceImportException {
        Object id = item.get("id");
        String record = "record " + ordinal;
        if (!(id instanceof String || id instanceof Number) || String.valueOf(id).isBlank()) {
            throw new SourceImportException(record, line, "the item has no id");
        }
        record = String.valueOf(id);
        Integer before = seen.putIfAbsent(record, ordinal);
        if (before != null) {
            throw new SourceImportException(record, line, "the id is also used by record " + before);
        }
        if (!(item.get("type") instanceof String type)) {
            throw new SourceImportException(record, line, "the item has no type");
        }
        if (!TYPES.contains(type)) {
            throw new SourceImportException(record, line, "\u201C" + type + "\u201D is not a CSL item type");
        }
        for (Map.Entry<String, Object> e : item.entrySet()) {
            String var = e.getKey();
            Object v = e.getValue();
            if (NAME_VARIABLES.contains(var)) {
                checkNames(record, line, var, v);
            } else if (CslDates.VARIABLES.contains(var)) {
                checkDate(record, line, var, v);
            } else if (v instanceof Map<?, ?> && !var.equals("custom")) {
                throw new SourceImportException(record, line, "\u201C" + var + "\u201D must be text or a number");
            }
        }
    }

    private static void checkNames(String record, int line, String var, Object v) throws SourceImportException {
        if (!(v instanceof List<?> names)) {
            throw new SourceImportException(record, line, "\u201C" + var + "\u201D must be a list of names");
        }
        for (Object n : names) {
            if (!(n instanceof Map<?, ?> name)) {
                throw new SourceImportException(record, line,
                        "each name in \u201C" + var + "\u201D must be an object with family, given or literal");
            }
            boolean hasName = false;
            for (Map.Entry<?, ?> part : name.entrySet()) {
                if (!NAME_PARTS.contains(String.valueOf(part.getKey()))) {
                    throw new SourceImportException(record, line,
                            "\u201C" + part.getKey() + "\u201D is not a part of a name in \u201C" + var + "\u201D");
                }
                if (part.getValue() instanceof Map || part.getValue() instanceof List) {
                    throw new SourceImportException(record, line,
                            "name part \u201C" + part.getKey() + "\u201D in \u201C" + var + "\u201D must be text");
                }
                String k = String.valueOf(part.getKey());
                if ((k.equals("family") || k.equals("given") || k.equals("literal"))
                        && part.getValue() instanceof String s && !s.isBlank()) {
                    hasName = true;
                }
            }
            if (!hasName) {
                throw new SourceImportException(record, line,
                        "a name in \u201C" + var + "\u201D has no family, given or literal part");
            }
        }
    }

    private static void checkDate(String record, int line, String var, Object v) throws SourceImportException {
        String where = "date \u201C" + var + "\u201D";
        if (!(v instanceof Map<?, ?> date)) {
            throw new SourceImportException(record, line, where + " must be an object with date-parts or literal");
        }
        Object parts = date.get("date-parts");
        if (parts == null) {
            if (!(date.get("literal") instanceof String) && !(date.get("raw") instanceof String)) {
                throw new SourceImportException(record, line, where + " has neither date-parts nor literal nor raw");
            }
            return;
        }
        if (!(parts instanceof List<?> list) || list.isEmpty() || list.size() > 2) {
            throw new SourceImportException(record, line, where + ": date-parts must hold one or two dates");
        }
        for (Object d : list) {
            if (!(d instanceof List<?> p) || p.isEmpty() || p.size() > 3) {
                throw new SourceImportException(record, line,
                        where + ": each date in date-parts is [year], [year, month] or [year, month, day]");
            }
            for (Object x : p) {
                if (CslDates.integer(x) == null) {
                    throw new SourceImportException(record, line,
                            where + ": \u201C" + x + "\u201D is not a number in date-parts");
                }
            }
        }
    }

    /** Pretty-printed CSL-JSON array of {@code items}, as given. */
    public static String write(List<Map<String, Object>> items) {
        try {
            return MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(items) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("items cannot be written as JSON", e);
        }
    }
}
