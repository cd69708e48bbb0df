package dev.essays.comments.settings;

import dev.essays.comments.mail.MailSettings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommentMailSettingsReaderTest {

    private static final String PATH = "/modules/essays/config/commentMail";
    private final SettingProblems problems = new SettingProblems(PATH);
    private Map<String, String> environment = Map.of();
    private Map<String, String> properties = Map.of();

    private MailSetup read(CommentMailSettings m) {
        return CommentMailSettingsReader.read(m, "/essays/{slug}", problems,
                new PasswordSources(environment::get, properties::get));
    }

    private static CommentMailSettings complete() {
        CommentMailSettings m = new CommentMailSettings();
        m.setEnabled(true);
        m.setSmtpHost("smtp.example.org");
        m.setFrom("comments@example.org");
        m.setModerators(List.of("ann@example.org", "bob@example.org"));
        m.setPublicBaseUrl("https://www.example.org/site/");
        return m;
    }

    @Test
    void notEnabled_sendsNothing_andSaysSo() {
        MailSetup setup = read(new CommentMailSettings());
        assertFalse(setup.sends());
        assertEquals("Comment mail is off (" + PATH + "/enabled is not true); held comments wait in the Comments app.",
                setup.status());
        assertEquals(List.of(), problems.messages());
    }

    @Test
    void complete_givesSettingsWithAbsoluteLinks() {
        CommentMailSettings m = complete();
        m.setSiteName("Field Notes");
        m.setLinkLifetimeDays(3);
        MailSettings s = read(m).settings();
        assertEquals(new MailSettings("smtp.example.org", 587, true, "", "", "comments@example.org",
                List.of("ann@example.org", "bob@example.org"), "Field Notes", "https://www.example.org/site/.rest/essays/v1",
                "https://www.example.org/site/essays/{slug}", Duration.ofDays(3)), s);
        assertEquals(List.of(), problems.messages());
    }

    @Test
    void enabledButIncomplete_sendsNothing_andNamesEverythingMissingInOneLine() {
        CommentMailSettings m = new CommentMailSettings();
        m.setEnabled(true);
        m.setSmtpHost("smtp.example.org");
        MailSetup setup = read(m);
        assertNull(setup.settings());
        assertEquals("Comment mail is enabled but not sent: " + PATH + " lacks a usable from, moderators, publicBaseUrl.",
                setup.status());
    }

    @Test
    void malformedAddresses_areReported_aBadModeratorLeftOut() {
        CommentMailSettings m = complete();
        m.setFrom("Comments <comments@example.org>");
        m.setModerators(List.of("bob@", "ann@example.org", "x@example.org, y@example.org"));
        MailSetup setup = read(m);
        assertFalse(setup.sends());
        assertTrue(setup.status().endsWith("lacks a usable from."), setup.status());
        assertEquals(3, problems.messages().size(), String.join("\n", problems.messages()));
        assertTrue(problems.messages().get(0).startsWith(PATH + "/from is \"Comments <comments@example.org>\""));
        assertTrue(problems.messages().get(1).startsWith(PATH + "/moderators has \"bob@\"; each entry must be one plain"));
    }

    @Test
    void badNumbersAndUrl_areReported() {
        CommentMailSettings m = complete();
        m.setSmtpPort(70_000);
        m.setLinkLifetimeDays(0);
        m.setPublicBaseUrl("ftp://example.org");
        MailSetup setup = read(m);
        assertFalse(setup.sends());
        List<String> messages = problems.messages();
        assertTrue(messages.stream().anyMatch(x -> x.startsWith(PATH + "/smtpPort is \"70000\"") && x.endsWith("Using 587 instead.")), messages.toString());
        assertTrue(messages.stream().anyMatch(x -> x.startsWith(PATH + "/linkLifetimeDays is \"0\"")), messages.toString());
        assertTrue(messages.stream().anyMatch(x -> x.startsWith(PATH + "/publicBaseUrl is \"ftp://example.org\"")), messages.toString());
    }

    @Test
    void password_comesFromTheNamedEnvironmentVariable_thenSystemProperty_thenTheProperty() {
        CommentMailSettings m = complete();
        m.setUsername("mailer");
        m.setPasswordEnvironmentVariable("SMTP_SECRET");
        m.setPasswordSystemProperty("smtp.secret");
        m.setPassword("from-config");
        environment = Map.of("SMTP_SECRET", "from-env");
        properties = Map.of("smtp.secret", "from-property");
        assertEquals("from-env", read(m).settings().password());
        environment = Map.of();
        assertEquals("from-property", read(m).settings().password());
        properties = Map.of();
        assertEquals("from-config", read(m).settings().password());
        assertEquals(List.of(), problems.messages());
    }

    @Test
    void usernameWithoutAnyPassword_sendsNothing_andSaysWhereThePasswordGoes() {
        CommentMailSettings m = complete();
        m.setUsername("mailer");
        MailSetup setup = read(m);
        assertFalse(setup.sends());
        assertTrue(setup.status().endsWith("lacks a usable password."), setup.status());
        assertEquals(List.of(PATH + " has a username but no password: set the environment variable ESSAYS_SMTP_PASSWORD"
                + " (passwordEnvironmentVariable), or password."), problems.messages());
    }

    @Test
    void withoutUsername_noPasswordIsLookedUp() {
        environment = Map.of("ESSAYS_SMTP_PASSWORD", "unused");
        assertEquals("", read(complete()).settings().password());
    }
}
