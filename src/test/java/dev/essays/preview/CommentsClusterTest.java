package dev.essays.preview;

import dev.essays.comments.CommentsConfig;
import dev.essays.comments.rest.CommentClient;
import dev.essays.testing.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dev.essays.preview.ClusterHosts.await;
import static dev.essays.preview.ClusterHosts.client;
import static dev.essays.preview.ClusterHosts.storedTexts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two preview hosts sharing the comments workspace through one real PostgreSQL (the shipped cluster
 * configuration, DatabaseJournal), over real HTTP: what one host stores, the other sees and moderates.
 */
class CommentsClusterTest {

    @RegisterExtension
    static final TestPostgres postgres = new TestPostgres();

    static final String ESSAY = "the-press-and-the-commons";
    /** One loopback address for every poster: the per-client limit is off, as in the other load tests. */
    static final CommentsConfig NO_RATE_LIMITS = CommentsConfig.DEFAULT.withRateLimits(0, Duration.ZERO);

    @TempDir
    Path temp;
    ClusterHosts cluster;

    @BeforeEach
    void database(TestInfo test) throws Exception {
        cluster = new ClusterHosts(postgres, postgres.createDatabase(test.getTestMethod().orElseThrow().getName().toLowerCase()));
    }

    @Test
    void commentPostedOnA_isModeratedOnB_andTheOutcomeShowsOnA() throws Exception {
        try (PreviewHost a = cluster.start("public-a", temp.resolve("a"), CommentsConfig.DEFAULT);
             PreviewHost b = cluster.start("public-b", temp.resolve("b"), CommentsConfig.DEFAULT)) {
            CommentClient onA = client(a);
            CommentClient onB = client(b);
            // Tokens from B are good on A: the hosts sign with the secrets kept in the shared workspace.
            String token1 = onB.token(ESSAY);
            String token2 = onB.token(ESSAY);
            ClusterHosts.tokensMature(System.nanoTime());

            HttpResponse<String> good = onA.post(CommentClient.form(ESSAY, "Ann", "ann@example.org",
                    "Posted on A, approved on B.", token1));
            HttpResponse<String> junk = onA.post(CommentClient.form(ESSAY, "Bob", "bob@example.org",
                    "Posted on A, marked as spam on B.", token2));
            assertEquals(201, good.statusCode(), good.body());
            assertEquals(201, junk.statusCode(), junk.body());
            String goodId = CommentClient.json(good).get("id").asText();
            String junkId = CommentClient.json(junk).get("id").asText();
            assertEquals("pending", CommentClient.json(good).get("status").asText(), "first-time commenters are held");

            await("B approves the comment posted on A", () -> onB.moderate(goodId, "approve").statusCode() == 200);
            await("B marks the other as spam", () -> onB.moderate(junkId, "spam").statusCode() == 200);

            await("A lists the comment B approved", () -> onA.approvedIds(ESSAY).contains(goodId));
            assertTrue(onB.approvedIds(ESSAY).contains(goodId));
            assertEquals(List.of(goodId), onA.approvedIds(ESSAY), "the spam is on neither list");
            await("A's essay page shows it", () -> onA.get("/essays/" + ESSAY).body().contains("Posted on A, approved on B."));
            assertEquals("spam", ClusterHosts.status(a, ESSAY, junkId));
        }
    }

    @Test
    void concurrentPostsOnBothHosts_areEachStoredOnce_andBothHostsAgree() throws Exception {
        int clientsPerHost = 6;
        int postsEach = 10;
        try (PreviewHost a = cluster.start("public-a", temp.resolve("a"), NO_RATE_LIMITS);
             PreviewHost b = cluster.start("public-b", temp.resolve("b"), NO_RATE_LIMITS)) {
            List<PreviewHost> hosts = List.of(a, b);
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < 2 * clientsPerHost * postsEach; i++) {
                tokens.add(hosts.get(i % 2).comments().issueToken(ESSAY).orElseThrow());
            }
            ClusterHosts.tokensMature(System.nanoTime());

            Map<String, String> acknowledged = new ConcurrentHashMap<>(); // text -> id
            List<String> problems = new CopyOnWriteArrayList<>();
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2 * clientsPerHost);
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < 2 * clientsPerHost; c++) {
                int client = c;
                CommentClient mine = client(hosts.get(c % 2));
                CommentClient other = client(hosts.get((c + 1) % 2));
                clients.add(pool.submit(() -> {
                    go.await();
                    for (int p = 0; p < postsEach; p++) {
                        int n = client * postsEach + p;
                        String text = "Comment " + p + " of poster " + client;
                        Map<String, String> form = CommentClient.form(ESSAY, "Poster " + client,
                                "p" + n + "@example.org", text, tokens.get(n));
                        form.put("idempotency_key", "k" + n);
                        // Every fourth post is retried on the other host, as after a lost answer behind a balancer.
                        for (CommentClient host : p % 4 == 1 ? List.of(mine, other) : List.of(mine)) {
                            HttpResponse<String> r = host.post(form);
                            if (r.statusCode() != 200 && r.statusCode() != 201) {
                                problems.add(r.statusCode() + " " + r.body());
                                continue;
                            }
                            String id = CommentClient.json(r).get("id").asText();
                            String before = acknowledged.putIfAbsent(text, id);
                            if (before != null && !before.equals(id)) {
                                problems.add("the retry of \"" + text + "\" got a second comment");
                            }
                        }
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : clients) {
                f.get(120, TimeUnit.SECONDS);
            }
            pool.shutdown();
            assertEquals(List.of(), problems);
            assertEquals(2 * clientsPerHost * postsEach, acknowledged.size());

            for (PreviewHost host : hosts) {
                await("every acknowledged comment on " + host.baseUri(),
                        () -> storedTexts(host, ESSAY).keySet().equals(acknowledged.keySet()));
                Map<String, Integer> stored = storedTexts(host, ESSAY);
                for (Map.Entry<String, Integer> e : stored.entrySet()) {
                    assertEquals(1, e.getValue(), "stored once: " + e.getKey());
                }
                assertEquals(1, ClusterHosts.threadNodes(host, ESSAY), "one thread node for the essay");
            }
        }
    }

    @Test
    void restartedHost_keepsEverything_andCatchesUpWithWhatWasPostedWhileItWasDown() throws Exception {
        Path dataA = temp.resolve("a");
        try (PreviewHost b = cluster.start("public-b", temp.resolve("b"), NO_RATE_LIMITS)) {
            CommentClient onB = client(b);
            List<String> tokens = List.of(onB.token(ESSAY), onB.token(ESSAY), onB.token(ESSAY)); // good on A as well
            ClusterHosts.tokensMature(System.nanoTime());
            String before;
            try (PreviewHost a = cluster.start("public-a", dataA, NO_RATE_LIMITS)) {
                before = postApproved(a, b, "Before A's restart.", tokens.get(0));
            }
            String whileDown = postApproved(b, b, "While A was down.", tokens.get(1));
            try (PreviewHost a = cluster.start("public-a", dataA, NO_RATE_LIMITS)) {
                CommentClient onA = client(a);
                await("A lists both after its restart", () -> onA.approvedIds(ESSAY).containsAll(List.of(before, whileDown)));
                String after = postApproved(a, a, "After A's restart.", tokens.get(2));
                await("B lists what A posted after its restart", () -> onB.approvedIds(ESSAY).contains(after));
                assertEquals(3, storedTexts(a, ESSAY).size());
            }
        }
    }

    /** Posts on {@code poster}, approves on {@code moderator}; answers the id. */
    private static String postApproved(PreviewHost poster, PreviewHost moderator, String text, String token) throws Exception {
        HttpResponse<String> r = client(poster).post(CommentClient.form(ESSAY, "Cleo", "cleo-" + text.length() + "@example.org",
                text, token));
        assertEquals(201, r.statusCode(), r.body());
        String id = CommentClient.json(r).get("id").asText();
        await("approved on " + moderator.baseUri(), () -> client(moderator).moderate(id, "approve").statusCode() == 200);
        return id;
    }
}
