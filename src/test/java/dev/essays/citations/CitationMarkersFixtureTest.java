package dev.essays.citations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Runs every case of {@code src/test/resources/citations/markers/*.yaml} (format in the README beside them).
 */
class CitationMarkersFixtureTest {

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> all = new ArrayList<>();
        for (String file : List.of("syntax.yaml", "locators.yaml", "html.yaml")) {
            try (InputStream in = CitationMarkersFixtureTest.class.getResourceAsStream("/citations/markers/" + file)) {
                List<Map<String, Object>> cases = new Yaml().load(in);
                for (Map<String, Object> c : cases) {
                    all.add(Arguments.of(file + ": " + c.get("name"), c));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @SuppressWarnings("unchecked")
    void markerCase(String name, Map<String, Object> c) {
        String html = (String) c.get("html");
        ParsedCitations parsed = CitationMarkers.parse(html);
        List<String> expectedClusters = (List<String>) c.getOrDefault("clusters", List.of());
        List<String> expectedProblems = (List<String>) c.getOrDefault("problems", List.of());
        assertEquals(String.join("\n", expectedClusters), render(html, parsed), name + " clusters");
        assertEquals(String.join("\n", expectedProblems), renderProblems(html, parsed), name + " problems");
    }

    /** {@code <marker as in the source> => cite; cite}, one line per cluster. */
    static String render(String html, ParsedCitations parsed) {
        List<String> lines = new ArrayList<>();
        for (CitationCluster cl : parsed.clusters()) {
            List<String> cites = new ArrayList<>();
            for (Cite c : cl.cites()) {
                StringBuilder b = new StringBuilder(c.key());
                if (!c.prefix().isEmpty()) {
                    b.append(" prefix=\"").append(c.prefix()).append('"');
                }
                if (c.locator() != null) {
                    b.append(" ").append(c.label()).append('=').append(c.locator());
                }
                if (!c.suffix().isEmpty()) {
                    b.append(" suffix=\"").append(c.suffix()).append('"');
                }
                if (c.suppressAuthor()) {
                    b.append(" -author");
                }
                if (c.authorInText()) {
                    b.append(" narrative");
                }
                cites.add(b.toString());
            }
            lines.add(html.substring(cl.start(), cl.end()) + " => " + String.join("; ", cites));
        }
        return String.join("\n", lines);
    }

    /** {@code KIND key "source text at the problem"}, one line per problem. */
    static String renderProblems(String html, ParsedCitations parsed) {
        List<String> lines = new ArrayList<>();
        for (CitationProblem p : parsed.problems()) {
            lines.add(p.kind() + " " + p.key() + " \"" + html.substring(p.start(), p.end()) + "\"");
        }
        return String.join("\n", lines);
    }
}
