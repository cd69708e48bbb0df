package dev.essays.comments;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers essay look-ups for a short time: every post needs its essay, and a repository read per post is
 * the largest avoidable cost. An editor closing comments takes effect within {@code ttl}.
 */
public final class CachingEssayDirectory implements EssayDirectory {

    private record Entry(Optional<EssayInfo> essay, long loadedAt) {
    }

    private final EssayDirectory delegate;
    private final long ttlMillis;
    private final Clock clock;
    private final int maxEntries;
    private final ConcurrentHashMap<String, Entry> cache = new ConcurrentHashMap<>();

    public CachingEssayDirectory(EssayDirectory delegate, Duration ttl, int maxEntries, Clock clock) {
        this.delegate = delegate;
        this.ttlMillis = ttl.toMillis();
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    @Override
    public Optional<EssayInfo> find(String slug) {
        long now = clock.millis();
        Entry e = cache.get(slug);
        if (e != null && now - e.loadedAt() < ttlMillis) {
            return e.essay();
        }
        Optional<EssayInfo> fresh = delegate.find(slug);
        if (cache.size() >= maxEntries) {
            cache.clear(); // unknown slugs must not grow the cache without bound
        }
        cache.put(slug, new Entry(fresh, now));
        return fresh;
    }
}
