package dev.essays.comments.wiring;

import dev.essays.comments.CommentService;
import dev.essays.comments.CommentsConfig;
import dev.essays.jcr.SessionProvider;
import jakarta.inject.Inject;

import javax.jcr.RepositoryException;
import java.time.Clock;

/**
 * The comment feature as one injectable component: what the comments endpoint and {@code essayfn} depend on, so a
 * component container (Magnolia's, through the module descriptor) can build them. Started on first use with the
 * module's default rules and the secrets kept in the comments workspace; no mail until mail is configured.
 */
public class CommentsComponent implements AutoCloseable {

    private final SessionProvider sessions;
    private volatile CommentsRuntime runtime;
    private final CommentService given;

    @Inject
    public CommentsComponent(SessionProvider sessions) {
        this.sessions = sessions;
        this.given = null;
    }

    /** A component around a service built elsewhere (the preview host, tests). */
    public CommentsComponent(CommentService service) {
        this.sessions = null;
        this.given = service;
    }

    public CommentService service() {
        if (given != null) {
            return given;
        }
        CommentsRuntime started = runtime;
        if (started == null) {
            synchronized (this) {
                if (runtime == null) {
                    try {
                        runtime = CommentsRuntime.start(sessions, CommentsConfig.DEFAULT, StoredSecrets.load(sessions),
                                null, Clock.systemUTC());
                    } catch (RepositoryException e) {
                        throw new IllegalStateException("comment secrets could not be read or stored", e);
                    }
                }
                started = runtime;
            }
        }
        return started.service();
    }

    @Override
    public void close() {
        if (runtime != null) {
            runtime.close();
        }
    }
}
