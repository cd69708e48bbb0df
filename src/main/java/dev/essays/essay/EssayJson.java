package dev.essays.essay;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.essays.citations.CitationKeys;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The REST API's JSON shape of an essay, both ways. Parsing collects every wrong field (with its path) and
 * refuses unknown fields, so nothing a client sends is silently dropped.
 */
public final class EssayJson {

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_LONG_FOR_INTS);

    private static final Set<String> FIELDS = Set.of("slug", "title", "subtitle", "authors", "publishedOn",
            "updatedOn", "excerpt", "body", "categories", "tags", "citationStyle", "worksCitedSources", "commentsOpen",
            "sources", "commentSettings");
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private EssayJson() {
    }

    /** Parses and validates; {@code slug} comes from the URL and wins over any slug in the body. */
    public static Essay parse(String json, String slug) throws InvalidEssayException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json == null ? "" : json);
        } catch (JsonProcessingException e) {
            throw new InvalidEssayException("body", "is not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidEssayException("body", "must be a JSON object");
        }
        Reader reader = new Reader((ObjectNode) root);
        Essay essay = new Essay(slug,
                reader.text("title"), reader.text("subtitle"), reader.texts("authors"),
                reader.dateTime("publishedOn"), reader.dateTime("updatedOn"),
                reader.text("excerpt"), reader.text("body"), reader.texts("categories"), reader.texts("tags"),
                reader.text("citationStyle"), reader.bool("commentsOpen"), reader.sources(), reader.commentSettings(),
                reader.worksCitedSources());
        Set<String> reported = new java.util.HashSet<>();
        reader.errors.forEach(error -> reported.add(error.field()));
        EssayValidator.validate(essay).stream().filter(error -> !reported.contains(error.field())).forEach(reader.errors::add);
        if (!reader.errors.isEmpty()) {
            throw new InvalidEssayException(reader.errors);
        }
        return essay;
    }

    public static ObjectNode toJson(Essay essay) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("slug", essay.slug());
        node.put("title", essay.title());
        putIfPresent(node, "subtitle", essay.subtitle());
        strings(node.putArray("authors"), essay.authors());
        putIfPresent(node, "publishedOn", essay.publishedOn() == null ? null : essay.publishedOn().toString());
        putIfPresent(node, "updatedOn", essay.updatedOn() == null ? null : essay.updatedOn().toString());
        putIfPresent(node, "excerpt", essay.excerpt());
        putIfPresent(node, "body", essay.body());
        strings(node.putArray("categories"), essay.categories());
        strings(node.putArray("tags"), essay.tags());
        putIfPresent(node, "citationStyle", essay.citationStyle());
        putIfPresent(node, "worksCitedSources", essay.worksCitedSources() == null ? null : essay.worksCitedSources().value());
        node.put("commentsOpen", essay.commentsAllowed());
        if (!essay.commentSettings().isSite()) {
            ObjectNode settings = node.putObject("commentSettings");
            putIfPresent(settings, "moderation", essay.commentSettings().moderation());
            if (essay.commentSettings().threadDepth() != null) {
                settings.put("threadDepth", essay.commentSettings().threadDepth());
            }
            if (essay.commentSettings().closeAfterDays() != null) {
                settings.put("closeAfterDays", essay.commentSettings().closeAfterDays());
            }
        }
        ArrayNode sources = node.putArray("sources");
        for (Map<String, Object> source : essay.sources()) {
            sources.add(MAPPER.valueToTree(source));
        }
        return node;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    /** Reads typed fields, noting each wrong one instead of stopping at the first. */
    private static final class Reader {
        private final ObjectNode root;
        private final List<FieldError> errors = new ArrayList<>();

        Reader(ObjectNode root) {
            this.root = root;
            for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!FIELDS.contains(name)) {
                    errors.add(new FieldError(name, "is not a field of an essay"));
                }
            }
        }

        String text(String field) {
            JsonNode value = root.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isTextual()) {
                errors.add(new FieldError(field, "must be a string"));
                return null;
            }
            return value.asText();
        }

        Boolean bool(String field) {
            JsonNode value = root.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isBoolean()) {
                errors.add(new FieldError(field, "must be true or false"));
                return null;
            }
            return value.asBoolean();
        }

        List<String> texts(String field) {
            JsonNode value = root.get(field);
            if (value == null || value.isNull()) {
                return List.of();
            }
            if (!value.isArray()) {
                errors.add(new FieldError(field, "must be an array of strings"));
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                if (!value.get(i).isTextual()) {
                    errors.add(new FieldError(field + "[" + i + "]", "must be a string"));
                } else {
                    out.add(value.get(i).asText());
                }
            }
            return out;
        }

        OffsetDateTime dateTime(String field) {
            String text = text(field);
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return IsoDates.parse(text);
            } catch (DateTimeParseException e) {
                errors.add(new FieldError(field, "must be an ISO 8601 date (2024-03-01) or date-time (2024-03-01T09:30:00Z)"));
                return null;
            }
        }

        /** {@code "all"} or {@code "cited"}; absent or null: the site's setting. */
        WorksCitedSources worksCitedSources() {
            String value = text("worksCitedSources");
            try {
                return WorksCitedSources.of(value);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("worksCitedSources", "must be \"all\" (every source) or \"cited\" (only"
                        + " the sources the text cites); leave it out for the site's setting"));
                return null;
            }
        }

        /** {@code {"moderation": "none|first-time|all", "threadDepth": 1-10, "closeAfterDays": 0-}}, every part optional. */
        CommentSettings commentSettings() {
            JsonNode value = root.get("commentSettings");
            if (value == null || value.isNull()) {
                return CommentSettings.SITE;
            }
            if (!value.isObject()) {
                errors.add(new FieldError("commentSettings", "must be an object with moderation, threadDepth, closeAfterDays"));
                return CommentSettings.SITE;
            }
            for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!Set.of("moderation", "threadDepth", "closeAfterDays").contains(name)) {
                    errors.add(new FieldError("commentSettings." + name, "is not a comment setting"));
                }
            }
            String moderation = null;
            JsonNode m = value.get("moderation");
            if (m != null && !m.isNull()) {
                if (!m.isTextual() || !Set.of("none", "first-time", "all").contains(m.asText())) {
                    errors.add(new FieldError("commentSettings.moderation", "must be none, first-time or all"));
                } else {
                    moderation = m.asText();
                }
            }
            return new CommentSettings(moderation, whole(value, "threadDepth", 1, 10), whole(value, "closeAfterDays", 0, 36_500));
        }

        private Integer whole(JsonNode settings, String field, int min, int max) {
            JsonNode v = settings.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isIntegralNumber() || v.asLong() < min || v.asLong() > max) {
                errors.add(new FieldError("commentSettings." + field, "must be a whole number from " + min + " to " + max));
                return null;
            }
            return v.asInt();
        }

        List<Map<String, Object>> sources() {
            JsonNode value = root.get("sources");
            if (value == null || value.isNull()) {
                return List.of();
            }
            if (!value.isArray()) {
                errors.add(new FieldError("sources", "must be an array of CSL-JSON items"));
                return List.of();
            }
            List<Map<String, Object>> out = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                JsonNode item = value.get(i);
                if (!item.isObject()) {
                    errors.add(new FieldError("sources[" + i + "]", "must be a CSL-JSON object"));
                } else {
                    out.add(MAPPER.convertValue(item, MAP));
                }
            }
            // A source sent without a key gets one (ostrow2013, then ostrow2013a, ...), as editors expect.
            return out.stream().anyMatch(source -> !(source.get("id") instanceof String))
                    ? CitationKeys.assignMissing(out) : out;
        }
    }
}
