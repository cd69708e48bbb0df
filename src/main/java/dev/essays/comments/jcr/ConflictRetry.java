package dev.essays.comments.jcr;

import dev.essays.comments.CommentStoreException;

import javax.jcr.InvalidItemStateException;
import javax.jcr.ItemExistsException;
import javax.jcr.RepositoryException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Retries work whose save met a concurrent change (another session, another cluster member). The work must
 * be safe to redo: it runs in a fresh session each time and re-reads what it changes.
 */
final class ConflictRetry {

    static final int ATTEMPTS = 8;

    interface Work<T> {
        T run() throws RepositoryException;
    }

    private ConflictRetry() {
    }

    static <T> T run(String what, Work<T> work) {
        RepositoryException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return work.run();
            } catch (InvalidItemStateException | ItemExistsException e) {
                last = e;
                backoff(attempt);
            } catch (RepositoryException e) {
                throw new CommentStoreException(what + " failed: " + e.getMessage(), e);
            }
        }
        throw new CommentStoreException(what + " failed after " + ATTEMPTS + " conflicting saves", last);
    }

    static boolean isConflict(Throwable e) {
        return e instanceof InvalidItemStateException || e instanceof ItemExistsException;
    }

    static void backoff(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 1L << Math.min(attempt + 1, 7)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommentStoreException("interrupted while retrying a save", e);
        }
    }
}
