package dev.essays.comments;

/**
 * Told about stored comments and status changes; sends mail in production. Implementations must return
 * quickly and never throw into the caller: a comment post never waits for, or fails because of, mail.
 */
public interface CommentNotifier {

    CommentNotifier NONE = new CommentNotifier() {
    };

    /** A new comment was stored (any status). */
    default void stored(Comment comment, EssayInfo essay) {
    }

    /** The commenter asked for reply notifications: confirm by e-mail first (double opt-in). */
    default void subscriptionRequested(Comment comment, EssayInfo essay) {
    }

    /** Someone asked for their comments (export or erase): mail signed links to that address. */
    default void personalDataRequested(String email) {
    }

    /** A moderator changed a comment's status. */
    default void statusChanged(Comment before, Comment after, EssayInfo essay) {
    }
}
