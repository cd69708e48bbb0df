package dev.essays.comments;

import java.util.List;

/** A comment in its thread: {@code depth} 1 is top level; {@code replies} are in date order. */
public record ThreadedComment(Comment comment, int depth, List<ThreadedComment> replies) {

    /** Whether the Reply link shows: a reply here would still fit within the maximum depth. */
    public boolean canReply(int maxDepth) {
        return depth < maxDepth;
    }
}
