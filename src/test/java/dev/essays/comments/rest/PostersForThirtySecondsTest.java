package dev.essays.comments.rest;

import dev.essays.comments.CommentsConfig;
import dev.essays.jcr.Workspaces;
import dev.essays.preview.PreviewHost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 32 posters on one essay for 30 s against the preview host on a file-backed repository, half as plain form posts
 * (303) and half as JSON, a quarter of them sent again with the same idempotency key as a client retry would:
 * no 5xx, and every acknowledged comment is stored exactly once.
 */
class PostersForThirtySecondsTest {

    static final int CLIENTS = 32;
    static final Duration RUN = Duration.ofSeconds(30);
    static final String ESSAY = "the-press-and-the-commons";

    @TempDir
    Path temp;

    @Test
    void thirtyTwoPostersForThirtySeconds_everyAcknowledgedCommentStoredExactlyOnce() throws Exception {
        CommentsConfig config = CommentsConfig.DEFAULT.withRateLimits(0, Duration.ZERO); // one loopback client address
        try (PreviewHost host = PreviewHost.start(new PreviewHost.Options(0, temp.resolve("data"), "pw", true, null, null, config))) {
            ConcurrentLinkedQueue<String> tokens = new ConcurrentLinkedQueue<>();
            for (int i = 0; i < 60_000; i++) {
                tokens.add(host.comments().issueToken(ESSAY).orElseThrow());
            }
            Thread.sleep(3_100);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            Map<String, String> acknowledged = new ConcurrentHashMap<>(); // text -> id
            List<String> problems = new java.util.concurrent.CopyOnWriteArrayList<>();
            long end = System.nanoTime() + RUN.toNanos();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.add(pool.submit(() -> {
                    for (int n = 0; System.nanoTime() < end; n++) {
                        String token = tokens.poll();
                        if (token == null) {
                            break;
                        }
                        String text = "Comment " + n + " of poster " + client;
                        String form = "essay=" + ESSAY + "&author=Poster+" + client + "&email=p" + client + "-" + n + "%40example.org"
                                + "&comment=" + URLEncoder.encode(text, StandardCharsets.UTF_8)
                                + "&token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
                                + "&idempotency_key=" + client + "-" + n + "&essays_hp=";
                        boolean json = n % 2 == 0;
                        int sends = n % 4 == 1 ? 2 : 1;
                        for (int s = 0; s < sends; s++) {
                            HttpRequest.Builder request = HttpRequest.newBuilder(host.baseUri().resolve("/.rest/essays/v1/comments"))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString(form));
                            if (json) {
                                request.header("Accept", "application/json");
                            }
                            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                            String id = json ? jsonId(r) : redirectId(r);
                            if (r.statusCode() >= 500) {
                                problems.add(r.statusCode() + " " + r.body());
                            } else if (id == null) {
                                problems.add("not acknowledged: " + r.statusCode() + " " + r.body());
                            } else {
                                String before = acknowledged.putIfAbsent(text, id);
                                if (before != null && !before.equals(id)) {
                                    problems.add("a retry of \"" + text + "\" got a second comment");
                                }
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : clients) {
                f.get(120, TimeUnit.SECONDS);
            }
            pool.shutdown();
            assertEquals(List.of(), problems.subList(0, Math.min(5, problems.size())));
            Map<String, Integer> stored = host.repository().withSession(Workspaces.COMMENTS, session -> {
                Map<String, Integer> counts = new HashMap<>();
                for (NodeIterator it = session.getNode("/" + ESSAY).getNodes(); it.hasNext(); ) {
                    Node comment = it.nextNode();
                    counts.merge(comment.getProperty("text").getString(), 1, Integer::sum);
                }
                return counts;
            });
            assertTrue(acknowledged.size() > 1_000, "a real load: " + acknowledged.size() + " comments acknowledged");
            for (String text : acknowledged.keySet()) {
                assertEquals(1, stored.getOrDefault(text, 0), "stored exactly once: " + text);
            }
            assertEquals(acknowledged.size(), stored.values().stream().mapToInt(Integer::intValue).sum(), "nothing stored twice");
        }
    }

    private static String jsonId(HttpResponse<String> r) {
        if (r.statusCode() != 200 && r.statusCode() != 201) {
            return null;
        }
        int at = r.body().indexOf("\"id\":\"") + 6;
        return at < 6 ? null : r.body().substring(at, r.body().indexOf('"', at));
    }

    private static String redirectId(HttpResponse<String> r) {
        if (r.statusCode() != 303) {
            return null;
        }
        String location = r.headers().firstValue("Location").orElse("");
        int at = location.indexOf("#comment-");
        return at < 0 ? null : location.substring(at + "#comment-".length());
    }
}
