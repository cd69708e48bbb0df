package dev.essays.formatting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.essays.essay.EssayJson;
import dev.essays.preview.PreviewHost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A student paper rendered by the preview host equals citeproc-js's formatting, in-text and in the list, in MLA 9,
 * APA 7 and Chicago author-date, and its links work both ways. See src/test/resources/student-paper/README.md.
 */
class StudentPaperTest {

    static final Path SAMPLE = Path.of("src/main/resources/essays-preview/samples/attention-as-a-commons.json");
    static final Path EXPECTED = Path.of("src/test/resources/student-paper/expected");
    static final Pattern CITATION = Pattern.compile(
            "<span class=\"citation\" id=\"(cite-\\d+)\" data-sources=\"[^\"]*\">(.*?)<span class=\"citation-card\"");
    static final Pattern ENTRY = Pattern.compile("<li id=\"(ref-[^\"]+)\" class=\"csl-entry\">(.*?)(?: <a class=\"backlink\"|</li>)");
    static final Pattern HREF = Pattern.compile("href=\"#([^\"]+)\"");
    static final Pattern ID = Pattern.compile(" id=\"([^\"]+)\"");

    @TempDir
    static Path temp;
    static PreviewHost host;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        host = PreviewHost.start(new PreviewHost.Options(0, null, "pw", true, temp));
    }

    @AfterAll
    static void stop() throws Exception {
        host.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"modern-language-association", "apa", "chicago-author-date"})
    void pageEqualsCiteprocJs_andLinksWorkBothWays(String style) throws Exception {
        String page = pageIn(style);

        List<String> expectedCitations = new ArrayList<>();
        json(style + ".citations.text.json").path("clusters").forEach(c -> expectedCitations.add(c.path("output").asText()));
        List<String> citations = new ArrayList<>();
        Matcher m = CITATION.matcher(page);
        for (int n = 1; m.find(); n++) {
            assertEquals("cite-" + n, m.group(1));
            citations.add(text(m.group(2)));
        }
        assertEquals(expectedCitations, citations, style + ": in-text citations");

        Map<String, String> expectedEntries = new LinkedHashMap<>();
        json(style + ".bibliography.html.json").path("entries")
                .forEach(e -> expectedEntries.put(CitationHtml.entryAnchor(e.path("id").asText()), decode(e.path("output").asText())));
        Map<String, String> entries = new LinkedHashMap<>();
        Matcher e = ENTRY.matcher(page);
        while (e.find()) {
            entries.put(e.group(1), decode(e.group(2)));
        }
        assertEquals(List.copyOf(expectedEntries.keySet()), List.copyOf(entries.keySet()), style + ": order of works cited");
        List<String> known = knownDifferences(style);
        for (String anchor : expectedEntries.keySet()) {
            if (known.contains(anchor)) {
                assertTrue(!expectedEntries.get(anchor).equals(entries.get(anchor)),
                        style + " " + anchor + " now equals citeproc-js: remove it from known-differences.txt");
            } else {
                assertEquals(expectedEntries.get(anchor), entries.get(anchor), style + ": works-cited entry " + anchor);
            }
        }

        assertTrue(page.contains("[@haidt2024?]"), "a key with no source stays visible");
        List<String> ids = all(ID, page);
        for (String target : all(HREF, page)) {
            assertTrue(ids.contains(target), style + ": link to #" + target + " has no target");
        }
        for (String entry : entries.keySet()) {
            assertTrue(page.contains("href=\"#" + entry + "\" role=\"doc-biblioref\""), entry + " is never linked to");
        }
        assertTrue(page.contains("role=\"doc-backlink\""));
    }

    private static String pageIn(String style) throws Exception {
        ObjectNode essay = (ObjectNode) EssayJson.MAPPER.readTree(Files.readString(SAMPLE));
        essay.put("citationStyle", style);
        String auth = Base64.getEncoder().encodeToString("admin:pw".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> put = HTTP.send(HttpRequest.newBuilder(host.baseUri().resolve("/.rest/essays/v1/essays/student-paper"))
                .header("Authorization", "Basic " + auth).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(essay.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(put.statusCode() == 200 || put.statusCode() == 201, put.body());
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(host.baseUri().resolve("/essays/student-paper")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        return page.body();
    }

    private static List<String> knownDifferences(String style) throws Exception {
        return Files.readAllLines(EXPECTED.resolveSibling("known-differences.txt")).stream()
                .filter(l -> l.startsWith(style + " ")).map(l -> l.substring(style.length() + 1).trim()).toList();
    }

    private static JsonNode json(String name) throws Exception {
        return EssayJson.MAPPER.readTree(Files.readString(EXPECTED.resolve(name)));
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    static String text(String html) {
        return decode(html.replaceAll("<[^>]+>", ""));
    }

    /** citeproc-js writes &#38; where we write &amp;: compare characters, not spellings. */
    static String decode(String html) {
        return html.replace("&#38;", "&").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'");
    }
}
