package dev.essays.comments.jcr;

import dev.essays.comments.Comment;
import dev.essays.comments.CommentStatus;
import dev.essays.comments.CommentStore;
import dev.essays.comments.Ids;
import dev.essays.comments.MutableClock;
import dev.essays.jcr.NodeTypes;
import dev.essays.jcr.Workspaces;
import dev.essays.preview.EmbeddedRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.jcr.Node;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JcrCommentStoreTest {

    @TempDir
    Path temp;
    private EmbeddedRepository repo;
    private JcrCommentStore store;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));

    @BeforeEach
    void open() {
        repo = EmbeddedRepository.inMemory(temp);
        store = new JcrCommentStore(repo, clock);
    }

    @AfterEach
    void close() {
        store.close();
        repo.close();
    }

    static Comment comment(String id, String essay, String parent, CommentStatus status, String text) {
        return new Comment(id, essay, parent, "Ada", "Ada@Example.org", "https://ada.example", text, status,
                Instant.parse("2026-03-01T10:00:00Z").plusMillis(id.hashCode() & 0xFFFF), "iphash", "UA/1",
                "secret-hash", "", true);
    }

    @Test
    void create_storesOneCommentNodeUnderTheEssaysThreadNode() throws Exception {
        Comment c = comment("c1", "an-essay", "", CommentStatus.PENDING, "Hello");
        assertTrue(store.create(c).isNew());
        repo.withSession(Workspaces.COMMENTS, s -> {
            Node thread = s.getNode("/an-essay");
            assertEquals(NodeTypes.COMMENT_THREAD, thread.getPrimaryNodeType().getName());
            Node n = thread.getNode("c1");
            assertEquals(NodeTypes.COMMENT, n.getPrimaryNodeType().getName());
            assertEquals("Hello", n.getProperty(CommentProperties.TEXT).getString());
            assertEquals("pending", n.getProperty(CommentProperties.STATUS).getString());
            assertEquals("an-essay", n.getProperty(CommentProperties.ESSAY).getString());
            assertEquals("iphash", n.getProperty(CommentProperties.IP_HASH).getString());
            assertTrue(n.getProperty(CommentProperties.NOTIFY_REPLIES).getBoolean());
            assertEquals(c.created(), n.getProperty(CommentProperties.CREATED).getDate().toInstant());
            assertFalse(thread.hasProperty("count"), "no counters on the shared thread node");
            return null;
        });
        assertEquals(c, store.find("an-essay", "c1").orElseThrow());
        assertEquals(c, store.find("c1").orElseThrow());
    }

    /**
     * Two cluster members creating an essay's thread at once leave /an-essay and /an-essay[2] (the root allows
     * same-name siblings). Until the fold, readers see every comment once; the next save folds them into the first.
     */
    @Test
    void secondThreadNodeOfAnEssay_isReadWithTheFirst_andFoldedIntoItByTheNextSave() throws Exception {
        store.create(comment("c1", "an-essay", "", CommentStatus.APPROVED, "in the first"));
        repo.withSession(Workspaces.COMMENTS, s -> {
            Node second = s.getRootNode().addNode("an-essay", NodeTypes.COMMENT_THREAD);
            CommentNodes.write(second.addNode("c2", NodeTypes.COMMENT), comment("c2", "an-essay", "", CommentStatus.APPROVED, "in the second"));
            CommentNodes.write(second.addNode("c1", NodeTypes.COMMENT), comment("c1", "an-essay", "", CommentStatus.APPROVED, "in the first"));
            s.save();
            assertEquals(2, s.getRootNode().getNodes("an-essay").getSize());
            return null;
        });
        assertEquals(List.of("c1", "c2"), store.list("an-essay", Set.of()).stream().map(Comment::id).sorted().toList());
        assertEquals("in the second", store.find("an-essay", "c2").orElseThrow().text());

        store.create(comment("c3", "an-essay", "", CommentStatus.APPROVED, "after"));
        repo.withSession(Workspaces.COMMENTS, s -> {
            assertEquals(1, s.getRootNode().getNodes("an-essay").getSize(), "folded into one thread node");
            Node thread = s.getNode("/an-essay");
            assertEquals(List.of("c1", "c2", "c3"), List.of(thread.getNode("c1").getName(), thread.getNode("c2").getName(),
                    thread.getNode("c3").getName()));
            assertEquals(3, thread.getNodes().getSize());
            return null;
        });
    }

    @Test
    void createWithTakenId_returnsTheFirstComment_neverASecond() {
        store.create(comment("same", "an-essay", "", CommentStatus.PENDING, "first"));
        CommentStore.Created again = store.create(comment("same", "an-essay", "", CommentStatus.APPROVED, "second"));
        assertFalse(again.isNew());
        assertEquals("first", again.comment().text());
        assertEquals(1, store.list("an-essay", Set.of()).size());
    }

    @Test
    void list_filtersByStatus_oldestFirst() {
        store.create(comment("a", "e1", "", CommentStatus.APPROVED, "a"));
        store.create(comment("b", "e1", "", CommentStatus.PENDING, "b"));
        store.create(comment("c", "e1", "a", CommentStatus.APPROVED, "c"));
        store.create(comment("d", "e2", "", CommentStatus.APPROVED, "d"));
        List<Comment> approved = store.list("e1", EnumSet.of(CommentStatus.APPROVED));
        assertEquals(Set.of("a", "c"), Set.copyOf(approved.stream().map(Comment::id).toList()));
        assertTrue(approved.get(0).created().compareTo(approved.get(1).created()) <= 0);
        assertEquals(3, store.list("e1", Set.of()).size());
        assertEquals(List.of(), store.list("no-such-essay", Set.of()));
        assertEquals(List.of(), store.list("../escape", Set.of()));
    }

    @Test
    void statusTextAndDelete_changeOnlyThatComment() {
        store.create(comment("a", "e1", "", CommentStatus.PENDING, "a"));
        store.create(comment("b", "e1", "", CommentStatus.PENDING, "b"));
        assertEquals(CommentStatus.APPROVED, store.setStatus("a", CommentStatus.APPROVED).orElseThrow().status());
        assertEquals("edited", store.setText("a", "edited").orElseThrow().text());
        assertFalse(store.setNotifyReplies("a", false).orElseThrow().notifyReplies());
        assertEquals(CommentStatus.PENDING, store.find("b").orElseThrow().status());
        assertEquals("b", store.delete("b").orElseThrow().id());
        assertTrue(store.find("b").isEmpty());
        assertTrue(store.setStatus("b", CommentStatus.SPAM).isEmpty());
        assertTrue(store.delete("nope").isEmpty());
        assertEquals(Set.of("ada@example.org"), store.approvedEmails());
    }

    @Test
    void unreadableStoredComment_isSkipped_notAnError() throws Exception {
        store.create(comment("good", "e1", "", CommentStatus.APPROVED, "fine"));
        repo.withSession(Workspaces.COMMENTS, s -> {
            s.getNode("/e1").addNode("broken", NodeTypes.COMMENT).setProperty(CommentProperties.STATUS, "weird");
            s.save();
            return null;
        });
        assertEquals(1, store.list("e1", Set.of()).size());
        assertTrue(store.find("broken").isEmpty());
    }

    @Test
    void idsFromIdempotencyKeys_areValidNodeNames() {
        String id = Ids.forIdempotencyKey("an-essay", "key-1");
        assertTrue(store.create(comment(id, "an-essay", "", CommentStatus.PENDING, "x")).isNew());
        assertFalse(store.create(comment(id, "an-essay", "", CommentStatus.PENDING, "y")).isNew());
    }
}
