package dev.essays.comments;

import java.util.List;

/**
 * The answer to an accepted post.
 *
 * @param editSecret  give this to the commenter's browser (it edits the comment within the edit window);
 *                    empty for a retried post, whose secret went out with the first answer
 * @param retried     the idempotency key matched an earlier post; {@code comment} is that post's comment
 * @param holdReasons why the comment waits for moderation (empty when approved); for moderators and logs
 */
public record Posted(Comment comment, String editSecret, boolean retried, List<String> holdReasons) {
}
