package dev.essays.comments.jcr;

import dev.essays.comments.Comment;
import dev.essays.comments.CommentStatus;
import dev.essays.comments.CommentStoreException;
import dev.essays.comments.MutableClock;
import dev.essays.jcr.SessionProvider;
import dev.essays.preview.EmbeddedRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.jcr.InvalidItemStateException;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Saves that fail, on the real repository: a session whose save throws when a "poison" comment is in it, and
 * one whose first saves meet a conflict. Nothing that failed is acknowledged; nothing else fails with it.
 */
class FailedSaveTest {

    @TempDir
    Path temp;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));

    /** The repository, with save() replaced by {@code onSave} before the real save. */
    private static SessionProvider withSaveHook(EmbeddedRepository repo, SaveHook onSave) {
        return new SessionProvider() {
            @Override
            public <T> T withSession(String workspace, Work<T> work) throws RepositoryException {
                return repo.withSession(workspace, real -> work.run((Session) Proxy.newProxyInstance(
                        Session.class.getClassLoader(), new Class<?>[] {Session.class}, (proxy, method, args) -> {
                            if (method.getName().equals("save")) {
                                onSave.check(real);
                            }
                            try {
                                return method.invoke(real, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        })));
            }
        };
    }

    interface SaveHook {
        void check(Session session) throws RepositoryException;
    }

    private static Comment comment(String id) {
        return new Comment(id, "e", "", "A", "a@x.example", "", "text " + id, CommentStatus.PENDING,
                Instant.parse("2026-03-01T10:00:00Z"), "", "", "", "", false);
    }

    @Test
    void poisonComment_isRefused_andTheOthersInItsBatchAreStored() throws Exception {
        try (EmbeddedRepository repo = EmbeddedRepository.inMemory(temp)) {
            SessionProvider sessions = withSaveHook(repo, s -> {
                if (s.nodeExists("/e/cpoison")) {
                    throw new RepositoryException("simulated storage failure");
                }
            });
            try (JcrCommentStore store = new JcrCommentStore(sessions, clock, 64)) {
                ExecutorService pool = Executors.newFixedThreadPool(16);
                AtomicInteger refused = new AtomicInteger();
                List<Future<?>> futures = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    String id = i == 100 ? "cpoison" : "c" + i;
                    futures.add(pool.submit(() -> {
                        try {
                            assertTrue(store.create(comment(id)).isNew());
                        } catch (CommentStoreException e) {
                            assertEquals("cpoison", id);
                            refused.incrementAndGet();
                        }
                    }));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
                pool.shutdown();
                assertEquals(1, refused.get());
                assertEquals(199, store.list("e", Set.of()).size());
            }
        }
    }

    @Test
    void conflictingSaves_areRetried_untilStored() throws Exception {
        AtomicInteger conflicts = new AtomicInteger(3);
        try (EmbeddedRepository repo = EmbeddedRepository.inMemory(temp)) {
            SessionProvider sessions = withSaveHook(repo, s -> {
                if (conflicts.getAndDecrement() > 0) {
                    throw new InvalidItemStateException("simulated concurrent change");
                }
            });
            try (JcrCommentStore store = new JcrCommentStore(sessions, clock, 64)) {
                assertTrue(store.create(comment("c1")).isNew());
                assertEquals(1, store.list("e", Set.of()).size());
                conflicts.set(2);
                assertEquals(CommentStatus.APPROVED, store.setStatus("c1", CommentStatus.APPROVED).orElseThrow().status());
            }
        }
    }
}
