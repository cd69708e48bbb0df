package dev.essays.comments.wiring;

import dev.essays.comments.Comment;
import dev.essays.comments.CommentNotifier;
import dev.essays.comments.EssayInfo;
import dev.essays.comments.mail.MailNotifier;
import dev.essays.comments.mail.MailSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Sends comment mail with the mail settings in force now: when they change (a new instance from the source),
 * the next notification starts a new sender and the old one finishes its queue and stops. Notifications are
 * queued under this object's lock, so none reaches a sender that has already stopped.
 */
final class MailSwitch implements CommentNotifier, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MailSwitch.class);

    private final Supplier<MailSettings> settings;
    private final Function<MailSettings, MailNotifier> start;
    private MailSettings current;
    private MailNotifier sender;

    /** Starts the sender for the first settings at once, so bad settings given by a host fail its start. */
    MailSwitch(Supplier<MailSettings> settings, Function<MailSettings, MailNotifier> start) {
        this.settings = settings;
        this.start = start;
        this.current = settings.get();
        this.sender = current == null ? null : start.apply(current);
    }

    @Override
    public synchronized void stored(Comment comment, EssayInfo essay) {
        target().stored(comment, essay);
    }

    @Override
    public synchronized void subscriptionRequested(Comment comment, EssayInfo essay) {
        target().subscriptionRequested(comment, essay);
    }

    @Override
    public synchronized void personalDataRequested(String email) {
        target().personalDataRequested(email);
    }

    @Override
    public synchronized void statusChanged(Comment before, Comment after, EssayInfo essay) {
        target().statusChanged(before, after, essay);
    }

    private CommentNotifier target() {
        MailSettings wanted = settings.get();
        if (wanted != current) {
            if (sender != null) {
                sender.retire();
            }
            sender = null;
            current = wanted;
            if (wanted != null) {
                try {
                    sender = start.apply(wanted);
                } catch (RuntimeException e) {
                    LOG.error("Comment mail could not start: {}", e.getMessage());
                }
            }
        }
        return sender == null ? CommentNotifier.NONE : sender;
    }

    /** Waits (bounded) for queued mail to go out. */
    @Override
    public synchronized void close() {
        if (sender != null) {
            sender.close();
        }
    }
}
