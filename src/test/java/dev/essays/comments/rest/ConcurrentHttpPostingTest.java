package dev.essays.comments.rest;

import dev.essays.comments.Comment;
import dev.essays.comments.CommentNotifier;
import dev.essays.comments.CommentSecrets;
import dev.essays.comments.CommentService;
import dev.essays.comments.CommentsConfig;
import dev.essays.comments.MutableClock;
import dev.essays.comments.TestEssays;
import dev.essays.comments.jcr.JcrCommentStore;
import dev.essays.comments.jcr.JcrEssayDirectory;
import dev.essays.preview.EmbeddedRepository;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * 32 clients posting to one essay over HTTP at once, a quarter of the posts sent twice (a client retry with
 * the same idempotency key and token): every acknowledged comment is stored exactly once, none is lost or
 * doubled, no answer is a 5xx.
 */
class ConcurrentHttpPostingTest {

    private static final int CLIENTS = 32;
    private static final int POSTS_EACH = 15;

    @TempDir
    Path temp;

    @Test
    void thirtyTwoConcurrentPosters_everyAcknowledgedCommentStoredExactlyOnce() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
        try (EmbeddedRepository repo = EmbeddedRepository.inMemory(temp);
             JcrCommentStore store = new JcrCommentStore(repo, clock)) {
            TestEssays.add(repo, "busy-essay", "Busy", clock.instant().minus(Duration.ofDays(1)), true);
            // One loopback address for all clients: the per-client limit is off, the per-e-mail one stays.
            CommentService service = new CommentService(store, new JcrEssayDirectory(repo), CommentNotifier.NONE,
                    CommentsConfig.DEFAULT.withRateLimits(0, Duration.ofSeconds(15)), CommentSecrets.random(), clock);
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < CLIENTS * POSTS_EACH; i++) {
                tokens.add(service.issueToken("busy-essay").orElseThrow());
            }
            clock.advance(Duration.ofSeconds(5));
            Map<String, String> acknowledged = new ConcurrentHashMap<>(); // id -> text
            List<String> failures = new CopyOnWriteArrayList<>();
            try (TestServer server = new TestServer(new CommentsEndpoint(service))) {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> futures = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    int client = c;
                    futures.add(pool.submit(() -> {
                        start.await();
                        for (int p = 0; p < POSTS_EACH; p++) {
                            int n = client * POSTS_EACH + p;
                            String text = "Comment " + n + " from client " + client;
                            String body = "essay=busy-essay&author=Reader+" + n + "&email=r" + n + "%40example.org"
                                    + "&comment=" + URLEncoder.encode(text, StandardCharsets.UTF_8)
                                    + "&token=" + URLEncoder.encode(tokens.get(n), StandardCharsets.UTF_8)
                                    + "&idempotency_key=k" + n + "&essays_hp=";
                            int sends = n % 4 == 0 ? 2 : 1;
                            for (int s = 0; s < sends; s++) {
                                HttpResponse<String> r = http.send(HttpRequest.newBuilder(server.uri("/essays/v1/comments"))
                                        .header("Content-Type", "application/x-www-form-urlencoded")
                                        .header("Accept", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                        HttpResponse.BodyHandlers.ofString());
                                if (r.statusCode() == 201 || r.statusCode() == 200) {
                                    String b = r.body();
                                    int at = b.indexOf("\"id\":\"") + 6;
                                    String id = b.substring(at, b.indexOf('"', at));
                                    String before = acknowledged.putIfAbsent(id, text);
                                    if (before != null && !before.equals(text)) {
                                        failures.add("id " + id + " answered for two texts");
                                    }
                                } else {
                                    failures.add(r.statusCode() + " " + r.body());
                                }
                            }
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> f : futures) {
                    f.get(180, TimeUnit.SECONDS);
                }
                pool.shutdown();
            }
            assertEquals(List.of(), failures);
            List<Comment> stored = store.list("busy-essay", Set.of());
            Map<String, Integer> copies = new HashMap<>();
            stored.forEach(c -> copies.merge(c.text(), 1, Integer::sum));
            assertEquals(CLIENTS * POSTS_EACH, acknowledged.size());
            assertEquals(CLIENTS * POSTS_EACH, stored.size());
            for (Map.Entry<String, String> a : acknowledged.entrySet()) {
                assertEquals(1, copies.getOrDefault(a.getValue(), 0), "stored once: " + a.getValue());
            }
            assertEquals(acknowledged.keySet(), Set.copyOf(stored.stream().map(Comment::id).toList()));
        }
    }
}
