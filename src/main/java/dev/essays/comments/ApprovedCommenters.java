package dev.essays.comments;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * E-mail addresses that have an approved comment (the first-time rule), loaded once from the store by
 * listing and then kept up to date by this instance. A commenter approved on another cluster member may be
 * held once more here: the safe direction.
 */
final class ApprovedCommenters {

    private final Supplier<Set<String>> loader;
    private volatile Set<String> emails;

    ApprovedCommenters(Supplier<Set<String>> loader) {
        this.loader = loader;
    }

    boolean contains(String email) {
        return set().contains(email.toLowerCase(Locale.ROOT));
    }

    void add(String email) {
        if (!email.isEmpty()) {
            set().add(email.toLowerCase(Locale.ROOT));
        }
    }

    void remove(String email) {
        set().remove(email.toLowerCase(Locale.ROOT));
    }

    private Set<String> set() {
        Set<String> s = emails;
        if (s == null) {
            synchronized (this) {
                if (emails == null) {
                    Set<String> loaded = ConcurrentHashMap.newKeySet();
                    loader.get().forEach(e -> loaded.add(e.toLowerCase(Locale.ROOT)));
                    emails = loaded;
                }
                s = emails;
            }
        }
        return s;
    }
}
