package dev.essays.comments.jcr;

import dev.essays.comments.Comment;
import dev.essays.comments.CommentStatus;
import dev.essays.comments.CommentStore;
import dev.essays.comments.CommentStoreException;
import dev.essays.jcr.NodeTypes;
import dev.essays.jcr.SessionProvider;
import dev.essays.jcr.Workspaces;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Comments in the {@code comments} workspace: one {@code essays:commentThread} node per essay, named by its
 * slug, one {@code essays:comment} child per comment, named by its id. Listing is child iteration (no query,
 * no search index needed); nothing is counted on the shared thread node, so concurrent posts never fight over
 * a counter. New comments go through a {@link GroupCommitWriter}; changes retry on save conflicts.
 */
public final class JcrCommentStore implements CommentStore, AutoCloseable {

    private final SessionProvider sessions;
    private final GroupCommitWriter writer;
    private final Clock clock;

    public JcrCommentStore(SessionProvider sessions, Clock clock) {
        this(sessions, clock, 512);
    }

    /** @param maxBatch most comments saved in one JCR save */
    public JcrCommentStore(SessionProvider sessions, Clock clock, int maxBatch) {
        this.sessions = sessions;
        this.clock = clock;
        this.writer = new GroupCommitWriter(sessions, maxBatch, 10_000);
    }

    @Override
    public Created create(Comment c) {
        if (!CommentNodes.isSlug(c.essay()) || !CommentNodes.isId(c.id())) {
            throw new CommentStoreException("invalid essay slug or comment id: " + c.essay() + "/" + c.id(), null);
        }
        return writer.create(c);
    }

    @Override
    public Optional<Comment> find(String essay, String id) {
        if (!CommentNodes.isSlug(essay) || !CommentNodes.isId(id)) {
            return Optional.empty();
        }
        return read("find comment", s -> {
            Node node = ThreadNodes.comment(s, essay, id);
            return node == null ? Optional.<Comment>empty() : CommentNodes.read(node);
        });
    }

    @Override
    public Optional<Comment> find(String id) {
        return read("find comment", s -> {
            Node node = locate(s, id);
            return node == null ? Optional.<Comment>empty() : CommentNodes.read(node);
        });
    }

    @Override
    public List<Comment> list(String essay, Set<CommentStatus> statuses) {
        if (!CommentNodes.isSlug(essay)) {
            return List.of();
        }
        return read("list comments", s -> {
            Map<String, Comment> byId = new LinkedHashMap<>(); // a comment in two thread nodes counts once
            for (Node thread : ThreadNodes.all(s, essay)) {
                for (NodeIterator it = thread.getNodes(); it.hasNext(); ) {
                    CommentNodes.read(it.nextNode())
                            .filter(c -> statuses.isEmpty() || statuses.contains(c.status()))
                            .ifPresent(c -> byId.putIfAbsent(c.id(), c));
                }
            }
            List<Comment> out = new ArrayList<>(byId.values());
            out.sort(Comparator.comparing(Comment::created).thenComparing(Comment::id));
            return out;
        });
    }

    @Override
    public Optional<Comment> setStatus(String id, CommentStatus status) {
        return change("change comment status", id, node -> node.setProperty(CommentProperties.STATUS, status.value()));
    }

    @Override
    public Optional<Comment> setText(String id, String text) {
        return change("edit comment", id, node -> node.setProperty(CommentProperties.TEXT, text));
    }

    @Override
    public Optional<Comment> setNotifyReplies(String id, boolean notify) {
        return change("change reply notifications", id,
                node -> node.setProperty(CommentProperties.NOTIFY_REPLIES, notify));
    }

    @Override
    public Optional<Comment> delete(String id) {
        return ConflictRetry.run("delete comment", () -> sessions.withSession(Workspaces.COMMENTS, s -> {
            Node node = locate(s, id);
            if (node == null) {
                return Optional.<Comment>empty();
            }
            Optional<Comment> gone = CommentNodes.read(node);
            node.remove();
            s.save();
            return gone;
        }));
    }

    @Override
    public List<Comment> recent(Set<CommentStatus> statuses, int limit) {
        return read("list recent comments", s -> {
            // A bounded min-heap by date: memory stays O(limit) however many comments there are.
            PriorityQueue<Comment> newest = new PriorityQueue<>(
                    Comparator.comparing(Comment::created).thenComparing(Comment::id));
            for (NodeIterator threads = s.getRootNode().getNodes(); threads.hasNext(); ) {
                Node thread = threads.nextNode();
                if (!thread.isNodeType(NodeTypes.COMMENT_THREAD)) {
                    continue;
                }
                for (NodeIterator it = thread.getNodes(); it.hasNext(); ) {
                    CommentNodes.read(it.nextNode()).filter(c -> statuses.isEmpty() || statuses.contains(c.status()))
                            .ifPresent(c -> {
                                newest.add(c);
                                if (newest.size() > limit) {
                                    newest.poll();
                                }
                            });
                }
            }
            List<Comment> out = new ArrayList<>(newest);
            out.sort(Comparator.comparing(Comment::created).thenComparing(Comment::id).reversed());
            return out;
        });
    }

    @Override
    public List<Comment> findByEmail(String email) {
        String wanted = email.toLowerCase(Locale.ROOT);
        return read("find comments by e-mail", s -> {
            List<Comment> out = new ArrayList<>();
            for (NodeIterator threads = s.getRootNode().getNodes(); threads.hasNext(); ) {
                Node thread = threads.nextNode();
                if (!thread.isNodeType(NodeTypes.COMMENT_THREAD)) {
                    continue;
                }
                for (NodeIterator it = thread.getNodes(); it.hasNext(); ) {
                    CommentNodes.read(it.nextNode()).filter(c -> c.email().toLowerCase(Locale.ROOT).equals(wanted))
                            .ifPresent(out::add);
                }
            }
            out.sort(Comparator.comparing(Comment::created).thenComparing(Comment::id));
            return out;
        });
    }

    @Override
    public Set<String> approvedEmails() {
        return read("list approved commenters", s -> {
            Set<String> emails = new HashSet<>();
            for (NodeIterator threads = s.getRootNode().getNodes(); threads.hasNext(); ) {
                Node thread = threads.nextNode();
                if (!thread.isNodeType(NodeTypes.COMMENT_THREAD)) {
                    continue;
                }
                for (NodeIterator it = thread.getNodes(); it.hasNext(); ) {
                    CommentNodes.read(it.nextNode()).filter(c -> c.status() == CommentStatus.APPROVED)
                            .ifPresent(c -> emails.add(c.email().toLowerCase(Locale.ROOT)));
                }
            }
            return emails;
        });
    }

    String writerStats() {
        return writer.stats();
    }

    @Override
    public void close() {
        writer.close();
    }

    private interface NodeChange {
        void apply(Node node) throws RepositoryException;
    }

    private Optional<Comment> change(String what, String id, NodeChange change) {
        return ConflictRetry.run(what, () -> sessions.withSession(Workspaces.COMMENTS, s -> {
            Node node = locate(s, id);
            if (node == null) {
                return Optional.<Comment>empty();
            }
            change.apply(node);
            CommentNodes.touch(node, clock.instant());
            s.save();
            return CommentNodes.read(node);
        }));
    }

    /** The comment node with this id under any essay's thread, or null. */
    private static Node locate(Session s, String id) throws RepositoryException {
        if (!CommentNodes.isId(id)) {
            return null;
        }
        for (NodeIterator threads = s.getRootNode().getNodes(); threads.hasNext(); ) {
            Node thread = threads.nextNode();
            if (thread.isNodeType(NodeTypes.COMMENT_THREAD) && thread.hasNode(id)) {
                Node node = thread.getNode(id);
                if (node.isNodeType(NodeTypes.COMMENT)) {
                    return node;
                }
            }
        }
        return null;
    }

    private <T> T read(String what, SessionProvider.Work<T> work) {
        try {
            return sessions.withSession(Workspaces.COMMENTS, work);
        } catch (RepositoryException e) {
            throw new CommentStoreException(what + " failed: " + e.getMessage(), e);
        }
    }
}
