package dev.essays.comments.wiring;

import dev.essays.comments.CommentService;
import dev.essays.comments.settings.CommentMailSettings;
import dev.essays.comments.settings.CommentSettings;
import dev.essays.comments.settings.PasswordSources;
import dev.essays.jcr.SessionProvider;
import jakarta.inject.Inject;

import javax.jcr.RepositoryException;
import java.time.Clock;

/**
 * The comment feature as one injectable component: what the comments endpoint and {@code essayfn} depend on, so a
 * component container (Magnolia's, through the module descriptor) can build them. Started on first use with the
 * secrets kept in the comments workspace and the configured {@link CommentSettings} and
 * {@link CommentMailSettings}. When those change on a running site, the next request follows them: rules and
 * mail are rebuilt, while the store, its writer and the secrets stay, so no accepted comment is dropped.
 */
public class CommentsComponent implements AutoCloseable {

    private final SessionProvider sessions;
    private final LiveSettings settings;
    private final Clock clock;
    private final CommentService given;
    private volatile CommentsRuntime runtime;

    /** As Magnolia builds it: both settings are configured components, observed in the config workspace. */
    @Inject
    public CommentsComponent(SessionProvider sessions, CommentSettings settings, CommentMailSettings mail) {
        this(sessions, new LiveSettings(settings, mail, SettingsLog.SLF4J, PasswordSources.SYSTEM), Clock.systemUTC());
    }

    CommentsComponent(SessionProvider sessions, LiveSettings settings, Clock clock) {
        this.sessions = sessions;
        this.settings = settings;
        this.clock = clock;
        this.given = null;
        settings.config(); // read (and report problems) at start, not at the first visitor's request
    }

    /** A component around a service built elsewhere (the preview host, tests). */
    public CommentsComponent(CommentService service) {
        this.sessions = null;
        this.settings = null;
        this.clock = null;
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
                        runtime = CommentsRuntime.start(sessions, settings::config, StoredSecrets.load(sessions),
                                settings::mail, clock);
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
