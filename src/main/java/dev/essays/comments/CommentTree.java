package dev.essays.comments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the displayed thread from a flat list of approved comments and their parent ids. A reply whose
 * parent is not in the list (pending, spam, deleted) shows at top level; a reply deeper than {@code maxDepth}
 * attaches to its ancestor one level up, so it shows at the deepest level after its siblings.
 */
public final class CommentTree {

    private static final Comparator<Comment> BY_DATE =
            Comparator.comparing(Comment::created).thenComparing(Comment::id);

    private CommentTree() {
    }

    public static List<ThreadedComment> build(List<Comment> comments, int maxDepth) {
        if (maxDepth < 1) {
            throw new IllegalArgumentException("maxDepth must be at least 1");
        }
        Map<String, Comment> byId = new HashMap<>();
        for (Comment c : comments) {
            byId.put(c.id(), c);
        }
        // Effective parent of each comment after flattening; null means top level.
        Map<String, List<Comment>> children = new HashMap<>();
        List<Comment> top = new ArrayList<>();
        for (Comment c : comments) {
            String parent = displayParent(c, byId, maxDepth);
            if (parent == null) {
                top.add(c);
            } else {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(c);
            }
        }
        top.sort(BY_DATE);
        children.values().forEach(list -> list.sort(BY_DATE));
        List<ThreadedComment> out = new ArrayList<>(top.size());
        for (Comment c : top) {
            out.add(node(c, 1, children));
        }
        return out;
    }

    /** Total number of comments in a built thread. */
    public static int count(List<ThreadedComment> thread) {
        int n = 0;
        for (ThreadedComment t : thread) {
            n += 1 + count(t.replies());
        }
        return n;
    }

    private static ThreadedComment node(Comment c, int depth, Map<String, List<Comment>> children) {
        List<Comment> kids = children.getOrDefault(c.id(), List.of());
        List<ThreadedComment> replies = new ArrayList<>(kids.size());
        for (Comment k : kids) {
            replies.add(node(k, depth + 1, children));
        }
        return new ThreadedComment(c, depth, List.copyOf(replies));
    }

    /** The ancestor chain (nearest first) decides where the comment hangs; cycles count as orphans. */
    private static String displayParent(Comment c, Map<String, Comment> byId, int maxDepth) {
        List<String> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        seen.add(c.id());
        String p = c.parentId();
        while (!p.isEmpty() && byId.containsKey(p)) {
            if (!seen.add(p)) {
                return null; // a cycle in stored data: show it at top level rather than lose it
            }
            chain.add(p);
            p = byId.get(p).parentId();
        }
        if (chain.isEmpty()) {
            return null;
        }
        // chain.size() ancestors means depth chain.size() + 1; cap it at maxDepth.
        int depth = chain.size() + 1;
        if (depth <= maxDepth) {
            return chain.get(0);
        }
        if (maxDepth == 1) {
            return null;
        }
        // The ancestor at depth maxDepth - 1 counted from the top (the chain's last element is depth 1).
        return chain.get(chain.size() - (maxDepth - 1));
    }
}
