package dev.essays.comments.jcr;

import dev.essays.comments.Comment;
import dev.essays.comments.CommentNotifier;
import dev.essays.comments.CommentSecrets;
import dev.essays.comments.CommentService;
import dev.essays.comments.CommentStatus;
import dev.essays.comments.CommentsConfig;
import dev.essays.comments.EssayInfo;
import dev.essays.comments.ModerationAction;
import dev.essays.comments.ModerationMode;
import dev.essays.comments.ModerationSettings;
import dev.essays.comments.MutableClock;
import dev.essays.comments.Posted;
import dev.essays.comments.Submission;
import dev.essays.comments.SubmissionRejectedException;
import dev.essays.comments.SubmissionRejectedException.Reason;
import dev.essays.comments.TestEssays;
import dev.essays.preview.EmbeddedRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The posting and moderation use cases against the real in-memory Jackrabbit. */
class CommentServiceTest {

    @TempDir
    Path temp;
    private EmbeddedRepository repo;
    private JcrCommentStore store;
    private CommentService service;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final List<Comment> notified = new CopyOnWriteArrayList<>();
    private int seq;

    @BeforeEach
    void open() throws Exception {
        repo = EmbeddedRepository.inMemory(temp);
        store = new JcrCommentStore(repo, clock);
        TestEssays.add(repo, "open-essay", "On Gardens", clock.instant().minus(Duration.ofDays(3)), null);
        TestEssays.add(repo, "other-essay", "On Rivers", clock.instant().minus(Duration.ofDays(3)), true);
        TestEssays.add(repo, "closed-essay", "Closed", clock.instant().minus(Duration.ofDays(3)), false);
        TestEssays.add(repo, "draft-essay", "Draft", null, null);
        service = service(CommentsConfig.DEFAULT);
    }

    private CommentService service(CommentsConfig config) {
        return new CommentService(store, new JcrEssayDirectory(repo), new CommentNotifier() {
            @Override
            public void stored(Comment comment, EssayInfo essay) {
                notified.add(comment);
            }
        }, config, CommentSecrets.random(), clock);
    }

    @AfterEach
    void close() {
        store.close();
        repo.close();
    }

    /** A valid post with a 5-second-old token, a fresh e-mail and client each time unless given. */
    private Submission post(String essay, String email, String text, String parent, String key) {
        String token = service.issueToken(essay).orElse("");
        clock.advance(Duration.ofSeconds(5));
        seq++;
        return new Submission(essay, "Reader " + seq, email, "", text, parent, token, "", "198.51.100." + seq,
                "UA", key, false);
    }

    private Submission post(String text) {
        return post("open-essay", "reader" + (seq + 1) + "@example.org", text, "", "");
    }

    private Reason rejected(Submission s) {
        SubmissionRejectedException e = assertThrows(SubmissionRejectedException.class, () -> service.submit(s));
        return e.reason();
    }

    private void nothingStored() {
        assertEquals(List.of(), store.list("open-essay", Set.of()));
    }

    @Test
    void heldForModeration_whenFirstTimeCommenter() {
        Posted p = service.submit(post("Hello there"));
        assertEquals(CommentStatus.PENDING, p.comment().status());
        assertEquals(CommentStatus.PENDING, store.find("open-essay", p.comment().id()).orElseThrow().status());
        assertFalse(p.editSecret().isEmpty());
        assertEquals(List.of(p.comment()), notified);
    }

    @Test
    void approvedAtOnce_whenEmailAlreadyHasApprovedComment() {
        Posted first = service.submit(post("open-essay", "ada@example.org", "First words", "", ""));
        service.moderate(first.comment().id(), ModerationAction.APPROVE);
        clock.advance(Duration.ofSeconds(20));
        Posted second = service.submit(post("open-essay", "ADA@example.org", "Second words", "", ""));
        assertEquals(CommentStatus.APPROVED, second.comment().status());
    }

    @Test
    void storedText_isAsSubmitted_andIpOnlyAsSaltedHash() {
        Posted p = service.submit(post("<script>alert(1)</script>"));
        Comment stored = store.find(p.comment().id()).orElseThrow();
        assertEquals("<script>alert(1)</script>", stored.text());
        assertFalse(stored.ipHash().contains("198.51.100"));
        assertEquals(32, stored.ipHash().length());
    }

    @Test
    void retriedPostWithSameIdempotencyKey_returnsTheFirstComment() {
        Submission s = post("open-essay", "bob@example.org", "Only once please", "", "retry-key-1");
        Posted first = service.submit(s);
        Posted again = service.submit(s); // same token, same e-mail, same text: all would refuse a new post
        assertTrue(again.retried());
        assertEquals(first.comment().id(), again.comment().id());
        assertEquals(1, store.list("open-essay", Set.of()).size());
    }

    @Test
    void badInput_isRefusedWithFieldMessage_andNothingStored() {
        Submission s = new Submission("open-essay", "", "not-an-email", "", "text", "", "", "", "", "", "", false);
        SubmissionRejectedException e = assertThrows(SubmissionRejectedException.class, () -> service.submit(s));
        assertEquals(List.of("author", "email"), e.errors().stream().map(f -> f.field()).toList());
        nothingStored();
    }

    @Test
    void honeypotFilled_isRefused_andNothingStored() {
        Submission s = post("Hi");
        Submission bot = new Submission(s.essay(), s.author(), s.email(), s.url(), s.text(), "", s.token(),
                "http://spam.example", s.clientIp(), s.userAgent(), "", false);
        assertEquals(Reason.SPAM, rejected(bot));
        nothingStored();
    }

    @Test
    void postWithoutToken_isHeld_evenForKnownCommenter() {
        CommentService open = service(CommentsConfig.DEFAULT.withModeration(
                ModerationSettings.DEFAULT.withMode(ModerationMode.NONE)));
        Submission s = new Submission("open-essay", "NoJS", "nojs@example.org", "", "Plain form post", "", "", "",
                "203.0.113.1", "", "", false);
        Posted p = open.submit(s);
        assertEquals(CommentStatus.PENDING, p.comment().status());
        assertTrue(p.holdReasons().get(0).contains("time token"));
    }

    @Test
    void replayedOrForgedOrTooFastToken_isRefused_andNothingStored() {
        Submission s = post("First");
        service.submit(s);
        Submission replay = new Submission("open-essay", "X", "x@example.org", "", "Different", "", s.token(), "",
                "203.0.113.9", "", "", false);
        assertEquals(Reason.SPAM, rejected(replay));
        Submission forged = new Submission("open-essay", "X", "y@example.org", "", "Other", "", "abc.def", "",
                "203.0.113.10", "", "", false);
        assertEquals(Reason.SPAM, rejected(forged));
        String fresh = service.issueToken("open-essay").orElseThrow();
        Submission fast = new Submission("open-essay", "X", "z@example.org", "", "Quick", "", fresh, "",
                "203.0.113.11", "", "", false);
        assertEquals(Reason.TOO_FAST, rejected(fast));
        assertEquals(1, store.list("open-essay", Set.of()).size());
    }

    @Test
    void tokenForAnotherEssay_isRefused() {
        String token = service.issueToken("other-essay").orElseThrow();
        clock.advance(Duration.ofSeconds(5));
        Submission s = new Submission("open-essay", "X", "x@example.org", "", "Cross", "", token, "",
                "203.0.113.9", "", "", false);
        assertEquals(Reason.SPAM, rejected(s));
    }

    @Test
    void duplicateTextOnSameEssay_isRefused() {
        service.submit(post("Same words"));
        clock.advance(Duration.ofSeconds(20));
        assertEquals(Reason.DUPLICATE, rejected(post("  same   WORDS ")));
        service.submit(post("other-essay", "someone@example.org", "Same words", "", ""));
    }

    @Test
    void sixthPostFromOneClientWithinAMinute_isRateLimited() {
        for (int i = 0; i < 5; i++) {
            Submission s = post("Comment " + i);
            service.submit(new Submission(s.essay(), s.author(), s.email(), "", s.text(), "", s.token(), "",
                    "192.0.2.1", "", "", false));
        }
        Submission s = post("Comment 6");
        assertEquals(Reason.RATE_LIMITED, rejected(new Submission(s.essay(), s.author(), s.email(), "", s.text(),
                "", s.token(), "", "192.0.2.1", "", "", false)));
    }

    @Test
    void replyToCommentOfAnotherEssayOrPending_isRefused() {
        Posted foreign = service.submit(post("other-essay", "f@example.org", "Foreign", "", ""));
        service.moderate(foreign.comment().id(), ModerationAction.APPROVE);
        Submission reply = post("open-essay", "r@example.org", "Reply", foreign.comment().id(), "");
        SubmissionRejectedException e = assertThrows(SubmissionRejectedException.class, () -> service.submit(reply));
        assertEquals("comment_parent", e.errors().get(0).field());
        Posted pending = service.submit(post("Pending parent"));
        assertThrows(SubmissionRejectedException.class,
                () -> service.submit(post("open-essay", "r2@example.org", "Reply 2", pending.comment().id(), "")));
    }

    @Test
    void replyToApprovedComment_isThreaded() {
        Posted parent = service.submit(post("Parent"));
        service.moderate(parent.comment().id(), ModerationAction.APPROVE);
        Posted reply = service.submit(post("open-essay", "r@example.org", "Child", parent.comment().id(), ""));
        service.moderate(reply.comment().id(), ModerationAction.APPROVE);
        EssayInfo essay = new EssayInfo("open-essay", "On Gardens", Instant.EPOCH, true, null);
        clock.advance(Duration.ofSeconds(3));
        var thread = service.thread(essay);
        assertEquals(1, thread.size());
        assertEquals(reply.comment().id(), thread.get(0).replies().get(0).comment().id());
    }

    @Test
    void closedDraftOrUnknownEssay_refusesComments() {
        assertEquals(Reason.CLOSED, rejected(post("closed-essay", "a@example.org", "Hi", "", "")));
        assertEquals(Reason.UNKNOWN_ESSAY, rejected(post("draft-essay", "a@example.org", "Hi", "", "")));
        assertEquals(Reason.UNKNOWN_ESSAY, rejected(post("no-such-essay", "a@example.org", "Hi", "", "")));
        assertTrue(service.issueToken("closed-essay").isEmpty());
    }

    @Test
    void moderationActions_changeStatus_andDeleteRemoves() {
        String id = service.submit(post("Moderate me")).comment().id();
        assertEquals(CommentStatus.APPROVED, service.moderate(id, ModerationAction.APPROVE).orElseThrow().status());
        assertEquals(CommentStatus.PENDING, service.moderate(id, ModerationAction.UNAPPROVE).orElseThrow().status());
        assertEquals(CommentStatus.SPAM, service.moderate(id, ModerationAction.SPAM).orElseThrow().status());
        assertEquals(CommentStatus.TRASH, service.moderate(id, ModerationAction.TRASH).orElseThrow().status());
        assertEquals(CommentStatus.PENDING, service.moderate(id, ModerationAction.RESTORE).orElseThrow().status());
        assertTrue(service.moderate(id, ModerationAction.DELETE).isPresent());
        assertTrue(store.find(id).isEmpty());
        assertTrue(service.moderate(id, ModerationAction.APPROVE).isEmpty());
    }

    @Test
    void ownEdit_worksWithSecretWithinWindow_only() {
        Posted p = service.submit(post("Typo hre"));
        String id = p.comment().id();
        assertEquals("Typo here", service.editOwn(id, p.editSecret(), "Typo here").orElseThrow().text());
        assertThrows(SubmissionRejectedException.class, () -> service.editOwn(id, "wrong", "Hacked"));
        clock.advance(Duration.ofMinutes(11));
        assertThrows(SubmissionRejectedException.class, () -> service.editOwn(id, p.editSecret(), "Late"));
        assertEquals("Typo here", store.find(id).orElseThrow().text());
    }

    @Test
    void view_preparesHeadingThreadAndFormState_forTheTemplate() {
        Posted p = service.submit(post("Shown <i>escaped</i>"));
        service.moderate(p.comment().id(), ModerationAction.APPROVE);
        var view = service.view("open-essay").orElseThrow();
        assertEquals("One Response to On Gardens", view.heading());
        assertEquals("essays.comments.heading.one", view.headingKey());
        assertTrue(view.listHtml().contains("Shown &lt;i&gt;escaped&lt;/i&gt;"));
        assertTrue(view.open());
        assertEquals(5, view.threadDepth());
        assertFalse(service.view("closed-essay").orElseThrow().open());
        assertEquals("No Responses to Closed", service.view("closed-essay").orElseThrow().heading());
        assertTrue(service.view("no-such-essay").isEmpty());
    }

    @Test
    void heldComment_isShownOnlyToItsAuthor_withTheModerationNotice() {
        Posted p = service.submit(post("Wait for me"));
        String id = p.comment().id();
        String hash = service.links().pendingNoticeHash(id);
        var own = service.view("open-essay", id, hash).orElseThrow();
        assertTrue(own.pendingHtml().contains("Your comment is awaiting moderation."));
        assertTrue(own.pendingHtml().contains("Wait for me"));
        assertEquals(0, own.count());
        assertEquals("", service.view("open-essay", id, "forged").orElseThrow().pendingHtml());
        assertEquals("", service.view("open-essay").orElseThrow().pendingHtml());
        service.moderate(id, ModerationAction.APPROVE);
        assertEquals("", service.view("open-essay", id, hash).orElseThrow().pendingHtml());
    }

    @Test
    void erasedCommenter_isFirstTimeAgain() {
        Posted first = service.submit(post("open-essay", "gone@example.org", "Before erasure", "", ""));
        service.moderate(first.comment().id(), ModerationAction.APPROVE);
        assertEquals(1, service.erasePersonalData("GONE@example.org"));
        assertTrue(store.find(first.comment().id()).isEmpty());
        clock.advance(Duration.ofSeconds(20));
        Posted again = service.submit(post("open-essay", "gone@example.org", "After erasure", "", ""));
        assertEquals(CommentStatus.PENDING, again.comment().status());
    }

    @Test
    void approvedList_refreshesAfterModeration_andEtagChanges() {
        String id = service.submit(post("Soon visible")).comment().id();
        String before = CommentService.etag(service.approved("open-essay"));
        service.moderate(id, ModerationAction.APPROVE);
        List<Comment> after = service.approved("open-essay");
        assertEquals(1, after.size());
        assertNotEquals(before, CommentService.etag(after));
    }
}
