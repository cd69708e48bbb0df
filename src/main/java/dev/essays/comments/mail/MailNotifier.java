package dev.essays.comments.mail;

import dev.essays.comments.Comment;
import dev.essays.comments.CommentNotifier;
import dev.essays.comments.CommentStatus;
import dev.essays.comments.CommentStore;
import dev.essays.comments.EssayInfo;
import dev.essays.comments.SignedLinks;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Comment mail: held comments to moderators, double opt-in confirmations, approved replies to subscribed
 * parents. Everything is queued and sent by a background thread with retries, so a post never waits for
 * SMTP and never fails because of it; a mail that still cannot be sent is logged.
 */
public final class MailNotifier implements CommentNotifier, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(MailNotifier.class.getName());

    private final MailComposer composer;
    private final SmtpMailer mailer;
    private final CommentStore store;
    private final ThreadPoolExecutor executor;
    private final int attempts;
    private final long firstRetryMillis;

    public MailNotifier(MailSettings settings, SignedLinks links, CommentStore store) {
        this(settings, links, store, 4, 2_000);
    }

    /** @param attempts tries per mail; retries wait {@code firstRetryMillis}, then twice as long each time */
    public MailNotifier(MailSettings settings, SignedLinks links, CommentStore store, int attempts,
                        long firstRetryMillis) {
        this.composer = new MailComposer(settings, links);
        try {
            this.mailer = new SmtpMailer(settings);
        } catch (AddressException e) {
            throw new IllegalArgumentException("mail sender address is not valid: " + settings.from(), e);
        }
        this.store = store;
        this.attempts = attempts;
        this.firstRetryMillis = firstRetryMillis;
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(10_000),
                r -> {
                    Thread t = new Thread(r, "essays-comment-mail");
                    t.setDaemon(true);
                    return t;
                });
    }

    @Override
    public void stored(Comment comment, EssayInfo essay) {
        if (comment.status() == CommentStatus.PENDING) {
            composer.heldForModeration(comment, essay).forEach(this::queue);
        } else if (comment.status() == CommentStatus.APPROVED) {
            replyNotification(comment, essay);
        }
    }

    @Override
    public void subscriptionRequested(Comment comment, EssayInfo essay) {
        queue(composer.confirmReplies(comment, essay));
    }

    @Override
    public void personalDataRequested(String email) {
        queue(composer.personalData(email));
    }

    @Override
    public void statusChanged(Comment before, Comment after, EssayInfo essay) {
        if (after.status() == CommentStatus.APPROVED && before.status() != CommentStatus.APPROVED) {
            replyNotification(after, essay);
        }
    }

    private void replyNotification(Comment reply, EssayInfo essay) {
        if (!reply.isReply()) {
            return;
        }
        // Looked up on the mail thread: the post's caller does not wait for the read.
        submit(() -> {
            Optional<Comment> parent = store.find(reply.essay(), reply.parentId());
            if (parent.isPresent() && parent.get().notifyReplies()
                    && !parent.get().email().toLowerCase(Locale.ROOT).equals(reply.email().toLowerCase(Locale.ROOT))) {
                send(composer.reply(reply, parent.get(), essay));
            }
        });
    }

    private void queue(MailMessage m) {
        submit(() -> send(m));
    }

    private void submit(Runnable task) {
        try {
            executor.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "comment mail task failed", e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.warning("comment mail queue full or closed; a notification was dropped");
        }
    }

    private void send(MailMessage m) {
        long wait = firstRetryMillis;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                mailer.send(m);
                return;
            } catch (AddressException e) {
                LOG.warning("comment mail not sent, bad address: " + e.getMessage());
                return; // retrying cannot fix an address
            } catch (MessagingException e) {
                if (attempt == attempts) {
                    LOG.log(Level.WARNING, "comment mail to " + m.to() + " failed after " + attempts + " tries", e);
                    return;
                }
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
                wait *= 2;
            }
        }
    }

    /** Waits (bounded) for queued mail to go out; for shutdown and tests. */
    public boolean drain(long timeoutMillis) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < end) {
            if (executor.getQueue().isEmpty() && executor.getActiveCount() == 0) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    /** Takes no more mail and returns at once; what is queued is still sent (settings replaced at runtime). */
    public void retire() {
        executor.shutdown();
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
