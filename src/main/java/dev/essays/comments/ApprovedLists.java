package dev.essays.comments;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Approved comments as last read from the store, per essay and site-wide (newest 100), kept for a short time
 * so page views and list refreshes do not each read the repository. Local changes invalidate at once; other
 * cluster members' changes show after {@code ttl}. Rendered HTML is kept with the list it was made from.
 */
final class ApprovedLists {

    /** One list, its ETag, when it was read, and its rendered HTML per thread depth and labels. */
    record Listed(List<Comment> comments, String etag, long loadedAt, ConcurrentHashMap<String, String> html) {
    }

    private static final int MAX_ESSAYS = 10_000;
    private static final int RECENT = 100;

    private final CommentStore store;
    private final long ttlMillis;
    private final Clock clock;
    private final ConcurrentHashMap<String, Listed> byEssay = new ConcurrentHashMap<>();
    private volatile Listed recent;

    ApprovedLists(CommentStore store, Duration ttl, Clock clock) {
        this.store = store;
        this.ttlMillis = ttl.toMillis();
        this.clock = clock;
    }

    Listed essay(String essay) {
        long now = clock.millis();
        Listed l = byEssay.get(essay);
        if (l != null && now - l.loadedAt() < ttlMillis) {
            return l;
        }
        List<Comment> fresh = List.copyOf(store.list(essay, EnumSet.of(CommentStatus.APPROVED)));
        String tag = CommentService.etag(fresh);
        // Unchanged since the last read: keep the rendered HTML.
        Listed next = l != null && l.etag().equals(tag) ? new Listed(l.comments(), tag, now, l.html())
                : new Listed(fresh, tag, now, new ConcurrentHashMap<>());
        if (byEssay.size() >= MAX_ESSAYS) {
            byEssay.clear(); // bounded: essays nobody reads drop out
        }
        byEssay.put(essay, next);
        return next;
    }

    Listed recent() {
        long now = clock.millis();
        Listed l = recent;
        if (l == null || now - l.loadedAt() >= ttlMillis) {
            List<Comment> fresh = List.copyOf(store.recent(EnumSet.of(CommentStatus.APPROVED), RECENT));
            l = new Listed(fresh, CommentService.etag(fresh), now, new ConcurrentHashMap<>());
            recent = l;
        }
        return l;
    }

    void invalidate(String essay) {
        byEssay.remove(essay);
        recent = null;
    }
}
