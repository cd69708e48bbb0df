package dev.essays.comments.jcr;

import dev.essays.comments.CommentSecrets;
import dev.essays.comments.CommentService;
import dev.essays.comments.CommentsConfig;
import dev.essays.comments.Posted;
import dev.essays.comments.Submission;
import dev.essays.comments.TestEssays;
import dev.essays.preview.EmbeddedRepository;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Quick in-process throughput measurement of posting (not a test, not over HTTP): validation, token check,
 * spam rules, first-time moderation, duplicate check and the JCR save, a fresh e-mail per post, all to one
 * essay. Args: clients seconds [memory|file]. Run:
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat cp.txt) dev.essays.comments.jcr.CommentThroughputMain 32 10 file
 * </pre>
 * It prints accepted/s, p50/p99 and how many comments each JCR save carried.
 */
public final class CommentThroughputMain {

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 32;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        boolean file = args.length > 2 && args[2].equals("file");
        Path dir = Files.createTempDirectory("comment-bench");
        try (EmbeddedRepository repo = file ? EmbeddedRepository.open(dir.resolve("data")) : EmbeddedRepository.inMemory(dir);
             JcrCommentStore store = new JcrCommentStore(repo, Clock.systemUTC())) {
            TestEssays.add(repo, "bench", "Bench", Instant.now().minus(Duration.ofDays(1)), true);
            CommentService service = new CommentService(store, new JcrEssayDirectory(repo),
                    dev.essays.comments.CommentNotifier.NONE,
                    CommentsConfig.DEFAULT.withRateLimits(0, Duration.ZERO), CommentSecrets.random(), Clock.systemUTC());
            ConcurrentLinkedQueue<String> tokens = new ConcurrentLinkedQueue<>();
            for (int i = 0; i < 400_000; i++) {
                tokens.add(service.issueToken("bench").orElseThrow());
            }
            Thread.sleep(3_100); // tokens must be 3 s old
            AtomicInteger accepted = new AtomicInteger();
            AtomicInteger failed = new AtomicInteger();
            AtomicLong seq = new AtomicLong();
            long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            List<long[]> latencies = new ArrayList<>();
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                long[] lat = new long[2_000_000];
                latencies.add(lat);
                int client = c;
                Thread t = new Thread(() -> {
                    int n = 0;
                    while (System.nanoTime() < end) {
                        long i = seq.incrementAndGet();
                        Submission s = new Submission("bench", "Reader " + i, "reader" + i + "@example.org", "",
                                "Comment number " + i + " from client " + client, "", tokens.poll(), "",
                                "10.0." + (client % 250) + ".1", "bench", "k" + i, false);
                        long t0 = System.nanoTime();
                        try {
                            Posted p = service.submit(s);
                            lat[++n] = System.nanoTime() - t0;
                            if (!p.retried()) {
                                accepted.incrementAndGet();
                            }
                        } catch (RuntimeException e) {
                            failed.incrementAndGet();
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
            int stored = store.list("bench", java.util.Set.of()).size();
            System.out.printf("%s repository, %d clients, %d s: %d accepted (%.0f/s), %d failed, stored %d, "
                            + "p50 %.1f ms, p99 %.1f ms%n", file ? "file" : "memory", clients, seconds,
                    accepted.get(), accepted.get() / (double) seconds, failed.get(), stored,
                    all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6);
            System.out.println("writer: " + store.writerStats());
        }
    }
}
