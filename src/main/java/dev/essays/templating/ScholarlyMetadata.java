package dev.essays.templating;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.essays.essay.Essay;
import dev.essays.essay.EssayJson;
import dev.essays.formatting.SiteSettings;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Metadata for indexers: Google Scholar's {@code citation_*} meta tags (with a {@code citation_reference} per
 * source) and a schema.org {@code ScholarlyArticle} in JSON-LD whose {@code citation} lists the sources. Values are
 * plain text; the template escapes the tags, and {@link #jsonLd} escapes what could close the script element.
 */
public final class ScholarlyMetadata {

    /** One meta tag. */
    public record Meta(String name, String content) {
    }

    private static final DateTimeFormatter SCHOLAR_DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd");

    private ScholarlyMetadata() {
    }

    static List<Meta> metaTags(Essay essay, List<Map<String, Object>> sources, String url, SiteSettings site) {
        List<Meta> tags = new ArrayList<>();
        add(tags, "citation_title", essay.title());
        essay.authors().forEach(a -> add(tags, "citation_author", a));
        if (essay.publishedOn() != null) {
            add(tags, "citation_publication_date", SCHOLAR_DATE.format(essay.publishedOn()));
        }
        add(tags, "citation_journal_title", site.getSiteName());
        add(tags, "citation_public_url", url);
        add(tags, "citation_abstract", essay.excerpt());
        for (Map<String, Object> source : sources) {
            add(tags, "citation_reference", reference(source));
        }
        return tags;
    }

    /** The HighWire-style reference string Google Scholar reads: {@code citation_title=…; citation_author=…; …}. */
    static String reference(Map<String, Object> source) {
        List<String> parts = new ArrayList<>();
        part(parts, "citation_title", CslValues.text(source, "title"));
        for (String author : CslValues.names(source, "author")) {
            part(parts, "citation_author", author);
        }
        part(parts, "citation_journal_title", CslValues.text(source, "container-title"));
        part(parts, "citation_publisher", CslValues.text(source, "publisher"));
        part(parts, "citation_publication_date", CslValues.year(source, "issued"));
        part(parts, "citation_volume", CslValues.text(source, "volume"));
        part(parts, "citation_issue", CslValues.text(source, "issue"));
        part(parts, "citation_doi", CslValues.text(source, "DOI"));
        part(parts, "citation_isbn", CslValues.text(source, "ISBN"));
        return String.join("; ", parts);
    }

    static String jsonLd(Essay essay, List<Map<String, Object>> sources, String url, SiteSettings site) {
        ObjectNode article = EssayJson.MAPPER.createObjectNode();
        article.put("@context", "https://schema.org");
        article.put("@type", "ScholarlyArticle");
        putText(article, "headline", essay.title());
        putText(article, "alternativeHeadline", essay.subtitle());
        putText(article, "description", essay.excerpt());
        putText(article, "url", url);
        putText(article, "mainEntityOfPage", url);
        if (essay.publishedOn() != null) {
            article.put("datePublished", essay.publishedOn().toString());
        }
        if (essay.updatedOn() != null) {
            article.put("dateModified", essay.updatedOn().toString());
        }
        ArrayNode authors = article.putArray("author");
        essay.authors().forEach(a -> authors.addObject().put("@type", "Person").put("name", a));
        article.putObject("isPartOf").put("@type", "Blog").put("name", site.getSiteName());
        if (!essay.tags().isEmpty() || !essay.categories().isEmpty()) {
            List<String> keywords = new ArrayList<>(essay.categories());
            keywords.addAll(essay.tags());
            article.put("keywords", String.join(", ", keywords));
        }
        ArrayNode citations = article.putArray("citation");
        sources.forEach(source -> citations.add(SchemaOrgCitation.of(source)));
        return scriptSafe(article.toString());
    }

    /** JSON inside a script element: nothing in it may close the element or open a comment. */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    private static void add(List<Meta> tags, String name, String content) {
        if (content != null && !content.isBlank()) {
            tags.add(new Meta(name, content.strip()));
        }
    }

    private static void part(List<String> parts, String name, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(name + "=" + value.replace(";", ",").strip());
        }
    }

    private static void putText(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value);
        }
    }
}
