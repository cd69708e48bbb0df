package dev.essays.comments.rest;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.essays.comments.Comment;
import dev.essays.comments.CommentSecrets;
import dev.essays.comments.CommentService;
import dev.essays.comments.CommentStatus;
import dev.essays.comments.CommentsConfig;
import dev.essays.comments.ModerationAction;
import dev.essays.comments.MutableClock;
import dev.essays.comments.SignedLinks;
import dev.essays.comments.TestEssays;
import dev.essays.comments.jcr.JcrCommentStore;
import dev.essays.comments.jcr.JcrEssayDirectory;
import dev.essays.comments.mail.MailNotifier;
import dev.essays.comments.mail.MailSettings;
import dev.essays.preview.EmbeddedRepository;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 10,000 malformed or hostile submissions over HTTP (fixture: {@code /comments/hostile-values.txt}), then
 * every stored comment approved (the worst case) and rendered: no 5xx, no raw markup in the output, no mail
 * with an injected header or to an injected recipient.
 */
class CommentsFuzzTest {

    private static final int REQUESTS = 10_000;
    private static final Set<Integer> EXPECTED = Set.of(200, 201, 303, 400, 403, 404, 409, 415, 429);
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path temp;

    static List<String> hostileValues() throws IOException {
        try (InputStream in = CommentsFuzzTest.class.getResourceAsStream("/comments/hostile-values.txt")) {
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(decode(line));
                }
            }
            return out;
        }
    }

    /** The fixture's escapes: \r \n \t \0 \\uXXXX and {N*x}. */
    static String decode(String line) {
        Matcher rep = Pattern.compile("\\{(\\d+)\\*(.)}").matcher(line);
        StringBuilder expanded = new StringBuilder();
        while (rep.find()) {
            rep.appendReplacement(expanded, Matcher.quoteReplacement(rep.group(2).repeat(Integer.parseInt(rep.group(1)))));
        }
        rep.appendTail(expanded);
        String s = expanded.toString().replace("\\r", "\r").replace("\\n", "\n").replace("\\t", "\t").replace("\\0", "\0");
        Matcher u = Pattern.compile("\\\\u([0-9A-Fa-f]{4})").matcher(s);
        StringBuilder out = new StringBuilder();
        while (u.find()) {
            u.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(u.group(1), 16))));
        }
        return u.appendTail(out).toString();
    }

    @Test
    void tenThousandHostileSubmissions_noServerError_noRenderedMarkup_noInjectedMail() throws Exception {
        List<String> hostile = hostileValues();
        MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
        CommentSecrets secrets = CommentSecrets.random();
        try (EmbeddedRepository repo = EmbeddedRepository.inMemory(temp);
             JcrCommentStore store = new JcrCommentStore(repo, clock)) {
            TestEssays.add(repo, "open-essay", "Open <b>essay</b>", clock.instant().minus(Duration.ofDays(1)), true);
            TestEssays.add(repo, "other-essay", "Other", clock.instant().minus(Duration.ofDays(1)), true);
            MailSettings mail = new MailSettings("127.0.0.1", smtp.getSmtp().getPort(), false, "", "",
                    "comments@example.test", List.of("mod@example.test"), "Essays",
                    "https://example.test/.rest/essays/v1", "https://example.test/essays/{slug}", Duration.ofDays(7));
            try (MailNotifier notifier = new MailNotifier(mail, new SignedLinks(secrets.linkKey(), clock), store, 2, 50)) {
                // Rate limits off so the fuzz reaches every later check.
                CommentService service = new CommentService(store, new JcrEssayDirectory(repo), notifier,
                        CommentsConfig.DEFAULT.withRateLimits(0, Duration.ZERO), secrets, clock);
                String foreignId = service.submit(new dev.essays.comments.Submission("other-essay", "F", "f@example.org",
                        "", "foreign", "", "", "", "", "", "", false)).comment().id();
                service.moderate(foreignId, ModerationAction.APPROVE);
                hostile.add(foreignId);
                hostile.add("/other-essay/" + foreignId);

                List<String> goodTokens = new ArrayList<>();
                for (int i = 0; i < 3_000; i++) {
                    goodTokens.add(service.issueToken(i % 10 == 0 ? "other-essay" : "open-essay").orElseThrow());
                }
                clock.advance(Duration.ofSeconds(10));

                Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
                List<String> unexpected = new java.util.concurrent.CopyOnWriteArrayList<>();
                try (TestServer server = new TestServer(new CommentsEndpoint(service))) {
                    HttpClient http = HttpClient.newBuilder().build();
                    ExecutorService pool = Executors.newFixedThreadPool(4);
                    List<Future<?>> futures = new ArrayList<>();
                    for (int w = 0; w < 4; w++) {
                        int worker = w;
                        futures.add(pool.submit(() -> {
                            Random r = new Random(worker);
                            for (int i = worker; i < REQUESTS; i += 4) {
                                HttpRequest req = request(server, r, i, hostile, goodTokens);
                                HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
                                statuses.computeIfAbsent(resp.statusCode(), k -> new AtomicInteger()).incrementAndGet();
                                if (!EXPECTED.contains(resp.statusCode())) {
                                    unexpected.add(resp.statusCode() + " " + resp.body());
                                }
                            }
                            return null;
                        }));
                    }
                    for (Future<?> f : futures) {
                        f.get();
                    }
                    pool.shutdown();
                }
                assertEquals(List.of(), unexpected.subList(0, Math.min(5, unexpected.size())), "statuses " + statuses);
                assertEquals(REQUESTS + 0, statuses.values().stream().mapToInt(AtomicInteger::get).sum());

                // Worst case: a moderator approves everything that was stored.
                for (String essay : List.of("open-essay", "other-essay")) {
                    for (Comment c : store.list(essay, Set.of())) {
                        if (c.status() != CommentStatus.APPROVED) {
                            service.moderate(c.id(), ModerationAction.APPROVE);
                        }
                    }
                }
                clock.advance(Duration.ofSeconds(5));
                int stored = 0;
                for (String essay : List.of("open-essay", "other-essay")) {
                    var info = service.essay(essay).orElseThrow();
                    stored += service.approved(essay).size();
                    String html = dev.essays.comments.CommentListHtml.render(service.thread(info), 5);
                    String lower = html.toLowerCase(Locale.ROOT);
                    for (String bad : List.of("<script", "<img", "<svg", "<iframe", "<textarea")) {
                        assertFalse(lower.contains(bad), bad + " rendered raw in " + essay);
                    }
                    assertOnlyOwnMarkup(html);
                    Matcher m = HREF.matcher(html);
                    while (m.find()) {
                        String href = m.group(1);
                        assertTrue(href.startsWith("http://") || href.startsWith("https://") || href.startsWith("#")
                                || href.startsWith("?replytocom="), "unsafe href " + href);
                    }
                }
                assertTrue(stored > 100, "some submissions were valid and stored: " + stored);

                assertTrue(notifier.drain(60_000));
                Thread.sleep(500);
                for (MimeMessage m : smtp.getReceivedMessages()) {
                    assertNull(m.getHeader("Bcc"));
                    assertNull(m.getHeader("Cc"));
                    assertEquals(1, m.getAllRecipients().length);
                    for (Address a : m.getAllRecipients()) {
                        assertFalse(a.toString().toLowerCase(Locale.ROOT).contains("evil.example"), a.toString());
                    }
                    assertFalse(m.getSubject().contains("\n") || m.getSubject().contains("\r"));
                }
                assertEquals(0, smtp.getReceivedMessagesForDomain("evil.example").length);
            }
        }
    }

    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z0-9]+)([^>]*)>");
    private static final Pattern ATTR = Pattern.compile("\\s+([a-zA-Z-]+)=\"[^\"<>]*\"");
    private static final Set<String> TAGS = Set.of("ol", "li", "article", "footer", "span", "a", "time", "div", "p", "br");
    private static final Set<String> ATTRS = Set.of("id", "class", "href", "rel", "datetime", "data-comment-id");

    /** Every tag and attribute in the output is one the renderer writes: visitor text added none. */
    private static void assertOnlyOwnMarkup(String html) {
        Matcher t = TAG.matcher(html);
        while (t.find()) {
            assertTrue(TAGS.contains(t.group(2)), "foreign tag " + t.group());
            String rest = ATTR.matcher(t.group(3)).replaceAll(a -> {
                assertTrue(ATTRS.contains(a.group(1)), "foreign attribute " + a.group() + " in " + t.group());
                return "";
            });
            assertTrue(rest.isBlank(), "unparsed tag content " + t.group());
        }
        String withoutTags = TAG.matcher(html).replaceAll("");
        assertFalse(withoutTags.contains("<") || withoutTags.contains(">"), "raw angle bracket in text");
    }

    private static HttpRequest request(TestServer server, Random r, int i, List<String> hostile, List<String> tokens) {
        String[] fields = {"essay", "author", "email", "url", "comment", "comment_parent", "token",
                CommentsEndpoint.HONEYPOT_FIELD, "idempotency_key", "notify_replies", "redirect_to"};
        String[] valid = {"open-essay", "Reader " + i, "reader" + i + "@example.org", "https://r" + i + ".example",
                "Comment " + i + " " + r.nextLong(), "", tokens.get(r.nextInt(tokens.size())), "", "", "1",
                "/essays/open-essay"};
        StringBuilder body = new StringBuilder();
        for (int f = 0; f < fields.length; f++) {
            if (r.nextInt(10) == 0) {
                continue; // field missing altogether
            }
            String value = r.nextInt(3) == 0 ? hostile.get(r.nextInt(hostile.size())) : valid[f];
            if (f == 7 && r.nextInt(4) != 0) {
                value = ""; // keep the honeypot mostly empty so later checks run
            }
            body.append(body.length() == 0 ? "" : "&").append(enc(fields[f])).append('=');
            // Now and then raw invalid UTF-8 bytes, percent-encoded as a browser would send them.
            body.append(r.nextInt(40) == 0 ? "%C3%28%FF%FE" + enc(value) : enc(value));
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri("/essays/v1/comments"));
        switch (r.nextInt(10)) {
            case 0 -> b.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(r.nextBoolean() ? "{\"essay\":\"open-essay\",\"author\":"
                            + "\"<script>\",\"email\":\"a@b.example\",\"comment\":\"\\u0000\"}" : "{not json"));
            case 1 -> b.header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(body.toString()));
            default -> b.header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", r.nextBoolean() ? "application/json" : "text/html")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        }
        return b.build();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
