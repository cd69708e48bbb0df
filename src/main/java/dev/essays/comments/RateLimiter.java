package dev.essays.comments;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-memory rate limits: at most {@code perClient} posts per minute from one client (its IP hash) and one
 * post per {@code emailInterval} from one e-mail address. Thread-safe; memory is bounded by
 * {@code maxKeys}: past it, stale entries are dropped, and if all are live the limiter forgets everything
 * (it fails open: a flood of distinct clients must not lock out everyone).
 */
public final class RateLimiter {

    public enum Result { ALLOWED, CLIENT_LIMIT, EMAIL_LIMIT }

    private static final long WINDOW = Duration.ofMinutes(1).toMillis();

    private final int perClient;
    private final long emailIntervalMillis;
    private final int maxKeys;
    private final Clock clock;
    private final ConcurrentHashMap<String, ArrayDeque<Long>> clients = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Long> emails = new ConcurrentHashMap<>();

    /** {@code perClient} 0 or an interval of zero switches that limit off (load tests). */
    public RateLimiter(int perClient, Duration emailInterval, int maxKeys, Clock clock) {
        this.perClient = perClient;
        this.emailIntervalMillis = emailInterval.toMillis();
        this.maxKeys = maxKeys;
        this.clock = clock;
    }

    public static RateLimiter defaults(Clock clock) {
        return new RateLimiter(5, Duration.ofSeconds(15), 100_000, clock);
    }

    public Result acquire(String clientKey, String email) {
        long now = clock.millis();
        if (emailIntervalMillis > 0 && !email.isEmpty()) {
            bound(emails, now);
            boolean[] allowed = {false};
            emails.compute(email, (k, last) -> {
                if (last == null || now - last >= emailIntervalMillis) {
                    allowed[0] = true;
                    return now;
                }
                return last;
            });
            if (!allowed[0]) {
                return Result.EMAIL_LIMIT;
            }
        }
        if (perClient > 0 && !clientKey.isEmpty()) {
            bound(clients, now);
            ArrayDeque<Long> times = clients.computeIfAbsent(clientKey, k -> new ArrayDeque<>());
            synchronized (times) {
                while (!times.isEmpty() && now - times.peekFirst() >= WINDOW) {
                    times.pollFirst();
                }
                if (times.size() >= perClient) {
                    return Result.CLIENT_LIMIT;
                }
                times.addLast(now);
            }
        }
        return Result.ALLOWED;
    }

    private <V> void bound(ConcurrentHashMap<String, V> map, long now) {
        if (map.size() < maxKeys) {
            return;
        }
        map.entrySet().removeIf(e -> now - latest(e.getValue()) >= Math.max(WINDOW, emailIntervalMillis));
        if (map.size() >= maxKeys) {
            map.clear();
        }
    }

    private static long latest(Object value) {
        if (value instanceof Long l) {
            return l;
        }
        ArrayDeque<?> times = (ArrayDeque<?>) value;
        synchronized (times) {
            return times.isEmpty() ? 0 : (Long) times.peekLast();
        }
    }

    int trackedKeys() {
        return clients.size() + emails.size();
    }
}
