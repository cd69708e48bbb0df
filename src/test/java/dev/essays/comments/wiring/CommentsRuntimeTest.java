package dev.essays.comments.wiring;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.essays.comments.CommentSecrets;
import dev.essays.comments.CommentStatus;
import dev.essays.comments.CommentsConfig;
import dev.essays.comments.Posted;
import dev.essays.comments.Submission;
import dev.essays.comments.TestEssays;
import dev.essays.comments.mail.MailSettings;
import dev.essays.preview.EmbeddedRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommentsRuntimeTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path temp;

    @Test
    void startedRuntime_storesPostsAndMailsModerators_andClosesCleanly() throws Exception {
        try (EmbeddedRepository repo = EmbeddedRepository.inMemory(temp)) {
            TestEssays.add(repo, "an-essay", "An Essay", Instant.now().minus(Duration.ofDays(1)), true);
            MailSettings mail = new MailSettings("127.0.0.1", smtp.getSmtp().getPort(), false, "", "",
                    "comments@example.test", List.of("mod@example.test"), "Essays",
                    "https://example.test/.rest/essays/v1", "https://example.test/essays/{slug}", Duration.ofDays(7));
            Posted posted;
            try (CommentsRuntime runtime = CommentsRuntime.start(repo, CommentsConfig.DEFAULT, CommentSecrets.random(),
                    mail, Clock.systemUTC())) {
                assertNotNull(runtime.endpoint());
                posted = runtime.service().submit(new Submission("an-essay", "Ada", "ada@example.org", "",
                        "Hello", "", "", "", "192.0.2.1", "", "", false));
            }
            assertEquals(CommentStatus.PENDING, posted.comment().status());
            assertTrue(smtp.waitForIncomingEmail(5_000, 1));
        }
    }
}
