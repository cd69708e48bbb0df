package dev.essays.essay;

import dev.essays.essay.jcr.SourceForms;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Rules an essay must meet before it is stored; every broken rule is reported with its field. */
public final class EssayValidator {

    static final int MAX_TITLE = 300;
    static final int MAX_SHORT_TEXT = 2_000;
    static final int MAX_BODY = 2_000_000;
    static final int MAX_LIST = 200;
    static final int MAX_SOURCES = 2_000;
    private static final Pattern STYLE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,199}");
    /** Pandoc's key rule: starts with a letter, digit or _, then also :.#$%&-+?<>~/ inside. */
    private static final Pattern CITATION_KEY = Pattern.compile("[\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_:.#$%&+?<>~/-]*[\\p{L}\\p{N}_])?");

    private EssayValidator() {
    }

    public static List<FieldError> validate(Essay essay) {
        List<FieldError> errors = new ArrayList<>();
        String slugProblem = Slugs.problem(essay.slug());
        if (slugProblem != null) {
            errors.add(new FieldError("slug", slugProblem));
        }
        if (essay.title() == null || essay.title().isBlank()) {
            errors.add(new FieldError("title", "is required"));
        } else {
            text(errors, "title", essay.title(), MAX_TITLE);
        }
        text(errors, "subtitle", essay.subtitle(), MAX_TITLE);
        text(errors, "excerpt", essay.excerpt(), MAX_SHORT_TEXT * 5);
        text(errors, "body", essay.body(), MAX_BODY);
        list(errors, "authors", essay.authors());
        list(errors, "categories", essay.categories());
        list(errors, "tags", essay.tags());
        if (essay.citationStyle() != null && !essay.citationStyle().isEmpty()
                && !STYLE_ID.matcher(essay.citationStyle()).matches()) {
            errors.add(new FieldError("citationStyle", "must be a CSL style id such as \"modern-language-association\""));
        }
        sources(errors, essay.sources());
        return errors;
    }

    /** Characters JCR (XML) cannot hold: controls other than tab and line breaks, lone surrogates, U+FFFE/F. */
    public static String storableProblem(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r';
            boolean loneSurrogate = Character.isHighSurrogate(c)
                    ? i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(++i))
                    : Character.isLowSurrogate(c);
            if (control || loneSurrogate || c == 0xFFFE || c == 0xFFFF) {
                return String.format("holds a character that cannot be stored (U+%04X at position %d)", (int) c, i);
            }
        }
        return null;
    }

    private static void text(List<FieldError> errors, String field, String value, int max) {
        if (value == null) {
            return;
        }
        if (value.length() > max) {
            errors.add(new FieldError(field, "is longer than " + max + " characters"));
            return;
        }
        String problem = storableProblem(value);
        if (problem != null) {
            errors.add(new FieldError(field, problem));
        }
    }

    private static void list(List<FieldError> errors, String field, List<String> values) {
        if (values.size() > MAX_LIST) {
            errors.add(new FieldError(field, "has more than " + MAX_LIST + " entries"));
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value.isBlank()) {
                errors.add(new FieldError(field + "[" + i + "]", "is empty"));
            } else {
                text(errors, field + "[" + i + "]", value, MAX_TITLE);
            }
        }
    }

    private static void sources(List<FieldError> errors, List<Map<String, Object>> sources) {
        if (sources.size() > MAX_SOURCES) {
            errors.add(new FieldError("sources", "has more than " + MAX_SOURCES + " entries"));
            return;
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < sources.size(); i++) {
            String at = "sources[" + i + "]";
            Object id = sources.get(i).get("id");
            if (!(id instanceof String key) || key.isEmpty()) {
                errors.add(new FieldError(at + ".id", "is required: the citation key, a string such as \"ostrow2013\""));
            } else if (key.length() > 100 || !CITATION_KEY.matcher(key).matches()) {
                errors.add(new FieldError(at + ".id", "\"" + key + "\" is not a citation key (letters, digits, _ and :.#$%&-+?<>~/ inside)"));
            } else if (!keys.add(key)) {
                errors.add(new FieldError(at + ".id", "\"" + key + "\" is used by an earlier source too"));
            }
            if (!(sources.get(i).get("type") instanceof String)) {
                errors.add(new FieldError(at + ".type", "is required: a CSL item type such as \"book\" or \"article-journal\""));
            }
            for (String key : sources.get(i).keySet()) {
                if (SourceForms.isTypeNode(key)) {
                    errors.add(new FieldError(at + "." + key, "is a source type, not a CSL variable; the Essays app"
                            + " keeps the fields of that type under this name"));
                }
            }
            deepText(errors, at, sources.get(i));
        }
    }

    private static void deepText(List<FieldError> errors, String at, Object value) {
        if (value instanceof String s) {
            text(errors, at, s, MAX_SHORT_TEXT * 5);
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> deepText(errors, at + "." + k, v));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                deepText(errors, at + "[" + i + "]", list.get(i));
            }
        }
    }
}
