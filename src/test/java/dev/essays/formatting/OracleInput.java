package dev.essays.formatting;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.essays.citations.CitationMarkers;
import dev.essays.citations.ParsedCitations;
import dev.essays.csl.CslCite;
import dev.essays.csl.CslCluster;
import dev.essays.essay.Essay;
import dev.essays.essay.EssayJson;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes an essay's sources and citation clusters in the corpus format of tools/citeproc-js/render.js, exactly as
 * the module hands them to the CSL processor, so citeproc-js can produce the expected page output:
 * {@code java ... dev.essays.formatting.OracleInput <essay.json> <out-dir>}.
 */
public final class OracleInput {

    private OracleInput() {
    }

    public static void main(String[] args) throws Exception {
        Essay essay = EssayJson.parse(Files.readString(Path.of(args[0])), "oracle");
        Path out = Files.createDirectories(Path.of(args[1]));
        Files.writeString(out.resolve("items.json"), EssayJson.MAPPER.writerWithDefaultPrettyPrinter()
                .writeValueAsString(essay.sources()) + "\n");
        Files.writeString(out.resolve("citations.json"), EssayJson.MAPPER.writerWithDefaultPrettyPrinter()
                .writeValueAsString(citations(essay)) + "\n");
    }

    static ArrayNode citations(Essay essay) {
        ParsedCitations parsed = CitationMarkers.parse(essay.body());
        Set<String> known = new LinkedHashSet<>();
        for (Map<String, Object> source : essay.sources()) {
            known.add((String) source.get("id"));
        }
        List<CslCluster> clusters = ClusterPlan.of(parsed.clusters(), known, true).clusters(false);
        ArrayNode out = EssayJson.MAPPER.createArrayNode();
        int n = 0;
        for (CslCluster cluster : clusters) {
            ObjectNode json = out.addObject();
            json.put("citationID", String.format("c%03d", ++n));
            json.put("noteIndex", cluster.noteIndex());
            ArrayNode items = json.putArray("citationItems");
            for (CslCite cite : cluster.cites()) {
                ObjectNode item = items.addObject().put("id", cite.itemId());
                putIfSet(item, "locator", cite.locator());
                putIfSet(item, "label", cite.label());
                putIfSet(item, "prefix", cite.prefix());
                putIfSet(item, "suffix", cite.suffix());
                if (cite.suppressAuthor()) {
                    item.put("suppress-author", true);
                }
                if (cite.authorOnly()) {
                    item.put("author-only", true);
                }
            }
        }
        return out;
    }

    private static void putIfSet(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
