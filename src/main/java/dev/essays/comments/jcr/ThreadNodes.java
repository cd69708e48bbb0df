package dev.essays.comments.jcr;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.util.ArrayList;
import java.util.List;

/**
 * An essay's thread nodes. The workspace root allows same-name siblings, so two cluster members that create the
 * same essay's thread at once both succeed: Jackrabbit merges the two adds into {@code /slug} and
 * {@code /slug[2]}. Readers therefore take every node of the name; the writer adds to the first, and the member
 * that sees a second one (the later save always does) moves its comments into the first and removes it.
 */
final class ThreadNodes {

    private ThreadNodes() {
    }

    /** The essay's thread nodes, first (the one writers use) first; empty when it has none. */
    static List<Node> all(Session session, String essay) throws RepositoryException {
        Node root = session.getRootNode();
        List<Node> threads = new ArrayList<>(1);
        // Looked up by name and index, not by scanning the root's children (one per essay with comments).
        for (String name = essay; root.hasNode(name); name = essay + "[" + (threads.size() + 1) + "]") {
            threads.add(root.getNode(name));
        }
        return threads;
    }

    /** The comment with this id under any of the essay's thread nodes, or null. */
    static Node comment(Session session, String essay, String id) throws RepositoryException {
        for (Node thread : all(session, essay)) {
            if (thread.hasNode(id)) {
                return thread.getNode(id);
            }
        }
        return null;
    }

    /**
     * Folds later thread nodes of the essay into the first and saves; does nothing when there is one. A comment
     * already in the first (a retried post stored by both members) is kept there once.
     */
    static boolean mergeSiblings(Session session, String essay) throws RepositoryException {
        List<Node> threads = all(session, essay);
        if (threads.size() < 2) {
            return false;
        }
        Node first = threads.get(0);
        for (Node extra : threads.subList(1, threads.size())) {
            List<Node> comments = new ArrayList<>();
            for (NodeIterator it = extra.getNodes(); it.hasNext(); ) {
                comments.add(it.nextNode());
            }
            for (Node comment : comments) {
                if (first.hasNode(comment.getName())) {
                    comment.remove();
                } else {
                    session.move(comment.getPath(), first.getPath() + "/" + comment.getName());
                }
            }
            extra.remove();
        }
        session.save();
        return true;
    }
}
