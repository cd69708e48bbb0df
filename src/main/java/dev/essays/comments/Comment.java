package dev.essays.comments;

import java.time.Instant;
import java.util.Objects;

/**
 * One stored comment. {@code text} is plain text as submitted (after normalisation); it is escaped when
 * rendered. {@code email}, {@code ipHash} and {@code editSecretHash} are never shown publicly.
 */
public record Comment(
        String id,
        String essay,
        String parentId,
        String author,
        String email,
        String url,
        String text,
        CommentStatus status,
        Instant created,
        String ipHash,
        String userAgent,
        String editSecretHash,
        String idempotencyKey,
        boolean notifyReplies) {

    public Comment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(essay, "essay");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(created, "created");
        parentId = parentId == null ? "" : parentId;
        author = author == null ? "" : author;
        email = email == null ? "" : email;
        url = url == null ? "" : url;
        text = text == null ? "" : text;
        ipHash = ipHash == null ? "" : ipHash;
        userAgent = userAgent == null ? "" : userAgent;
        editSecretHash = editSecretHash == null ? "" : editSecretHash;
        idempotencyKey = idempotencyKey == null ? "" : idempotencyKey;
    }

    public boolean isReply() {
        return !parentId.isEmpty();
    }

    public Comment withStatus(CommentStatus newStatus) {
        return new Comment(id, essay, parentId, author, email, url, text, newStatus, created, ipHash, userAgent,
                editSecretHash, idempotencyKey, notifyReplies);
    }

    public Comment withText(String newText) {
        return new Comment(id, essay, parentId, author, email, url, newText, status, created, ipHash, userAgent,
                editSecretHash, idempotencyKey, notifyReplies);
    }
}
