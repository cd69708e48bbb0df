package dev.essays.comments;

import java.util.Locale;
import java.util.Optional;

/** What a moderator can do to a comment; the names are the endpoint's path segments. */
public enum ModerationAction {
    APPROVE, UNAPPROVE, SPAM, TRASH, RESTORE, DELETE;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ModerationAction> parse(String value) {
        for (ModerationAction a : values()) {
            if (a.value().equals(value)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** The status after the action; DELETE has none (the comment is gone). */
    public Optional<CommentStatus> target() {
        return switch (this) {
            case APPROVE -> Optional.of(CommentStatus.APPROVED);
            case UNAPPROVE, RESTORE -> Optional.of(CommentStatus.PENDING);
            case SPAM -> Optional.of(CommentStatus.SPAM);
            case TRASH -> Optional.of(CommentStatus.TRASH);
            case DELETE -> Optional.empty();
        };
    }
}
