package dev.essays.comments.wiring;

import dev.essays.comments.CommentNotifier;
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

/**
 * Everything comments need, put together once per application (the preview host, or the Magnolia module's
 * start): the JCR store with its writer thread, the mail sender, the service and the endpoint. Close it on
 * shutdown: queued comments are saved and queued mail is sent first.
 */
public final class CommentsRuntime implements AutoCloseable {

    private final JcrCommentStore store;
    private final MailNotifier mail;
    private final CommentService service;
    private final CommentsEndpoint endpoint;

    private CommentsRuntime(JcrCommentStore store, MailNotifier mail, CommentService service) {
        this.store = store;
        this.mail = mail;
        this.service = service;
        this.endpoint = new CommentsEndpoint(service);
    }

    /** @param mailSettings null: no mail is sent (moderators use the Comments app) */
    public static CommentsRuntime start(SessionProvider sessions, CommentsConfig config, CommentSecrets secrets,
                                        MailSettings mailSettings, Clock clock) {
        JcrCommentStore store = new JcrCommentStore(sessions, clock);
        MailNotifier mail = mailSettings == null ? null
                : new MailNotifier(mailSettings, new SignedLinks(secrets.linkKey(), clock), store);
        CommentNotifier notifier = mail == null ? CommentNotifier.NONE : mail;
        CommentService service = new CommentService(store, new JcrEssayDirectory(sessions), notifier, config,
                secrets, clock);
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
        if (mail != null) {
            mail.close();
        }
    }
}
