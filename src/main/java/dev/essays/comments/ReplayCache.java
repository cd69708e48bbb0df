package dev.essays.comments;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers used token nonces until their token expires, so a token works once. Bounded: when full of
 * live entries it answers {@link Use#FULL} and the caller holds the comment instead of trusting it.
 * Per instance: a token replayed on another cluster member is not caught here.
 */
public final class ReplayCache {

    public enum Use { FIRST, REPLAYED, FULL }

    private final ConcurrentHashMap<String, Long> expiries = new ConcurrentHashMap<>();
    private final int maxEntries;

    public ReplayCache(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    public Use use(String nonce, long expiresAtMillis, long nowMillis) {
        if (expiries.size() >= maxEntries) {
            expiries.values().removeIf(expiry -> expiry < nowMillis);
            if (expiries.size() >= maxEntries) {
                return Use.FULL;
            }
        }
        return expiries.putIfAbsent(nonce, expiresAtMillis) == null ? Use.FIRST : Use.REPLAYED;
    }

    int size() {
        return expiries.size();
    }
}
