package dev.essays.comments.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.essays.comments.CommentNotifier;
import dev.essays.comments.CommentSecrets;
import dev.essays.comments.CommentService;
import dev.essays.comments.CommentStatus;
import dev.essays.comments.CommentsConfig;
import dev.essays.comments.MutableClock;
import dev.essays.comments.SignedLinks;
import dev.essays.comments.TestEssays;
import dev.essays.comments.jcr.JcrCommentStore;
import dev.essays.comments.jcr.JcrEssayDirectory;
import dev.essays.preview.EmbeddedRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The endpoint over real HTTP (Jetty + Jersey on loopback) with the real in-memory Jackrabbit behind it. */
class CommentsEndpointTest {

    @TempDir
    Path temp;
    private EmbeddedRepository repo;
    private JcrCommentStore store;
    private CommentService service;
    private TestServer server;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper mapper = new ObjectMapper();
    private int seq;

    @BeforeEach
    void open() throws Exception {
        repo = EmbeddedRepository.inMemory(temp);
        store = new JcrCommentStore(repo, clock);
        TestEssays.add(repo, "open-essay", "On Gardens", clock.instant().minus(Duration.ofDays(1)), true);
        service = new CommentService(store, new JcrEssayDirectory(repo), CommentNotifier.NONE, CommentsConfig.DEFAULT,
                CommentSecrets.random(), clock);
        server = new TestServer(new CommentsEndpoint(service));
    }

    @AfterEach
    void close() throws Exception {
        server.close();
        store.close();
        repo.close();
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri(path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> form, String... headers) throws Exception {
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private JsonNode json(HttpResponse<String> r) throws Exception {
        return mapper.readTree(r.body());
    }

    private String token() throws Exception {
        HttpResponse<String> r = get("/essays/v1/comments/token?essay=open-essay");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
        clock.advance(Duration.ofSeconds(5));
        return json(r).get("token").asText();
    }

    private Map<String, String> form(String text) throws Exception {
        seq++;
        Map<String, String> f = new LinkedHashMap<>();
        f.put("essay", "open-essay");
        f.put("author", "Reader " + seq);
        f.put("email", "reader" + seq + "@example.org");
        f.put("url", "");
        f.put("comment", text);
        f.put("comment_parent", "0");
        f.put("token", token());
        f.put(CommentsEndpoint.HONEYPOT_FIELD, "");
        f.put("redirect_to", "/essays/open-essay");
        return f;
    }

    @Test
    void formPost_redirects303_toTheAwaitingModerationNotice() throws Exception {
        HttpResponse<String> r = post("/essays/v1/comments", form("Hello from a plain form"));
        assertEquals(303, r.statusCode());
        String location = r.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("/essays/open-essay?unapproved="), location);
        String id = location.substring(location.indexOf("#comment-") + 9);
        String hash = location.substring(location.indexOf("moderation-hash=") + 16, location.indexOf('#'));
        assertTrue(service.links().verifyPendingNotice(id, hash));
        assertEquals(CommentStatus.PENDING, store.find(id).orElseThrow().status());
    }

    @Test
    void jsonClient_getsIdAndStatus_andARetryWithTheSameKeyGetsTheSameComment() throws Exception {
        Map<String, String> f = form("JSON please");
        HttpResponse<String> first = post("/essays/v1/comments", f, "Accept", "application/json", "Idempotency-Key", "k-123");
        assertEquals(201, first.statusCode(), first.body());
        assertEquals("pending", json(first).get("status").asText());
        HttpResponse<String> retry = post("/essays/v1/comments", f, "Accept", "application/json", "Idempotency-Key", "k-123");
        assertEquals(200, retry.statusCode(), retry.body());
        assertEquals(json(first).get("id").asText(), json(retry).get("id").asText());
        assertEquals(1, store.list("open-essay", Set.of()).size());
        assertFalse(first.body().contains("reader"), "e-mail never in answers");
    }

    @Test
    void badFormPost_answers400_namingTheField_andKeepsTheText() throws Exception {
        Map<String, String> f = form("My <b>long</b> thoughts");
        f.put("email", "nope");
        HttpResponse<String> r = post("/essays/v1/comments", f);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("E-mail must be an address"));
        assertTrue(r.body().contains("My &lt;b&gt;long&lt;/b&gt; thoughts</textarea>"));
        assertTrue(r.body().contains("name=\"notify_replies\" value=\"1\">"));
        assertFalse(r.body().contains("privacy_consent"), "no consent box when the site does not ask for it");
        HttpResponse<String> j = post("/essays/v1/comments", f, "Accept", "application/json");
        assertEquals("email", json(j).get("errors").get(0).get("field").asText());
        assertEquals(0, store.list("open-essay", Set.of()).size());
    }

    @Test
    void approvedList_inJsonAndHtml_withEtagAnd304() throws Exception {
        String id = json(post("/essays/v1/comments", form("Visible <script>x</script> http://a.example"),
                "Accept", "application/json")).get("id").asText();
        HttpResponse<String> empty = get("/essays/v1/essays/open-essay/comments");
        assertEquals("No Responses to On Gardens", json(empty).get("heading").asText());
        HttpResponse<String> forbidden = post("/essays/v1/comments/" + id + "/approve", Map.of(), "Accept", "application/json");
        assertEquals(403, forbidden.statusCode());
        HttpResponse<String> approved = post("/essays/v1/comments/" + id + "/approve", Map.of(),
                "X-Test-Role", "essays-moderator", "Accept", "application/json");
        assertEquals(200, approved.statusCode());
        assertEquals("approved", json(approved).get("status").asText());
        HttpResponse<String> list = get("/essays/v1/essays/open-essay/comments");
        assertEquals("One Response to On Gardens", json(list).get("heading").asText());
        assertEquals(id, json(list).get("comments").get(0).get("id").asText());
        String etag = list.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, get("/essays/v1/essays/open-essay/comments", "If-None-Match", etag).statusCode());
        HttpResponse<String> html = get("/essays/v1/essays/open-essay/comments?format=html");
        assertTrue(html.body().contains("id=\"comment-" + id + "\""));
        assertTrue(html.body().contains("&lt;script&gt;"));
        assertFalse(html.body().contains("<script>"));
        assertTrue(html.body().contains("rel=\"nofollow ugc\""));
    }

    @Test
    void signedMailLink_opensConfirmPage_andItsPostApproves() throws Exception {
        String id = json(post("/essays/v1/comments", form("Approve by mail"), "Accept", "application/json")).get("id").asText();
        String q = service.links().query(SignedLinks.Purpose.APPROVE, id, Duration.ofDays(7));
        HttpResponse<String> page = get("/essays/v1/comments/" + id + "/approve?" + q);
        assertEquals(200, page.statusCode());
        assertEquals(CommentStatus.PENDING, store.find(id).orElseThrow().status(), "a GET changes nothing");
        HttpResponse<String> done = post("/essays/v1/comments/" + id + "/approve?" + q, Map.of());
        assertEquals(200, done.statusCode(), done.body());
        assertEquals(CommentStatus.APPROVED, store.find(id).orElseThrow().status());
        String spamSig = service.links().query(SignedLinks.Purpose.APPROVE, id, Duration.ofDays(7));
        assertEquals(403, post("/essays/v1/comments/" + id + "/spam?" + spamSig, Map.of()).statusCode());
    }

    @Test
    void oneClickUnsubscribe_turnsReplyNotificationsOff() throws Exception {
        String id = json(post("/essays/v1/comments", form("Subscribe me"), "Accept", "application/json")).get("id").asText();
        store.setNotifyReplies(id, true);
        String q = service.links().query(SignedLinks.Purpose.UNSUBSCRIBE, id, Duration.ofDays(7));
        HttpResponse<String> r = post("/essays/v1/comments/notifications/unsubscribe?" + q,
                Map.of("List-Unsubscribe", "One-Click"));
        assertEquals(200, r.statusCode(), r.body());
        assertFalse(store.find(id).orElseThrow().notifyReplies());
        assertEquals(403, post("/essays/v1/comments/notifications/confirm?" + q, Map.of()).statusCode());
    }

    @Test
    void unknownEssay_andUnknownAction_answer4xx() throws Exception {
        assertEquals(404, get("/essays/v1/comments/token?essay=nope").statusCode());
        assertEquals(404, get("/essays/v1/essays/nope/comments").statusCode());
        assertEquals(404, post("/essays/v1/comments/abc/explode", Map.of(), "X-Test-Role", "superuser").statusCode());
    }

    @Test
    void moderatorPost_withoutBodyOrWithJsonBody_works() throws Exception {
        String id = json(post("/essays/v1/comments", form("Moderate via API"), "Accept", "application/json")).get("id").asText();
        HttpResponse<String> noBody = http.send(HttpRequest.newBuilder(server.uri("/essays/v1/comments/" + id + "/spam"))
                .header("X-Test-Role", "superuser").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, noBody.statusCode(), noBody.body());
        assertEquals("spam", json(noBody).get("status").asText());
        HttpResponse<String> jsonBody = http.send(HttpRequest.newBuilder(server.uri("/essays/v1/comments/" + id + "/restore"))
                .header("X-Test-Role", "superuser").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, jsonBody.statusCode(), jsonBody.body());
        assertEquals("pending", json(jsonBody).get("status").asText());
        HttpResponse<String> edit = post("/essays/v1/comments/" + id + "/edit", Map.of("comment", "Edited text"),
                "X-Test-Role", "essays-moderator");
        assertEquals(200, edit.statusCode(), edit.body());
        assertEquals("Edited text", store.find(id).orElseThrow().text());
    }

    @Test
    void commenter_exportsAndErasesAllTheirComments_throughSignedLinks() throws Exception {
        Map<String, String> f = form("Mine one");
        f.put("email", "Me@Example.org");
        String id = json(post("/essays/v1/comments", f, "Accept", "application/json")).get("id").asText();
        Map<String, String> g = form("Someone else's");
        json(post("/essays/v1/comments", g, "Accept", "application/json"));
        assertEquals(202, post("/essays/v1/comments/mine", Map.of("email", "me@example.org")).statusCode());
        assertEquals(202, post("/essays/v1/comments/mine", Map.of("email", "nobody@example.org")).statusCode());

        String export = service.links().query(SignedLinks.Purpose.EXPORT_MINE, "me@example.org", Duration.ofDays(7));
        HttpResponse<String> data = get("/essays/v1/comments/mine/export?" + export);
        assertEquals(200, data.statusCode(), data.body());
        assertEquals(1, json(data).get("comments").size());
        assertEquals(id, json(data).get("comments").get(0).get("id").asText());
        String forged = export.replace("me%40example.org", "other%40example.org");
        assertEquals(403, get("/essays/v1/comments/mine/export?" + forged).statusCode());
        assertEquals(403, get("/essays/v1/comments/mine/erase?" + export).statusCode(), "an export link cannot erase");

        String erase = service.links().query(SignedLinks.Purpose.ERASE_MINE, "me@example.org", Duration.ofDays(7));
        assertEquals(200, get("/essays/v1/comments/mine/erase?" + erase).statusCode());
        assertEquals(1, store.list("open-essay", Set.of()).size() - 1, "a GET deletes nothing");
        HttpResponse<String> done = post("/essays/v1/comments/mine/erase?" + erase, Map.of());
        assertEquals(200, done.statusCode(), done.body());
        assertTrue(store.find(id).isEmpty());
        assertEquals(1, store.list("open-essay", Set.of()).size());
    }

    @Test
    void formPost_toAUrlWithAQuery_stillReadsTheBody() throws Exception {
        HttpResponse<String> r = post("/essays/v1/comments?from=page", form("Body fields count"), "Accept", "application/json");
        assertEquals(201, r.statusCode(), r.body());
        assertEquals(1, store.list("open-essay", Set.of()).size());
    }

    @Test
    void atomFeeds_ofEssayAndSite_carryApprovedCommentsEscaped() throws Exception {
        String id = json(post("/essays/v1/comments", form("Feed <me> & http://x.example"), "Accept", "application/json"))
                .get("id").asText();
        json(post("/essays/v1/comments", form("Still pending"), "Accept", "application/json"));
        service.moderate(id, dev.essays.comments.ModerationAction.APPROVE);
        HttpResponse<String> feed = get("/essays/v1/essays/open-essay/comments/feed");
        assertEquals(200, feed.statusCode());
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        assertTrue(feed.body().contains("/essays/open-essay#comment-" + id));
        assertTrue(feed.body().contains("Feed &amp;lt;me&amp;gt; &amp;amp;"), feed.body());
        assertFalse(feed.body().contains("Still pending"));
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(feed.body().getBytes(StandardCharsets.UTF_8)));
        String etag = feed.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, get("/essays/v1/essays/open-essay/comments/feed", "If-None-Match", etag).statusCode());
        HttpResponse<String> site = get("/essays/v1/comments/feed");
        assertEquals(200, site.statusCode());
        assertTrue(site.body().contains("Comment on \u201cOn Gardens\u201d by"), site.body());
    }

    @Test
    void moderatorRights_areNotHonoured_forCrossSiteRequests() throws Exception {
        String id = json(post("/essays/v1/comments", form("CSRF target"), "Accept", "application/json")).get("id").asText();
        HttpResponse<String> r = post("/essays/v1/comments/" + id + "/approve", Map.of(),
                "X-Test-Role", "essays-moderator", "Origin", "https://evil.example");
        assertEquals(403, r.statusCode());
        HttpResponse<String> fetch = post("/essays/v1/comments/" + id + "/approve", Map.of(),
                "X-Test-Role", "essays-moderator", "Sec-Fetch-Site", "cross-site");
        assertEquals(403, fetch.statusCode());
        assertEquals(CommentStatus.PENDING, store.find(id).orElseThrow().status());
        HttpResponse<String> same = post("/essays/v1/comments/" + id + "/approve", Map.of(),
                "X-Test-Role", "essays-moderator", "Sec-Fetch-Site", "same-origin");
        assertEquals(200, same.statusCode());
    }

    @Test
    void openRedirects_areRefused() {
        assertEquals("/", Requests.safeRedirect("//evil.example/x"));
        assertEquals("/", Requests.safeRedirect("https://evil.example/"));
        assertEquals("/", Requests.safeRedirect("/\\evil.example"));
        assertEquals("/", Requests.safeRedirect("/a\r\nSet-Cookie: x"));
        assertEquals("/essays/a?x=1", Requests.safeRedirect("/essays/a?x=1#frag"));
    }
}
