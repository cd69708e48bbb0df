package dev.essays.bench;

import dev.essays.comments.CommentsConfig;
import dev.essays.jcr.Workspaces;
import dev.essays.preview.PreviewHost;

import javax.jcr.Node;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Comments over HTTP on loopback against the preview host (file-backed repository, Jetty, Jersey, the module's
 * endpoint): accepted comments per second with p50/p99 at 8 and 32 clients (a fresh e-mail per post, so first-time
 * moderation holds each one; validation, spam checks and the JCR save included; every acknowledged id checked in
 * the repository afterwards; each run on an essay of its own, all of one run's comments on that one essay), then an
 * essay page with 300 threaded approved comments fetched by 8 clients.
 * The per-client rate limit is off: every request comes from 127.0.0.1. Client and server share the 2 cores.
 * Args: seconds per run (default 15).
 */
public final class CommentsBenchmark {

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        Path data = Files.createTempDirectory("essays-bench-comments-").resolve("data");
        CommentsConfig config = CommentsConfig.DEFAULT.withRateLimits(0, Duration.ZERO);
        try (PreviewHost host = PreviewHost.start(new PreviewHost.Options(0, data, "bench", true, null, null, config))) {
            System.out.printf("machine: %d cores, %s %s; %d s a run%n", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.vm.name"), System.getProperty("java.version"), seconds);
            // Each run posts to an essay of its own, so neither starts with the other's thousands of comments.
            post(host, "the-press-and-the-commons", 8, seconds);
            post(host, "reading-russia-through-its-readers", 32, seconds);
            String essay = "attention-as-a-commons";
            int added = threaded(host, essay, 300);
            pages(host, essay, added, 8, seconds);
        }
    }

    static void post(PreviewHost host, String essay, int clients, int seconds) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        LinkedBlockingQueue<String> tokens = new LinkedBlockingQueue<>(); // size() in constant time
        URI tokenUri = host.baseUri().resolve("/.rest/essays/v1/comments/token?essay=" + essay);
        int needed = Math.max(4_000, clients * seconds * 150);
        List<Thread> fetchers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread f = started(() -> {
                try {
                    while (tokens.size() < needed) {
                        String body = http.send(HttpRequest.newBuilder(tokenUri).build(), HttpResponse.BodyHandlers.ofString()).body();
                        tokens.add(body.substring(body.indexOf(":\"") + 2, body.lastIndexOf('"')));
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            fetchers.add(f);
        }
        for (Thread f : fetchers) {
            f.join();
        }
        Thread.sleep(3_100); // tokens are accepted from 3 s after they were issued
        URI postUri = host.baseUri().resolve("/.rest/essays/v1/comments");
        AtomicInteger seq = new AtomicInteger(clients * 1_000_000); // texts and e-mails differ between runs
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        Set<String> ids = ConcurrentHashMap.newKeySet();
        List<long[]> latencies = new ArrayList<>();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Thread> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long[] mine = new long[200_000];
            latencies.add(mine);
            workers.add(started(() -> {
                int n = 0;
                while (System.nanoTime() < end) {
                    String token = tokens.poll();
                    if (token == null) {
                        break;
                    }
                    int i = seq.incrementAndGet();
                    String form = "essay=" + essay + "&author=Reader+" + i + "&email=reader" + i + "%40example.org"
                            + "&comment=" + URLEncoder.encode("Comment number " + i + " on the argument about fixity.", StandardCharsets.UTF_8)
                            + "&token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
                    HttpRequest request = HttpRequest.newBuilder(postUri).header("Accept", "application/json")
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build();
                    long t = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        long took = System.nanoTime() - t;
                        if (response.statusCode() / 100 == 2) {
                            accepted.incrementAndGet();
                            String body = response.body();
                            int at = body.indexOf("\"id\":\"") + 6;
                            ids.add(body.substring(at, body.indexOf('"', at)));
                            if (n < mine.length) {
                                mine[n++] = took;
                            }
                        } else {
                            failed.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
            }));
        }
        for (Thread w : workers) {
            w.join();
        }
        long[] all = latencies.stream().flatMapToLong(a -> Arrays.stream(a).filter(v -> v > 0)).sorted().toArray();
        int stored = host.repository().withSession(Workspaces.COMMENTS, session -> {
            int found = 0;
            Node thread = session.getNode("/" + essay);
            for (String id : ids) {
                found += thread.hasNode(id) ? 1 : 0;
            }
            return found;
        });
        System.out.printf("posting, %2d clients: %6.0f accepted/s, p50 %.1f ms, p99 %.1f ms; %d accepted, %d refused or failed,"
                        + " %d of the acknowledged ids stored%n", clients, accepted.get() / (double) seconds,
                all.length == 0 ? 0 : all[all.length / 2] / 1e6, all.length == 0 ? 0 : all[(int) (all.length * 0.99)] / 1e6,
                accepted.get(), failed.get(), stored);
    }

    /** Adds approved comments to an essay, a third of them replies, through the service (not timed). */
    static int threaded(PreviewHost host, String essay, int count) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        List<String> ids = new ArrayList<>();
        LinkedBlockingQueue<String> tokens = new LinkedBlockingQueue<>(); // size() in constant time
        for (int i = 0; i < count; i++) {
            String body = http.send(HttpRequest.newBuilder(host.baseUri().resolve("/.rest/essays/v1/comments/token?essay=" + essay)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            tokens.add(body.substring(body.indexOf(":\"") + 2, body.lastIndexOf('"')));
        }
        Thread.sleep(3_100);
        String auth = "Basic " + java.util.Base64.getEncoder().encodeToString("admin:bench".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < count; i++) {
            String parent = i % 3 == 2 && !ids.isEmpty() ? ids.get(ids.size() - 1) : "";
            String form = "essay=" + essay + "&author=Thread+" + i + "&email=thread" + i + "%40example.org&comment="
                    + URLEncoder.encode("A considered reply, number " + i + ", with a link to https://example.org/notes/" + i, StandardCharsets.UTF_8)
                    + "&comment_parent=" + parent + "&token=" + URLEncoder.encode(tokens.poll(), StandardCharsets.UTF_8);
            String body = http.send(HttpRequest.newBuilder(host.baseUri().resolve("/.rest/essays/v1/comments"))
                    .header("Accept", "application/json").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString()).body();
            int at = body.indexOf("\"id\":\"") + 6;
            String id = body.substring(at, body.indexOf('"', at));
            http.send(HttpRequest.newBuilder(host.baseUri().resolve("/.rest/essays/v1/comments/" + id + "/approve"))
                    .header("Authorization", auth).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
            ids.add(id);
        }
        return ids.size();
    }

    private static Thread started(Runnable work) {
        Thread thread = new Thread(work);
        thread.start();
        return thread;
    }

    static void pages(PreviewHost host, String essay, int comments, int clients, int seconds) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest page = HttpRequest.newBuilder(host.baseUri().resolve("/essays/" + essay)).build();
        String first = http.send(page, HttpResponse.BodyHandlers.ofString()).body();
        if (!first.contains(comments + " Responses to")) {
            throw new IllegalStateException("the page does not show " + comments + " comments");
        }
        for (int i = 0; i < 500; i++) {
            http.send(page, HttpResponse.BodyHandlers.discarding());
        }
        AtomicInteger served = new AtomicInteger();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Thread> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(started(() -> {
                while (System.nanoTime() < end) {
                    try {
                        if (http.send(page, HttpResponse.BodyHandlers.ofByteArray()).statusCode() == 200) {
                            served.incrementAndGet();
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }));
        }
        for (Thread w : workers) {
            w.join();
        }
        System.out.printf("essay page with %d threaded comments (%d KB), %d clients: %.0f pages/s%n", comments,
                first.length() / 1024, clients, served.get() / (double) seconds);
    }
}
