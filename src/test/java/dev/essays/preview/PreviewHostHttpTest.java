package dev.essays.preview;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview host over real HTTP on loopback: pages, the essays REST API, web resources and errors. */
class PreviewHostHttpTest {

    static final String PASSWORD = "s3cret-test";
    @TempDir
    static Path temp;
    static PreviewHost host;
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws Exception {
        host = PreviewHost.start(new PreviewHost.Options(0, null, PASSWORD, true, temp));
    }

    @AfterAll
    static void stop() throws Exception {
        host.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(host.baseUri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> send(String method, String path, String json, boolean admin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(host.baseUri().resolve(path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (admin) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void root_leadsToTheEssayIndex() throws Exception {
        HttpResponse<String> response = get("/");
        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElseThrow().endsWith("/essays"));
    }

    @Test
    void index_listsSampleEssaysNewestFirst() throws Exception {
        HttpResponse<String> response = get("/essays");
        assertEquals(200, response.statusCode());
        String html = response.body();
        int russia = html.indexOf("Reading Russia Through Its Readers");
        int press = html.indexOf("The Press and the Commons");
        int web = html.indexOf("Citing the Web Without Losing It");
        assertTrue(russia > 0 && press > russia && web > press, html);
    }

    @Test
    void essayPage_rendersArticleWithDateAndCategory() throws Exception {
        HttpResponse<String> response = get("/essays/the-press-and-the-commons");
        assertEquals(200, response.statusCode());
        String html = response.body();
        assertTrue(html.contains("<h1 class=\"essay-title p-name\">The Press and the Commons</h1>"), html);
        assertTrue(html.contains("<time class=\"dt-published\" datetime=\"2025-02-14T09:00Z\">14 February 2025</time>"), html);
        assertTrue(html.contains("Posted in <a href=\"/essays?category=History+of+the+Book\" rel=\"tag\">History of the Book</a>"), html);
    }

    @Test
    void categoryFilter_showsOnlyMatchingEssays() throws Exception {
        String html = get("/essays?category=Method").body();
        assertTrue(html.contains("Citing the Web Without Losing It"));
        assertFalse(html.contains("The Press and the Commons"));
    }

    @Test
    void unknownSlugAndUnknownPath_giveThe404PageInSiteStyle() throws Exception {
        for (String path : new String[] {"/essays/no-such-essay", "/nothing/here", "/essays/a/b"}) {
            HttpResponse<String> response = get(path);
            assertEquals(404, response.statusCode(), path);
            assertTrue(response.body().contains("Page not found"), path);
            assertTrue(response.body().contains("essays.css"), path);
        }
    }

    @Test
    void health_reportsOk() throws Exception {
        HttpResponse<String> response = get("/health");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().startsWith("{\"status\":\"ok\""), response.body());
    }

    @Test
    void stylesheet_isServed() throws Exception {
        HttpResponse<String> response = get("/.resources/essays/webresources/css/essays.css");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/css"));
        assertEquals(404, get("/.resources/essays/webresources/../../essays-preview/samples/citing-the-web.json").statusCode());
    }

    @Test
    void restRoundTrip_putGetDelete() throws Exception {
        String json = "{\"title\": \"Über <Quellen>\", \"publishedOn\": \"2024-01-05\", \"body\": \"<p>Hi [@k1]</p>\","
                + " \"sources\": [{\"id\": \"k1\", \"type\": \"book\", \"title\": \"T\", \"author\": [{\"family\": \"A\"}]}]}";
        assertEquals(201, send("PUT", "/.rest/essays/v1/essays/ueber-quellen", json, true).statusCode());
        HttpResponse<String> read = get("/.rest/essays/v1/essays/ueber-quellen");
        assertEquals(200, read.statusCode());
        assertTrue(read.body().contains("\"title\":\"Über <Quellen>\""), read.body());
        assertTrue(read.body().contains("\"family\":\"A\""), read.body());
        String page = get("/essays/ueber-quellen").body();
        assertTrue(page.contains("Über &lt;Quellen&gt;"), page);
        assertEquals(200, send("PUT", "/.rest/essays/v1/essays/ueber-quellen", json, true).statusCode());
        assertEquals(204, send("DELETE", "/.rest/essays/v1/essays/ueber-quellen", null, true).statusCode());
        assertEquals(404, get("/.rest/essays/v1/essays/ueber-quellen").statusCode());
    }

    @Test
    void writesWithoutOrWithWrongCredentials_areRefused() throws Exception {
        assertEquals(401, send("PUT", "/.rest/essays/v1/essays/x", "{\"title\": \"T\"}", false).statusCode());
        HttpRequest wrong = HttpRequest.newBuilder(host.baseUri().resolve("/.rest/essays/v1/essays/x"))
                .PUT(HttpRequest.BodyPublishers.ofString("{\"title\": \"T\"}"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:nope".getBytes())).build();
        assertEquals(401, http.send(wrong, HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(404, get("/.rest/essays/v1/essays/x").statusCode());
    }

    @Test
    void badJson_gives400NamingTheFieldAndChangesNothing() throws Exception {
        HttpResponse<String> response = send("PUT", "/.rest/essays/v1/essays/citing-the-web", "{\"title\": 42}", true);
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("\"field\":\"title\""), response.body());
        assertTrue(get("/.rest/essays/v1/essays/citing-the-web").body().contains("Citing the Web Without Losing It"));
        HttpResponse<String> malformed = send("PUT", "/.rest/essays/v1/essays/new-one", "{\"title\": ", true);
        assertEquals(400, malformed.statusCode());
        assertEquals(404, get("/.rest/essays/v1/essays/new-one").statusCode());
    }

    @Test
    void postWithoutSlug_makesOneFromTheTitle() throws Exception {
        HttpResponse<String> first = send("POST", "/.rest/essays/v1/essays", "{\"title\": \"Война и мир\"}", true);
        HttpResponse<String> second = send("POST", "/.rest/essays/v1/essays", "{\"title\": \"Война и мир\"}", true);
        assertEquals(201, first.statusCode(), first.body());
        assertTrue(first.headers().firstValue("Location").orElseThrow().endsWith("/essays/voyna-i-mir"));
        assertTrue(second.headers().firstValue("Location").orElseThrow().endsWith("/essays/voyna-i-mir-2"));
    }

    @Test
    void publicListing_hidesDraftsButEditorsSeeThem() throws Exception {
        send("PUT", "/.rest/essays/v1/essays/a-draft", "{\"title\": \"Draft\"}", true);
        assertFalse(get("/.rest/essays/v1/essays?size=100").body().contains("a-draft"));
        assertTrue(send("GET", "/.rest/essays/v1/essays?size=100", null, true).body().contains("a-draft"));
        assertEquals(404, get("/essays/a-draft").statusCode());
    }

    @Test
    void draftPage_isNotFoundForVisitors_butEditorsPreviewItWithItsCitationReport() throws Exception {
        send("PUT", "/.rest/essays/v1/essays/draft-to-check", "{\"title\": \"Draft\", \"body\": \"<p>[@missing]</p>\"}", true);
        assertEquals(404, get("/essays/draft-to-check").statusCode());
        HttpResponse<String> editor = send("GET", "/essays/draft-to-check", null, true);
        assertEquals(200, editor.statusCode());
        assertTrue(editor.body().contains("class=\"editor-report\"") && editor.body().contains("Draft:")
                && editor.body().contains("missing"), editor.body());
        assertEquals("private, no-store", editor.headers().firstValue("Cache-Control").orElse(""));
    }
}
