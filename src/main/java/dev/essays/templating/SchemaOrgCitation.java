package dev.essays.templating;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.essays.essay.EssayJson;

import java.util.List;
import java.util.Map;

/** One source as a schema.org creative work, for the essay's JSON-LD {@code citation} list. */
final class SchemaOrgCitation {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("book", "Book"), Map.entry("chapter", "Chapter"), Map.entry("article-journal", "ScholarlyArticle"),
            Map.entry("article-magazine", "Article"), Map.entry("article-newspaper", "NewsArticle"),
            Map.entry("webpage", "WebPage"), Map.entry("post-weblog", "BlogPosting"), Map.entry("thesis", "Thesis"),
            Map.entry("report", "Report"), Map.entry("motion_picture", "Movie"), Map.entry("paper-conference", "ScholarlyArticle"),
            Map.entry("entry-encyclopedia", "Article"), Map.entry("interview", "CreativeWork"), Map.entry("dataset", "Dataset"));

    private SchemaOrgCitation() {
    }

    static ObjectNode of(Map<String, Object> source) {
        ObjectNode work = EssayJson.MAPPER.createObjectNode();
        work.put("@type", TYPES.getOrDefault(String.valueOf(source.get("type")), "CreativeWork"));
        put(work, "name", CslValues.text(source, "title"));
        List<String> authors = CslValues.names(source, "author");
        if (!authors.isEmpty()) {
            ArrayNode list = work.putArray("author");
            authors.forEach(a -> list.addObject().put("@type", "Person").put("name", a));
        }
        put(work, "datePublished", CslValues.isoDate(source, "issued"));
        String publisher = CslValues.text(source, "publisher");
        if (publisher != null) {
            work.putObject("publisher").put("@type", "Organization").put("name", publisher);
        }
        String container = CslValues.text(source, "container-title");
        if (container != null) {
            work.putObject("isPartOf").put("@type", "CreativeWork").put("name", container);
        }
        put(work, "pagination", CslValues.text(source, "page"));
        put(work, "url", CslValues.text(source, "URL"));
        String doi = CslValues.text(source, "DOI");
        if (doi != null) {
            work.put("sameAs", "https://doi.org/" + doi);
        }
        put(work, "isbn", CslValues.text(source, "ISBN"));
        return work;
    }

    private static void put(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value);
        }
    }
}
