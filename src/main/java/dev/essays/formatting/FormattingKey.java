package dev.essays.formatting;

import dev.essays.essay.Essay;
import dev.essays.essay.WorksCitedSources;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The revision key formatted citations are kept under: a digest of everything that changes them (body,
 * sources, effective style and locale, which sources are listed, site settings, and the formatter's own version). Content-addressed, so it
 * holds however an essay was edited (REST API, Magnolia's app, an import) and needs no counter on the node.
 */
final class FormattingKey {

    /** Map entries in key order, so the same content gives the same key however it was read or stored. */
    private static final com.fasterxml.jackson.databind.ObjectMapper CANONICAL = new com.fasterxml.jackson.databind.ObjectMapper()
            .configure(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    /** Raise when the formatter's output changes for the same input, so stored results are remade. */
    static final int FORMATTER_VERSION = 2;

    private FormattingKey() {
    }

    static String of(Essay essay, String styleId, String locale, SiteSettings site) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, String.valueOf(FORMATTER_VERSION));
            update(digest, styleId);
            update(digest, locale);
            update(digest, essay.slug()); // "Cite this essay" carries the permalink
            update(digest, String.valueOf(site.worksCitedSourcesFor(essay.worksCitedSources()) == WorksCitedSources.ALL));
            update(digest, site.getSiteName());
            update(digest, site.getBaseUrl());
            update(digest, essay.title() == null ? "" : essay.title());
            update(digest, String.join("\n", essay.authors()));
            update(digest, String.valueOf(essay.publishedOn()));
            update(digest, essay.body() == null ? "" : essay.body());
            update(digest, CANONICAL.writeValueAsString(essay.sources()));
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String ofList(java.util.List<java.util.Map<String, Object>> sources, String styleId, String locale) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, FORMATTER_VERSION + "/list");
            update(digest, styleId);
            update(digest, locale);
            update(digest, CANONICAL.writeValueAsString(sources));
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest digest, String value) {
        digest.update(value.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }
}
