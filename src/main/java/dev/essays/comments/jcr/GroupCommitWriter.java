package dev.essays.comments.jcr;

import dev.essays.comments.Comment;
import dev.essays.comments.CommentStore.Created;
import dev.essays.comments.CommentStoreException;
import dev.essays.jcr.NodeTypes;
import dev.essays.jcr.SessionProvider;
import dev.essays.jcr.Workspaces;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Group commit for new comments: callers queue their comment and wait; one writer thread takes everything
 * queued, adds all nodes and saves them in one JCR save, then answers each caller. A caller is answered only
 * after the save that holds its comment succeeded, so an acknowledged comment is stored. Under load many
 * comments share a save; alone, a comment is saved at once (no waiting for a batch to fill).
 * A batch whose save fails for a reason other than a conflict is split and saved one by one, so one bad
 * comment cannot sink the others.
 */
final class GroupCommitWriter implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(GroupCommitWriter.class.getName());
    private static final long ENQUEUE_TIMEOUT_SECONDS = 5;
    private static final long ANSWER_TIMEOUT_SECONDS = 60;

    private record Pending(Comment comment, CompletableFuture<Created> result) {
    }

    private final SessionProvider sessions;
    private final int maxBatch;
    private final BlockingQueue<Pending> queue;
    private final Thread thread;
    private volatile boolean closed;
    private final AtomicLong saves = new AtomicLong();
    private final AtomicLong saved = new AtomicLong();
    private final AtomicLong saveNanos = new AtomicLong();

    GroupCommitWriter(SessionProvider sessions, int maxBatch, int queueCapacity) {
        this.sessions = sessions;
        this.maxBatch = maxBatch;
        this.queue = new LinkedBlockingQueue<>(queueCapacity);
        this.thread = new Thread(this::loop, "essays-comment-writer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    Created create(Comment comment) {
        if (closed) {
            throw new CommentStoreException("the comment store is closed", null);
        }
        Pending p = new Pending(comment, new CompletableFuture<>());
        try {
            if (!queue.offer(p, ENQUEUE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new CommentStoreException("the comment store is overloaded; try again", null);
            }
            return p.result().get(ANSWER_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommentStoreException("interrupted while saving a comment", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CommentStoreException cse) {
                throw cse;
            }
            throw new CommentStoreException("saving the comment failed", e.getCause());
        } catch (TimeoutException e) {
            // Not acknowledged: the client retries with its idempotency key and finds it if it was saved.
            throw new CommentStoreException("saving the comment took too long", e);
        }
    }

    private void loop() {
        List<Pending> batch = new ArrayList<>(maxBatch);
        while (!closed || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                write(batch);
            } catch (InterruptedException e) {
                closed = true;
            } catch (Throwable t) {
                LOG.log(Level.SEVERE, "comment writer failed a batch", t);
                batch.forEach(p -> p.result().completeExceptionally(t));
            } finally {
                batch.clear();
            }
        }
        Pending left;
        while ((left = queue.poll()) != null) {
            left.result().completeExceptionally(new CommentStoreException("the comment store closed", null));
        }
    }

    private void write(List<Pending> batch) {
        Exception last = null;
        for (int attempt = 1; attempt <= ConflictRetry.ATTEMPTS; attempt++) {
            try {
                long t0 = System.nanoTime();
                List<Created> results = sessions.withSession(Workspaces.COMMENTS, s -> save(s, batch));
                saveNanos.addAndGet(System.nanoTime() - t0);
                saves.incrementAndGet();
                saved.addAndGet(batch.size());
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).result().complete(results.get(i));
                }
                return;
            } catch (RepositoryException | RuntimeException e) {
                last = e;
                if (!ConflictRetry.isConflict(e)) {
                    break;
                }
                ConflictRetry.backoff(attempt);
            }
        }
        if (batch.size() > 1) {
            for (Pending p : batch) {
                write(List.of(p));
            }
            return;
        }
        LOG.log(Level.WARNING, "comment " + batch.get(0).comment().id() + " could not be saved", last);
        batch.get(0).result().completeExceptionally(
                new CommentStoreException("saving the comment failed: " + (last == null ? "" : last.getMessage()), last));
    }

    /** Adds every comment not already stored, in one save; answers per comment, in batch order. */
    private static List<Created> save(Session session, List<Pending> batch) throws RepositoryException {
        Node root = session.getRootNode();
        Map<String, Comment> addedNow = new HashMap<>();
        List<Created> results = new ArrayList<>(batch.size());
        Node stored;
        for (Pending p : batch) {
            Comment c = p.comment();
            Node thread = root.hasNode(c.essay()) ? root.getNode(c.essay())
                    : root.addNode(c.essay(), NodeTypes.COMMENT_THREAD);
            String key = c.essay() + "/" + c.id();
            Comment sameBatch = addedNow.get(key);
            if (sameBatch != null) {
                results.add(new Created(sameBatch, false));
            } else if ((stored = ThreadNodes.comment(session, c.essay(), c.id())) != null) {
                results.add(new Created(CommentNodes.read(stored).orElse(c), false));
            } else {
                CommentNodes.write(thread.addNode(c.id(), NodeTypes.COMMENT), c);
                addedNow.put(key, c);
                results.add(new Created(c, true));
            }
        }
        if (!addedNow.isEmpty()) {
            session.save();
            addedNow.values().stream().map(Comment::essay).distinct().forEach(essay -> mergeSiblings(session, essay));
        }
        return results;
    }

    /**
     * After a save, another cluster member may have created the same essay's thread at the same moment; its
     * comments are saved either way, and are moved under one thread node here (or on the next save to it).
     */
    private static void mergeSiblings(Session session, String essay) {
        for (int attempt = 1; attempt <= ConflictRetry.ATTEMPTS; attempt++) {
            try {
                if (ThreadNodes.mergeSiblings(session, essay)) {
                    LOG.info("merged the thread nodes another cluster member created for " + essay + " at the same time");
                }
                return;
            } catch (RepositoryException e) {
                try {
                    session.refresh(false);
                } catch (RepositoryException ignored) {
                    // the next attempt reads afresh anyway
                }
                if (!ConflictRetry.isConflict(e) || attempt == ConflictRetry.ATTEMPTS) {
                    LOG.log(Level.WARNING, "thread nodes of " + essay + " not merged yet; the next save to it retries", e);
                    return;
                }
                ConflictRetry.backoff(attempt);
            }
        }
    }

    /** "saves, comments, ms in saves" since start: how well batching works (benchmarks). */
    String stats() {
        return saves.get() + " saves, " + saved.get() + " comments, " + saveNanos.get() / 1_000_000 + " ms saving";
    }

    @Override
    public void close() {
        closed = true;
        try {
            thread.join(TimeUnit.SECONDS.toMillis(ANSWER_TIMEOUT_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
