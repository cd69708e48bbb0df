package dev.essays.comments;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RateLimiterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final RateLimiter limiter = RateLimiter.defaults(clock);

    @Test
    void sixthPostWithinAMinute_isRefused_thenAllowedAfterTheWindow() {
        for (int i = 0; i < 5; i++) {
            assertEquals(RateLimiter.Result.ALLOWED, limiter.acquire("client", "e" + i + "@x.example"));
        }
        assertEquals(RateLimiter.Result.CLIENT_LIMIT, limiter.acquire("client", "e9@x.example"));
        assertEquals(RateLimiter.Result.ALLOWED, limiter.acquire("other-client", "e10@x.example"));
        clock.advance(Duration.ofSeconds(60));
        assertEquals(RateLimiter.Result.ALLOWED, limiter.acquire("client", "e11@x.example"));
    }

    @Test
    void secondPostFromSameEmailWithin15Seconds_isRefused() {
        assertEquals(RateLimiter.Result.ALLOWED, limiter.acquire("a", "ada@example.org"));
        clock.advance(Duration.ofSeconds(14));
        assertEquals(RateLimiter.Result.EMAIL_LIMIT, limiter.acquire("b", "ada@example.org"));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(RateLimiter.Result.ALLOWED, limiter.acquire("c", "ada@example.org"));
    }

    @Test
    void concurrentPosts_fromOneClient_allowExactlyTheLimit() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger allowed = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String email = "e" + i + "@x.example";
            futures.add(pool.submit(() -> {
                start.await();
                if (limiter.acquire("one-client", email) == RateLimiter.Result.ALLOWED) {
                    allowed.incrementAndGet();
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        assertEquals(5, allowed.get());
    }

    @Test
    void memoryStaysBounded_underManyDistinctClients() {
        RateLimiter small = new RateLimiter(5, Duration.ofSeconds(15), 1_000, clock);
        for (int i = 0; i < 50_000; i++) {
            small.acquire("client-" + i, "e" + i + "@x.example");
        }
        assertTrue(small.trackedKeys() <= 2_000, "tracked " + small.trackedKeys());
    }

    @Test
    void zeroLimits_switchLimitingOff() {
        RateLimiter off = new RateLimiter(0, Duration.ZERO, 10, clock);
        for (int i = 0; i < 100; i++) {
            assertEquals(RateLimiter.Result.ALLOWED, off.acquire("c", "same@x.example"));
        }
    }
}
