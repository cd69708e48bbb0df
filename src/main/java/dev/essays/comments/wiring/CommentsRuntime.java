package dev.essays.comments.wiring;

import dev.essays.comments.CommentSecrets;
import dev.essays.comments.CommentService;
import dev.essays.comments.CommentsConfig;
import dev.essays.comments.SignedLinks;
import dev.essays.comments.jcr.JcrCommentStore;
import dev.essays.comments.jcr.JcrEssayDirectory;
import dev.essays.comments.mail.MailNotifier;
import dev.essays.comments.mail.MailSettings;
import dev.essays.comments.rest.CommentsEndpoint;
import dev.essays.jcr.SessionProvider;

import java.time.Clock;
import java.util.function.Supplier;

/**
 * Everything comments need, put together once per application (the preview host, or the Magnolia module's
 * start): the JCR store with its writer thread, the mail sender, the service and the endpoint. Close it on
 * shutdown: queued comments are saved and queued mail is sent first.
 */
public final class CommentsRuntime implements AutoCloseable {

    private final JcrCommentStore store;
    private final MailSwitch mail;
    private final CommentService service;
    private final CommentsEndpoint endpoint;

    private CommentsRuntime(JcrCommentStore store, MailSwitch mail, CommentService service) {
        this.store = store;
        this.mail = mail;
        this.service = service;
        this.endpoint = new CommentsEndpoint(service);
    }

    /** @param mailSettings null: no mail is sent (moderators use the Comments app) */
    public static CommentsRuntime start(SessionProvider sessions, CommentsConfig config, CommentSecrets secrets,
                                        MailSettings mailSettings, Clock clock) {
        return start(sessions, () -> config, secrets, () -> mailSettings, clock);
    }

    /**
     * A runtime that follows its settings: both sources are asked on use and must return the same instance
     * until the settings change (mail: null while none is sent). The store, its writer and the secrets stay.
     */
    public static CommentsRuntime start(SessionProvider sessions, Supplier<CommentsConfig> config,
                                        CommentSecrets secrets, Supplier<MailSettings> mailSettings, Clock clock) {
        JcrCommentStore store = new JcrCommentStore(sessions, clock);
        SignedLinks links = new SignedLinks(secrets.linkKey(), clock);
        MailSwitch mail;
        try {
            mail = new MailSwitch(mailSettings, settings -> new MailNotifier(settings, links, store));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        CommentService service = new CommentService(store, new JcrEssayDirectory(sessions), mail, config, secrets,
                clock);
        return new CommentsRuntime(store, mail, service);
    }

    public CommentService service() {
        return service;
    }

    /** The JAX-RS resource to register (an instance: it needs the service). */
    public CommentsEndpoint endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        store.close();
        mail.close();
    }
}
