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

/**
 * "Only cited sources" over HTTP: the REST field, and the essay page (real FreeMarker) listing an uncited source by
 * default and leaving it out when the essay or the site asks for cited sources only.
 */
class WorksCitedSourcesHttpTest {

    private static final String ESSAY = "{\"title\": \"On Reading\", \"publishedOn\": \"2024-01-05\","
            + " \"body\": \"<p>As Ostrow shows [@ostrow2013, 118].</p>\"%s, \"sources\": ["
            + "{\"id\": \"ostrow2013\", \"type\": \"book\", \"title\": \"Politics in Russia\", \"author\": [{\"family\": \"Ostrow\"}]},"
            + "{\"id\": \"carr2010\", \"type\": \"book\", \"title\": \"The Shallows\", \"author\": [{\"family\": \"Carr\"}]}]}";
    private static final String UNCITED_ENTRY = "id=\"ref-carr2010\"";

    @TempDir
    static Path temp;
    static PreviewHost host;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        host = PreviewHost.start(new PreviewHost.Options(0, null, "pw", false, temp));
    }

    @AfterAll
    static void stop() throws Exception {
        host.close();
    }

    private static HttpResponse<String> put(String slug, String setting) throws Exception {
        String json = String.format(ESSAY, setting == null ? "" : ", \"worksCitedSources\": " + setting);
        return http.send(HttpRequest.newBuilder(host.baseUri().resolve("/.rest/essays/v1/essays/" + slug))
                .PUT(HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:pw".getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String page(String slug) throws Exception {
        return http.send(HttpRequest.newBuilder(host.baseUri().resolve("/essays/" + slug)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void anUnknownValue_isRefusedWith400NamingTheField() throws Exception {
        HttpResponse<String> response = put("refused", "\"some\"");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("\"field\":\"worksCitedSources\""), response.body());
        assertTrue(response.body().contains("cited"), response.body());
    }

    @Test
    void theEssayPage_listsAnUncitedSourceByDefault_andNotWhenTheEssayListsOnlyCitedOnes() throws Exception {
        assertEquals(201, put("by-essay", null).statusCode());
        assertTrue(page("by-essay").contains(UNCITED_ENTRY));

        assertEquals(200, put("by-essay", "\"cited\"").statusCode());
        String cited = page("by-essay");
        assertFalse(cited.contains(UNCITED_ENTRY), cited);
        assertTrue(cited.contains("id=\"ref-ostrow2013\""), cited);
        assertFalse(cited.contains("The Shallows"), "metadata names only the listed works too");
        String json = http.send(HttpRequest.newBuilder(host.baseUri().resolve("/.rest/essays/v1/essays/by-essay")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(json.contains("\"worksCitedSources\":\"cited\""), json);
    }

    @Test
    void theSiteSetting_appliesToEssaysWithoutTheirOwn_atOnce() throws Exception {
        assertEquals(201, put("by-site", null).statusCode());
        assertEquals(201, put("own-choice", "\"all\"").statusCode());
        assertTrue(page("by-site").contains(UNCITED_ENTRY));
        try {
            host.site().setWorksCitedSources("cited");
            assertFalse(page("by-site").contains(UNCITED_ENTRY), "a page shown before is not reused under the new setting");
            assertTrue(page("own-choice").contains(UNCITED_ENTRY));
        } finally {
            host.site().setWorksCitedSources("all");
        }
        assertTrue(page("by-site").contains(UNCITED_ENTRY));
    }
}
