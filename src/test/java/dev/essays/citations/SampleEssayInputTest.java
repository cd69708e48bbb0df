package dev.essays.citations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.essays.citations.io.SourceFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The input side end to end on an essay shaped like a typical student paper: sources imported from BibLaTeX, a body
 * with page-cited sources, a "qtd. in" citation, a suppressed author, a narrative citation, two web pages by one
 * author, an anonymous magazine article and a key with no source. The expected CSL citation items are what the
 * processor receives.
 */
class SampleEssayInputTest {

    private static String resource(String path) throws IOException {
        try (InputStream in = SampleEssayInputTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void sampleEssay_citationsAndReport() throws Exception {
        List<Map<String, Object>> sources = SourceFormat.BIBLATEX.read(resource("/citations/io/essay-sources.bib"));
        List<String> keys = sources.stream().map(s -> String.valueOf(s.get("id"))).toList();
        String body = resource("/citations/sample/essay-body.html");

        ParsedCitations parsed = CitationMarkers.parse(body);
        List<List<Map<String, Object>>> clusters = new ArrayList<>();
        for (CitationCluster c : parsed.clusters()) {
            clusters.add(c.cites().stream().map(Cite::toCitationItem).toList());
        }
        ObjectMapper json = new ObjectMapper();
        assertEquals(json.readTree(resource("/citations/sample/expected-citation-items.json")),
                json.valueToTree(clusters));
        assertEquals(List.of(false, false, true, false, false, false, false, false, false),
                parsed.clusters().stream().map(CitationCluster::narrative).toList());

        CitationReport report = CitationReport.of(parsed, keys);
        assertEquals(List.of("missing2021"), List.copyOf(report.unknownKeySet()));
        assertEquals(List.of("who2022", "okafor2015", "dallin2012"), report.neverCited());
        assertEquals(List.of(), report.duplicateKeys());
        assertEquals(List.of(), report.markerProblems());

        String replaced = CitationMarkers.replace(body, parsed.clusters(), c -> "<cite/>");
        assertEquals(parsed.clusters().size(), replaced.split("<cite/>", -1).length - 1);
        assertEquals(List.of(), CitationMarkers.parse(replaced).clusters());
    }
}
