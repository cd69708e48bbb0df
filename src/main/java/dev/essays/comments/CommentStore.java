package dev.essays.comments;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where comments live (the JCR comments workspace in production: {@code dev.essays.comments.jcr}). Every
 * method returns only after the change is durably saved. Failures are {@link CommentStoreException}s.
 */
public interface CommentStore {

    /** The stored comment and whether this call stored it (false: a comment with that id existed already). */
    record Created(Comment comment, boolean isNew) {
    }

    /** Stores {@code c} unless its id is taken; then the existing comment comes back, never a second one. */
    Created create(Comment c);

    Optional<Comment> find(String essay, String id);

    /** By id alone (moderation links carry only the id). */
    Optional<Comment> find(String id);

    /** Comments of one essay with one of {@code statuses} (empty = all), oldest first. */
    List<Comment> list(String essay, Set<CommentStatus> statuses);

    Optional<Comment> setStatus(String id, CommentStatus status);

    Optional<Comment> setText(String id, String text);

    Optional<Comment> setNotifyReplies(String id, boolean notify);

    /** Deletes for good; the deleted comment, if there was one. */
    Optional<Comment> delete(String id);

    /** The newest comments with one of {@code statuses} across all essays, newest first, at most {@code limit}. */
    List<Comment> recent(Set<CommentStatus> statuses, int limit);

    /** Every comment with this e-mail address (case-insensitive), on any essay, in any status. */
    List<Comment> findByEmail(String email);

    /** Lower-case e-mail addresses with at least one approved comment (the first-time rule). */
    Set<String> approvedEmails();
}
