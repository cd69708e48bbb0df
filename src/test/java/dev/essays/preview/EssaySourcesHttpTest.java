package dev.essays.preview;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sources as files over HTTP, the citation report, and refusing unknown citation styles. */
class EssaySourcesHttpTest {

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

    static HttpResponse<String> send(String method, String path, String body, String type, boolean admin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(host.baseUri().resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            request.header("Content-Type", type);
        }
        if (admin) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:pw".getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void exportsSourcesAsBibtexRisAndCslJson() throws Exception {
        HttpResponse<String> bib = send("GET", "/.rest/essays/v1/essays/the-press-and-the-commons/sources?format=bibtex", null, null, false);
        assertEquals(200, bib.statusCode());
        assertTrue(bib.body().contains("@book{eisenstein1979,"), bib.body());
        assertTrue(bib.headers().firstValue("Content-Disposition").orElseThrow().contains("the-press-and-the-commons-sources.bib"));
        assertTrue(send("GET", "/.rest/essays/v1/essays/the-press-and-the-commons/sources?format=ris", null, null, false)
                .body().contains("TY  - BOOK"));
        var csl = dev.essays.essay.EssayJson.MAPPER.readTree(
                send("GET", "/.rest/essays/v1/essays/the-press-and-the-commons/sources", null, null, false).body());
        assertEquals(6, csl.size());
        assertEquals("Hardin", csl.get(2).path("author").get(0).path("family").asText());
        assertEquals(400, send("GET", "/.rest/essays/v1/essays/the-press-and-the-commons/sources?format=docx", null, null, false).statusCode());
    }

    @Test
    void importsRisByMerging_andTheNewSourceIsListed() throws Exception {
        String ris = "TY  - BOOK\nID  - scott1998\nAU  - Scott, James C.\nTI  - Seeing Like a State\nPY  - 1998\nPB  - Yale University Press\nER  - \n";
        HttpResponse<String> response = send("POST", "/.rest/essays/v1/essays/citing-the-web/sources?format=ris", ris, "text/plain", true);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"imported\":1"), response.body());
        String page = send("GET", "/essays/citing-the-web", null, null, false).body();
        assertTrue(page.contains("Seeing Like a State"), "the imported source is in the works-cited list");
        assertTrue(page.contains("Zittrain"), "merging keeps the sources that were there");
    }

    @Test
    void malformedBibtex_namesRecordAndLine_andImportsNothing() throws Exception {
        String before = send("GET", "/.rest/essays/v1/essays/reading-russia-through-its-readers/sources", null, null, false).body();
        String bib = "@book{good2020, title={Fine}, author={A, B}, year=2020}\n@book{bad2020, title={Broken, year=2020\n";
        HttpResponse<String> response = send("POST", "/.rest/essays/v1/essays/reading-russia-through-its-readers/sources?format=bibtex",
                bib, "text/plain", true);
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("line"), response.body());
        assertEquals(before, send("GET", "/.rest/essays/v1/essays/reading-russia-through-its-readers/sources", null, null, false).body());
    }

    @Test
    void importNeedsAnEditor() throws Exception {
        assertEquals(401, send("POST", "/.rest/essays/v1/essays/citing-the-web/sources?format=ris", "TY  - BOOK\nER  - \n", "text/plain", false).statusCode());
    }

    @Test
    void report_listsUnknownKeysForEditorsOnly() throws Exception {
        HttpResponse<String> report = send("GET", "/.rest/essays/v1/essays/attention-as-a-commons/report", null, null, true);
        assertEquals(200, report.statusCode(), report.body());
        assertTrue(report.body().contains("haidt2024"), report.body());
        assertFalse(report.body().contains("\"clean\":true"));
        assertEquals(403, send("GET", "/.rest/essays/v1/essays/attention-as-a-commons/report", null, null, false).statusCode());
    }

    @Test
    void essayPage_showsTheCitationReportToEditorsOnly() throws Exception {
        String asAdmin = send("GET", "/essays/attention-as-a-commons", null, null, true).body();
        assertTrue(asAdmin.contains("class=\"editor-report\"") && asAdmin.contains("haidt2024"), "editors see the report");
        String asVisitor = send("GET", "/essays/attention-as-a-commons", null, null, false).body();
        assertFalse(asVisitor.contains("editor-report"), "visitors never see it");
    }

    @Test
    void unknownStyle_isRefusedWithTheClosestIds_andTheEssayKeepsItsStyle() throws Exception {
        HttpResponse<String> response = send("PUT", "/.rest/essays/v1/essays/the-press-and-the-commons",
                "{\"title\": \"The Press and the Commons\", \"publishedOn\": \"2025-02-14\", \"citationStyle\": \"modern-language-associaton\"}",
                "application/json", true);
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"field\":\"citationStyle\""), response.body());
        assertTrue(response.body().contains("modern-language-association"), "the message lists the closest ids: " + response.body());
        assertTrue(send("GET", "/.rest/essays/v1/essays/the-press-and-the-commons", null, null, false).body()
                .contains("\"citationStyle\":\"modern-language-association\""));
    }
}
