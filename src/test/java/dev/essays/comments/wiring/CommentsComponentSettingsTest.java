package dev.essays.comments.wiring;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.essays.comments.CommentStatus;
import dev.essays.comments.MutableClock;
import dev.essays.comments.Posted;
import dev.essays.comments.Submission;
import dev.essays.comments.SubmissionRejectedException;
import dev.essays.comments.TestEssays;
import dev.essays.comments.settings.CommentMailSettings;
import dev.essays.comments.settings.CommentSettings;
import dev.essays.comments.settings.PasswordSources;
import dev.essays.preview.EmbeddedRepository;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The comments component as Magnolia runs it, with its two configured settings beans: the moderation policy and
 * mail follow the beans, also when they change on a running site, and bad values fall back with a logged error.
 * Mail goes to GreenMail, a real SMTP server on loopback.
 */
class CommentsComponentSettingsTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    /** Stands in for Magnolia's proxy of an observed component: a reload puts a fresh bean behind it. */
    static final class Reloaded extends CommentSettings {
        volatile CommentSettings current = new CommentSettings();

        @Override
        public CommentSettings copy() {
            return current.copy();
        }
    }

    @TempDir
    Path temp;
    private EmbeddedRepository repo;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final List<String> infos = new CopyOnWriteArrayList<>();
    private final CommentSettings settings = new CommentSettings();
    private final CommentMailSettings mail = new CommentMailSettings();
    private CommentsComponent component;
    private int seq;

    @BeforeEach
    void open() throws Exception {
        repo = EmbeddedRepository.inMemory(temp);
        TestEssays.add(repo, "an-essay", "An Essay", clock.instant().minus(Duration.ofDays(1)), true);
    }

    @AfterEach
    void close() {
        if (component != null) {
            component.close();
        }
        repo.close();
    }

    private CommentsComponent start(CommentSettings comments, CommentMailSettings mailSettings) {
        SettingsLog log = new SettingsLog() {
            @Override
            public void error(String message) {
                errors.add(message);
            }

            @Override
            public void info(String message) {
                infos.add(message);
            }
        };
        component = new CommentsComponent(repo, new LiveSettings(comments, mailSettings, log,
                new PasswordSources(name -> null, name -> null)), clock);
        return component;
    }

    /** A post as a browser with JavaScript sends it: with a time token fetched a while before. */
    private Posted post(String token) {
        seq++;
        return component.service().submit(new Submission("an-essay", "Reader " + seq, "reader" + seq + "@example.org",
                "", "Comment number " + seq, "", token, "", "198.51.100." + seq, "UA", "", false));
    }

    private Posted post() {
        String token = component.service().issueToken("an-essay").orElseThrow();
        clock.advance(Duration.ofSeconds(20));
        return post(token);
    }

    private void enableMail() {
        mail.setEnabled(true);
        mail.setSmtpHost("127.0.0.1");
        mail.setSmtpPort(smtp.getSmtp().getPort());
        mail.setStartTls(false);
        mail.setFrom("comments@example.test");
        mail.setModerators(List.of("mod@example.test"));
        mail.setPublicBaseUrl("https://example.test");
    }

    @Test
    void moderationAll_holdsAComment() {
        settings.setModeration("all");
        start(settings, mail);
        assertEquals(CommentStatus.PENDING, post().comment().status());
        assertEquals(List.of(), errors);
    }

    @Test
    void moderationNone_publishesIt() {
        settings.setModeration("none");
        start(settings, mail);
        assertEquals(CommentStatus.APPROVED, post().comment().status());
    }

    @Test
    void changingTheSettingsBean_changesThePolicyForTheNextPost_andKeepsEveryComment() {
        settings.setModeration("none");
        start(settings, mail);
        assertEquals(CommentStatus.APPROVED, post().comment().status());
        settings.setModeration("all");
        assertEquals(CommentStatus.PENDING, post().comment().status());
        settings.setModeration("none");
        assertEquals(CommentStatus.APPROVED, post().comment().status());
        assertEquals(3, component.service().list("an-essay", Set.of()).size(), "every accepted comment is stored");
    }

    @Test
    void aFreshBeanBehindTheProxy_isFollowedToo() {
        Reloaded reloaded = new Reloaded();
        reloaded.current.setModeration("none");
        start(reloaded, mail);
        assertEquals(CommentStatus.APPROVED, post().comment().status());
        CommentSettings fresh = new CommentSettings();
        fresh.setModeration("all");
        fresh.setPrivacyConsentRequired(true);
        reloaded.current = fresh;
        assertTrue(component.service().config().privacyConsentRequired());
        SubmissionRejectedException refused = assertThrows(SubmissionRejectedException.class, this::post);
        assertEquals("privacy_consent", refused.errors().get(0).field(), "consent is now required");
    }

    @Test
    void aTokenUsedBeforeASettingsChange_isStillRefusedAfterIt() {
        settings.setModeration("none");
        start(settings, mail);
        String token = component.service().issueToken("an-essay").orElseThrow();
        clock.advance(Duration.ofSeconds(20));
        post(token);
        settings.setThreadDepth(3);
        assertThrows(SubmissionRejectedException.class, () -> post(token), "replay memory survives the change");
    }

    @Test
    void mailEnabled_aHeldCommentMailsTheModerator() throws Exception {
        settings.setModeration("all");
        enableMail();
        start(settings, mail);
        Posted held = post();
        assertEquals(CommentStatus.PENDING, held.comment().status());
        assertTrue(smtp.waitForIncomingEmail(10_000, 1), "the moderator mail arrives");
        MimeMessage m = smtp.getReceivedMessages()[0];
        assertEquals("mod@example.test", m.getAllRecipients()[0].toString());
        String body = (String) m.getContent();
        assertTrue(body.contains("https://example.test/.rest/essays/v1/comments/" + held.comment().id() + "/approve?"), body);
        assertTrue(body.contains("https://example.test/essays/an-essay"), body);
        assertTrue(infos.stream().anyMatch(i -> i.startsWith("Comment mail is on: 1 moderator(s) through 127.0.0.1:")), infos.toString());
    }

    @Test
    void mailEnabledAtRuntime_mailsFromTheNextHeldComment() throws Exception {
        settings.setModeration("all");
        start(settings, mail);
        post();
        assertEquals(List.of("Comment mail is off (/modules/essays/config/commentMail/enabled is not true); held"
                + " comments wait in the Comments app."), infos);
        enableMail();
        post();
        assertTrue(smtp.waitForIncomingEmail(10_000, 1));
        assertEquals(1, smtp.getReceivedMessages().length, "only the comment held after the change is mailed");
    }

    @Test
    void incompleteMail_sendsNothing_andSaysWhatIsMissingInOneLine() {
        settings.setModeration("all");
        mail.setEnabled(true);
        mail.setSmtpHost("127.0.0.1");
        mail.setSmtpPort(smtp.getSmtp().getPort());
        start(settings, mail);
        post();
        assertEquals(List.of("Comment mail is enabled but not sent: /modules/essays/config/commentMail lacks a usable"
                + " from, moderators, publicBaseUrl."), errors);
        assertEquals(0, smtp.getReceivedMessages().length);
    }

    @Test
    void badValues_fallBackWithALoggedError_andThePageStillWorks() {
        settings.setModeration("sometimes");
        settings.setMaxLinks(-3);
        settings.setThreadDepth(-1);
        settings.setRateLimitPerClientPerMinute(-5);
        enableMail();
        mail.setFrom("not an address");
        mail.setModerators(List.of("bob@", "mod@example.test"));
        start(settings, mail);
        assertTrue(component.service().view("an-essay").isPresent(), "the comment area renders");
        assertEquals(5, component.service().view("an-essay").orElseThrow().threadDepth());
        assertEquals(CommentStatus.PENDING, post().comment().status(), "first-time commenters held, the default");
        for (String property : List.of("comments/moderation", "comments/maxLinks", "comments/threadDepth",
                "comments/rateLimitPerClientPerMinute", "commentMail/from", "commentMail/moderators")) {
            assertTrue(errors.stream().anyMatch(e -> e.startsWith("/modules/essays/config/" + property + " ")),
                    property + " not logged: " + errors);
        }
        assertTrue(errors.contains("Comment mail is enabled but not sent: /modules/essays/config/commentMail lacks a"
                + " usable from."), errors.toString());
        int logged = errors.size();
        post();
        component.service().view("an-essay");
        assertEquals(logged, errors.size(), "problems are logged once per change, not per request");
    }

    @Test
    void missingConfigurationNodes_meanDefaults_withALoggedError() {
        start(null, null);
        assertEquals(CommentStatus.PENDING, post().comment().status());
        assertEquals(2, errors.stream().filter(e -> e.startsWith("No configuration at config:/modules/essays/config/")).count(),
                errors.toString());
    }

    @Test
    void aMessageNeverShowsThePassword() {
        enableMail();
        mail.setUsername("mailer");
        mail.setPassword("s3cret-value");
        mail.setPublicBaseUrl("not a url");
        start(settings, mail);
        assertTrue(errors.stream().noneMatch(e -> e.contains("s3cret-value")), errors.toString());
        assertTrue(infos.stream().noneMatch(e -> e.contains("s3cret-value")), infos.toString());
    }
}
