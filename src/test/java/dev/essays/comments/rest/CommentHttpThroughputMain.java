package dev.essays.comments.rest;

import dev.essays.comments.CommentNotifier;
import dev.essays.comments.CommentSecrets;
import dev.essays.comments.CommentService;
import dev.essays.comments.CommentsConfig;
import dev.essays.comments.TestEssays;
import dev.essays.comments.jcr.JcrCommentStore;
import dev.essays.comments.jcr.JcrEssayDirectory;
import dev.essays.preview.EmbeddedRepository;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Quick measurement of comment posting over HTTP on loopback (not a test; BENCHMARKS.md has the real one):
 * Jetty + Jersey + CommentsEndpoint + file-backed Jackrabbit, N clients posting form comments with a fresh
 * e-mail and a valid time token each, first-time moderation on, JSON answers. Client and server share the
 * machine. Args: clients seconds. Every 2xx answer's id is checked in the store afterwards. Run as
 * {@link dev.essays.comments.jcr.CommentThroughputMain} says, with this class's name.
 */
public final class CommentHttpThroughputMain {

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 32;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path dir = Files.createTempDirectory("comment-http-bench");
        try (EmbeddedRepository repo = EmbeddedRepository.open(dir.resolve("data"));
             JcrCommentStore store = new JcrCommentStore(repo, Clock.systemUTC())) {
            TestEssays.add(repo, "bench", "Bench", Instant.now().minus(Duration.ofDays(1)), true);
            // Per-client limits off: the load generator is one client address.
            CommentService service = new CommentService(store, new JcrEssayDirectory(repo), CommentNotifier.NONE,
                    CommentsConfig.DEFAULT.withRateLimits(0, Duration.ofSeconds(15)), CommentSecrets.random(),
                    Clock.systemUTC());
            ConcurrentLinkedQueue<String> tokens = new ConcurrentLinkedQueue<>();
            for (int i = 0; i < 200_000; i++) {
                tokens.add(service.issueToken("bench").orElseThrow());
            }
            Thread.sleep(3_100);
            try (TestServer server = new TestServer(new CommentsEndpoint(service))) {
                AtomicInteger accepted = new AtomicInteger();
                AtomicInteger other = new AtomicInteger();
                AtomicLong seq = new AtomicLong();
                Set<String> ids = java.util.concurrent.ConcurrentHashMap.newKeySet();
                long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
                List<long[]> latencies = new ArrayList<>();
                List<Thread> threads = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    long[] lat = new long[1_000_000];
                    latencies.add(lat);
                    Thread t = new Thread(() -> {
                        // One client (and selector thread) per poster, like separate browsers.
                        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                        int n = 0;
                        while (System.nanoTime() < end) {
                            long i = seq.incrementAndGet();
                            String body = "essay=bench&author=Reader+" + i + "&email=reader" + i + "%40example.org&url="
                                    + "&comment=" + URLEncoder.encode("Comment number " + i + ", thoughtful.", StandardCharsets.UTF_8)
                                    + "&comment_parent=0&essays_hp=&token=" + URLEncoder.encode(tokens.poll(), StandardCharsets.UTF_8);
                            HttpRequest req = HttpRequest.newBuilder(server.uri("/essays/v1/comments"))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .header("Accept", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                            long t0 = System.nanoTime();
                            try {
                                HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
                                lat[++n] = System.nanoTime() - t0;
                                if (r.statusCode() == 201) {
                                    accepted.incrementAndGet();
                                    String b = r.body();
                                    int at = b.indexOf("\"id\":\"") + 6;
                                    ids.add(b.substring(at, b.indexOf('"', at)));
                                } else {
                                    other.incrementAndGet();
                                }
                            } catch (Exception e) {
                                other.incrementAndGet();
                            }
                        }
                        lat[0] = n;
                    });
                    threads.add(t);
                    t.start();
                }
                for (Thread t : threads) {
                    t.join();
                }
                long[] all = latencies.stream().flatMapToLong(l -> Arrays.stream(l, 1, (int) l[0] + 1)).sorted().toArray();
                Set<String> stored = new java.util.HashSet<>();
                store.list("bench", Set.of()).forEach(c -> stored.add(c.id()));
                long missing = ids.stream().filter(id -> !stored.contains(id)).count();
                System.out.printf("HTTP, %d clients, %d s: %d accepted (%.0f/s), %d other answers, acknowledged but"
                                + " missing %d, p50 %.1f ms, p99 %.1f ms%n", clients, seconds, accepted.get(),
                        accepted.get() / (double) seconds, other.get(), missing,
                        all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6);
            }
        }
    }
}
