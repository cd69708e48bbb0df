package dev.essays.comments;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Refuses the same text twice on one essay (case and spacing ignored). Per essay it keeps fingerprints of the
 * texts it has seen, loaded once from the store; a claim is atomic, so two identical concurrent posts cannot
 * both pass. The essays kept are bounded (least recently used dropped, reloaded on demand).
 */
public final class DuplicateTexts {

    private final Map<String, Set<String>> byEssay;

    public DuplicateTexts(int maxEssays) {
        this.byEssay = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Set<String>> eldest) {
                return size() > maxEssays;
            }
        };
    }

    /** True if {@code text} is new on the essay, and from now on counts as seen. */
    public boolean claim(String essay, String text, Supplier<Collection<String>> storedTexts) {
        return fingerprints(essay, storedTexts).add(fingerprint(text));
    }

    /** Undo a claim whose comment was in the end not stored. */
    public void release(String essay, String text) {
        Set<String> set;
        synchronized (byEssay) {
            set = byEssay.get(essay);
        }
        if (set != null) {
            set.remove(fingerprint(text));
        }
    }

    private Set<String> fingerprints(String essay, Supplier<Collection<String>> storedTexts) {
        synchronized (byEssay) {
            Set<String> set = byEssay.get(essay);
            if (set != null) {
                return set;
            }
        }
        // Loaded outside the lock: the store may be slow; a concurrent loader's result is simply merged.
        Set<String> loaded = ConcurrentHashMap.newKeySet();
        for (String t : storedTexts.get()) {
            loaded.add(fingerprint(t));
        }
        synchronized (byEssay) {
            Set<String> set = byEssay.putIfAbsent(essay, loaded);
            if (set != null) {
                set.addAll(loaded);
                return set;
            }
            return loaded;
        }
    }

    static String fingerprint(String text) {
        String canonical = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
