package dev.essays.comments.mail;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.essays.comments.Comment;
import dev.essays.comments.CommentSecrets;
import dev.essays.comments.CommentService;
import dev.essays.comments.CommentStatus;
import dev.essays.comments.CommentsConfig;
import dev.essays.comments.EssayInfo;
import dev.essays.comments.ModerationAction;
import dev.essays.comments.MutableClock;
import dev.essays.comments.Posted;
import dev.essays.comments.SignedLinks;
import dev.essays.comments.Submission;
import dev.essays.comments.TestEssays;
import dev.essays.comments.jcr.JcrCommentStore;
import dev.essays.comments.jcr.JcrEssayDirectory;
import dev.essays.preview.EmbeddedRepository;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Comment mail against GreenMail, a real SMTP server on loopback started by the test. */
class MailNotifierTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final Pattern LINK = Pattern.compile("https://example\\.test/\\.rest/essays/v1/\\S+");

    @TempDir
    Path temp;
    private EmbeddedRepository repo;
    private JcrCommentStore store;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final CommentSecrets secrets = CommentSecrets.random();
    private SignedLinks links;
    private MailNotifier notifier;
    private CommentService service;
    private final EssayInfo essay = new EssayInfo("open-essay", "On Gardens", Instant.EPOCH, true, null);
    private int seq;

    private MailSettings settings(int port) {
        return new MailSettings("127.0.0.1", port, false, "", "", "comments@example.test",
                List.of("mod1@example.test", "mod2@example.test"), "Essays",
                "https://example.test/.rest/essays/v1", "https://example.test/essays/{slug}", Duration.ofDays(7));
    }

    @BeforeEach
    void open() throws Exception {
        repo = EmbeddedRepository.inMemory(temp);
        store = new JcrCommentStore(repo, clock);
        TestEssays.add(repo, "open-essay", "On Gardens", clock.instant().minus(Duration.ofDays(1)), true);
        links = new SignedLinks(secrets.linkKey(), clock);
        notifier = new MailNotifier(settings(smtp.getSmtp().getPort()), links, store, 3, 100);
        service = new CommentService(store, new JcrEssayDirectory(repo), notifier, CommentsConfig.DEFAULT, secrets, clock);
    }

    @AfterEach
    void close() {
        notifier.close();
        store.close();
        repo.close();
    }

    private Posted post(String email, String text, String parent, boolean notify) {
        String token = service.issueToken("open-essay").orElseThrow();
        clock.advance(Duration.ofSeconds(20));
        seq++;
        return service.submit(new Submission("open-essay", "Reader " + seq, email, "", text, parent, token, "",
                "198.51.100." + seq, "UA", "", notify));
    }

    private MimeMessage[] received(int expected) throws Exception {
        assertTrue(notifier.drain(10_000));
        assertTrue(smtp.waitForIncomingEmail(5_000, expected), "expected " + expected + " mails");
        return smtp.getReceivedMessages();
    }

    private static String body(MimeMessage m) throws Exception {
        return (String) m.getContent();
    }

    private static List<String> to(MimeMessage m) throws Exception {
        return Arrays.stream(m.getAllRecipients()).map(Address::toString).toList();
    }

    private static Map<String, String> query(String link) {
        Map<String, String> q = new HashMap<>();
        for (String kv : URI.create(link).getRawQuery().split("&")) {
            String[] p = kv.split("=", 2);
            q.put(p[0], java.net.URLDecoder.decode(p[1], java.nio.charset.StandardCharsets.UTF_8));
        }
        return q;
    }

    private static List<String> links(String body) {
        Matcher m = LINK.matcher(body);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @Test
    void heldComment_mailsEachModerator_withSignedApproveAndSpamLinks() throws Exception {
        Posted p = post("first@example.org", "Please approve me", "", false);
        assertEquals(CommentStatus.PENDING, p.comment().status());
        MimeMessage[] mails = received(2);
        assertEquals(2, mails.length);
        assertEquals(List.of("mod1@example.test", "mod2@example.test"),
                Arrays.stream(mails).flatMap(m -> { try { return to(m).stream(); } catch (Exception e) { throw new RuntimeException(e); } }).sorted().toList());
        String body = body(mails[0]);
        assertTrue(body.contains("Please approve me"));
        String approve = links(body).stream().filter(l -> l.contains("/approve?")).findFirst().orElseThrow();
        String spam = links(body).stream().filter(l -> l.contains("/spam?")).findFirst().orElseThrow();
        assertTrue(approve.startsWith("https://example.test/.rest/essays/v1/comments/" + p.comment().id() + "/approve?"));
        Map<String, String> q = query(approve);
        assertTrue(links.verify(SignedLinks.Purpose.APPROVE, p.comment().id(), q.get("expires"), q.get("sig")));
        assertFalse(links.verify(SignedLinks.Purpose.SPAM, p.comment().id(), q.get("expires"), q.get("sig")));
        Map<String, String> s = query(spam);
        assertTrue(links.verify(SignedLinks.Purpose.SPAM, p.comment().id(), s.get("expires"), s.get("sig")));
        assertEquals("<mailto:comments@example.test?subject=unsubscribe%20moderation>",
                mails[0].getHeader("List-Unsubscribe")[0]);
        assertTrue(mails[0].getSubject().contains("On Gardens"));
    }

    @Test
    void replyNotification_isSentOnlyAfterDoubleOptIn_withOneClickUnsubscribe() throws Exception {
        CommentService open = service; // first-time rule: approve by hand below
        Posted parent = post("parent@example.org", "Tell me about replies", "", true);
        assertFalse(store.find(parent.comment().id()).orElseThrow().notifyReplies(), "not before confirmation");
        open.moderate(parent.comment().id(), ModerationAction.APPROVE);
        MimeMessage[] mails = received(3); // 2 moderators + 1 confirmation
        MimeMessage confirm = Arrays.stream(mails).filter(m -> {
            try { return to(m).equals(List.of("parent@example.org")); } catch (Exception e) { throw new RuntimeException(e); }
        }).findFirst().orElseThrow();
        String confirmLink = links(body(confirm)).stream().filter(l -> l.contains("/notifications/confirm?")).findFirst().orElseThrow();

        // A reply approved before confirmation sends nothing to the parent.
        Posted early = post("early@example.org", "Early reply", parent.comment().id(), false);
        open.moderate(early.comment().id(), ModerationAction.APPROVE);
        received(5);
        smtp.purgeEmailFromAllMailboxes();

        Map<String, String> q = query(confirmLink);
        assertTrue(links.verify(SignedLinks.Purpose.CONFIRM_REPLIES, q.get("id"), q.get("expires"), q.get("sig")));
        open.setNotifyReplies(q.get("id"), true);

        Posted reply = post("replier@example.org", "A later reply", parent.comment().id(), false);
        open.moderate(reply.comment().id(), ModerationAction.APPROVE);
        MimeMessage[] after = received(3); // 2 moderators + the reply notification
        MimeMessage replyMail = Arrays.stream(after).filter(m -> {
            try { return to(m).equals(List.of("parent@example.org")); } catch (Exception e) { throw new RuntimeException(e); }
        }).findFirst().orElseThrow();
        assertTrue(body(replyMail).contains("A later reply"));
        assertTrue(body(replyMail).contains("#comment-" + reply.comment().id()));
        String unsubscribe = replyMail.getHeader("List-Unsubscribe")[0];
        Map<String, String> u = query(unsubscribe.substring(1, unsubscribe.length() - 1));
        assertTrue(links.verify(SignedLinks.Purpose.UNSUBSCRIBE, parent.comment().id(), u.get("expires"), u.get("sig")));
        assertEquals("List-Unsubscribe=One-Click", replyMail.getHeader("List-Unsubscribe-Post")[0]);
    }

    @Test
    void personalDataRequest_mailsSignedExportAndEraseLinks_onlyToAddressesWithComments() throws Exception {
        post("mine@example.org", "My words", "", false);
        received(2);
        smtp.purgeEmailFromAllMailboxes();
        service.requestPersonalData("MINE@example.org");
        service.requestPersonalData("stranger@example.org");
        MimeMessage[] mails = received(1);
        Thread.sleep(300);
        assertEquals(1, smtp.getReceivedMessages().length, "nothing for an address without comments");
        assertEquals(List.of("mine@example.org"), to(mails[0]));
        String export = links(body(mails[0])).stream().filter(l -> l.contains("/mine/export?")).findFirst().orElseThrow();
        Map<String, String> q = query(export);
        assertTrue(links.verify(SignedLinks.Purpose.EXPORT_MINE, "mine@example.org", q.get("expires"), q.get("sig")));
        service.requestPersonalData("mine@example.org"); // a second request within 15 minutes sends nothing
        assertTrue(notifier.drain(5_000));
        Thread.sleep(300);
        assertEquals(1, smtp.getReceivedMessages().length);
    }

    @Test
    void headerInjection_throughNameEmailOrTitle_isImpossible() throws Exception {
        EssayInfo evilTitle = new EssayInfo("open-essay", "Gardens\r\nBcc: victim@evil.example", Instant.EPOCH, true, null);
        Comment evil = new Comment("c1", "open-essay", "", "Eve\r\nBcc: victim@evil.example\r\n\r\nbody",
                "eve@example.org\r\nBcc: victim@evil.example", "", "text\r\nBcc: victim@evil.example",
                CommentStatus.PENDING, clock.instant(), "", "", "", "", false);
        notifier.stored(evil, evilTitle);              // to moderators: name, e-mail, text and title in the mail
        notifier.subscriptionRequested(evil, evilTitle); // to the injected address: must be refused
        received(2);
        Thread.sleep(300); // let any wrongly sent third mail arrive before counting
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertEquals(2, mails.length, "only the two moderators get mail");
        for (MimeMessage m : mails) {
            assertNull(m.getHeader("Bcc"));
            assertEquals(1, m.getAllRecipients().length);
            assertTrue(to(m).get(0).startsWith("mod"));
            assertFalse(m.getSubject().contains("\n"));
        }
        assertEquals(0, smtp.getReceivedMessagesForDomain("evil.example").length);
    }

    @Test
    void smtpDown_neitherBlocksNorFailsThePost_andRetriesDeliverLater() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        MailNotifier late = new MailNotifier(settings(port), links, store, 6, 300);
        CommentService svc = new CommentService(store, new JcrEssayDirectory(repo), late, CommentsConfig.DEFAULT,
                secrets, clock);
        String token = svc.issueToken("open-essay").orElseThrow();
        clock.advance(Duration.ofSeconds(5));
        long t0 = System.nanoTime();
        Posted p = svc.submit(new Submission("open-essay", "Dora", "dora@example.org", "", "While SMTP is down",
                "", token, "", "203.0.113.5", "", "", false));
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(millis < 2_000, "post took " + millis + " ms");
        assertTrue(store.find(p.comment().id()).isPresent());
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        try {
            assertTrue(server.waitForIncomingEmail(15_000, 2), "delivered once SMTP is back");
        } finally {
            late.close();
            server.stop();
        }
    }

    @Test
    void singleAddress_refusesListsNamesAndLineBreaks() throws Exception {
        for (String bad : List.of("a@example.org, b@example.org", "Eve <eve@example.org>", "a@example.org\r\nBcc: x@y.z", "")) {
            org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> SmtpMailer.single(bad), bad);
        }
        assertEquals("ok@example.org", SmtpMailer.single("ok@example.org").getAddress());
    }
}
