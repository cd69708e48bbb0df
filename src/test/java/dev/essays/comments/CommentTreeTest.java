package dev.essays.comments;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommentTreeTest {

    private static int minute;

    private static Comment c(String id, String parent) {
        return new Comment(id, "an-essay", parent, "A", "a@x.example", "", "text " + id, CommentStatus.APPROVED,
                Instant.parse("2026-03-01T10:00:00Z").plusSeconds(60L * minute++), "", "", "", "", false);
    }

    /** "id(depth)[children]" for compact comparison. */
    private static String shape(List<ThreadedComment> thread) {
        StringBuilder b = new StringBuilder();
        for (ThreadedComment t : thread) {
            b.append(t.comment().id()).append('(').append(t.depth()).append(')');
            if (!t.replies().isEmpty()) {
                b.append('[').append(shape(t.replies())).append(']');
            }
            b.append(' ');
        }
        return b.toString().strip();
    }

    @Test
    void repliesNestUnderTheirParents_inDateOrder() {
        List<Comment> list = List.of(c("a", ""), c("b", "a"), c("c", ""), c("d", "a"), c("e", "b"));
        assertEquals("a(1)[b(2)[e(3)] d(2)] c(1)", shape(CommentTree.build(list, 5)));
    }

    @Test
    void repliesDeeperThanMaxDepth_attachAtTheDeepestLevel() {
        List<Comment> chain = new ArrayList<>();
        chain.add(c("l1", ""));
        for (int i = 2; i <= 7; i++) {
            chain.add(c("l" + i, "l" + (i - 1)));
        }
        assertEquals("l1(1)[l2(2)[l3(3)[l4(4)[l5(5) l6(5) l7(5)]]]]", shape(CommentTree.build(chain, 5)));
        assertEquals("l1(1) l2(1) l3(1) l4(1) l5(1) l6(1) l7(1)", shape(CommentTree.build(chain, 1)));
    }

    @Test
    void orphans_whoseParentIsNotApproved_showAtTopLevel() {
        List<Comment> list = List.of(c("a", ""), c("b", "pending-one"), c("x", "b"));
        assertEquals("a(1) b(1)[x(2)]", shape(CommentTree.build(list, 5)));
    }

    @Test
    void cyclesInStoredData_areShownNotLost() {
        List<Comment> list = List.of(c("a", "b"), c("b", "a"));
        assertEquals(2, CommentTree.count(CommentTree.build(list, 5)));
    }

    @Test
    void translatedLabels_areUsedAndEscaped() {
        var labels = CommentLabels.of(java.util.Locale.GERMAN, java.time.ZoneOffset.UTC, "Antworten <",
                "Dein Kommentar wartet auf Freischaltung.");
        String html = CommentListHtml.render(CommentTree.build(List.of(c("a", "")), 5), 5, labels);
        assertTrue(html.contains(">Antworten &lt;</a>"), html);
        assertTrue(CommentListHtml.renderPending(c("p", ""), labels).contains("Dein Kommentar wartet auf Freischaltung."));
    }

    @Test
    void replyLink_onlyWhileDepthAllowsIt() {
        ThreadedComment t = CommentTree.build(List.of(c("a", "")), 1).get(0);
        assertFalse(t.canReply(1));
        assertTrue(t.canReply(2));
    }
}
