package dev.essays.templating;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Values built from an essay, kept by slug while the essay's revision stays the same. Bounded: past its capacity it
 * starts over, which costs one rebuild per essay and keeps memory flat on sites with very many essays.
 */
final class RevisionCache<V> {
    private record Entry<V>(String revision, V value) {
    }

    private final int capacity;
    private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();

    RevisionCache(int capacity) {
        this.capacity = capacity;
    }

    /** The value kept for this slug at this revision, or null (a null revision is never cached). */
    V get(String slug, String revision) {
        Entry<V> e = revision == null ? null : entries.get(slug);
        return e != null && e.revision().equals(revision) ? e.value() : null;
    }

    void put(String slug, String revision, V value) {
        if (revision == null) {
            return;
        }
        if (entries.size() >= capacity && !entries.containsKey(slug)) {
            entries.clear();
        }
        entries.put(slug, new Entry<>(revision, value));
    }

    void remove(String slug) {
        entries.remove(slug);
    }
}
