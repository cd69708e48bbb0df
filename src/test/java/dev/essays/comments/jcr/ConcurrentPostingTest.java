package dev.essays.comments.jcr;

import dev.essays.comments.Comment;
import dev.essays.comments.CommentStatus;
import dev.essays.comments.CommentStore;
import dev.essays.comments.Ids;
import dev.essays.comments.MutableClock;
import dev.essays.preview.EmbeddedRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Many threads posting to one essay on the real in-memory Jackrabbit. */
class ConcurrentPostingTest {

    @TempDir
    Path temp;

    @Test
    void everyAcknowledgedComment_isStoredExactlyOnce_evenWithRetriesAndModeration() throws Exception {
        int threads = 16;
        int perThread = 60;
        MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
        try (EmbeddedRepository repo = EmbeddedRepository.inMemory(temp);
             JcrCommentStore store = new JcrCommentStore(repo, clock, 64)) {
            ExecutorService pool = Executors.newFixedThreadPool(threads + 2);
            CountDownLatch start = new CountDownLatch(1);
            Map<String, String> acknowledged = new ConcurrentHashMap<>(); // id -> text
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        // Every third post is a client retry with the same idempotency key.
                        String key = "t" + thread + "-p" + i;
                        String id = Ids.forIdempotencyKey("one-essay", key);
                        Comment c = new Comment(id, "one-essay", "", "A", "a" + thread + "@x.example", "",
                                "text " + key, CommentStatus.PENDING, clock.instant(), "", "", "", key, false);
                        CommentStore.Created first = store.create(c);
                        acknowledged.put(first.comment().id(), first.comment().text());
                        if (i % 3 == 0) {
                            CommentStore.Created retry = store.create(c);
                            assertEquals(first.comment().id(), retry.comment().id());
                        }
                    }
                    return null;
                }));
            }
            // A moderator changes statuses meanwhile (separate sessions, conflicts retried).
            futures.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < 100; i++) {
                    List<Comment> some = store.list("one-essay", Set.of());
                    if (!some.isEmpty()) {
                        store.setStatus(some.get(i % some.size()).id(), CommentStatus.APPROVED);
                    }
                }
                return null;
            }));
            start.countDown();
            for (Future<?> f : futures) {
                f.get(120, TimeUnit.SECONDS);
            }
            pool.shutdown();
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));

            List<Comment> stored = store.list("one-essay", Set.of());
            Map<String, Integer> copies = new HashMap<>();
            stored.forEach(c -> copies.merge(c.text(), 1, Integer::sum));
            assertEquals(threads * perThread, acknowledged.size());
            assertEquals(threads * perThread, stored.size());
            for (Map.Entry<String, String> a : acknowledged.entrySet()) {
                assertEquals(1, copies.getOrDefault(a.getValue(), 0), "stored once: " + a.getValue());
            }
        }
    }
}
