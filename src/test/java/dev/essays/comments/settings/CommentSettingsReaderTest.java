package dev.essays.comments.settings;

import dev.essays.comments.CommentsConfig;
import dev.essays.comments.ModerationMode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommentSettingsReaderTest {

    private final SettingProblems problems = new SettingProblems("/modules/essays/config/comments");

    @Test
    void newBean_readsAsTheModuleDefaults_withoutProblems() {
        assertEquals(CommentsConfig.DEFAULT, CommentSettingsReader.read(new CommentSettings(), problems));
        assertEquals(List.of(), problems.messages());
    }

    @Test
    void everySetting_isRead() {
        CommentSettings s = new CommentSettings();
        s.setModeration("all");
        s.setMaxLinks(0);
        s.setModerationWords(List.of("Viagra"));
        s.setSpamWords(List.of("casino", " pills "));
        s.setSpamIpRanges(List.of("203.0.113.0/24", "2001:db8::/32"));
        s.setSpamEmails(List.of("Spam@Example.org"));
        s.setSpamDomains(List.of("spam.example"));
        s.setCloseAfterDays(30);
        s.setThreadDepth(3);
        s.setRateLimitPerClientPerMinute(10);
        s.setRateLimitPerEmailSeconds(0);
        s.setEditWindowMinutes(30);
        s.setPrivacyConsentRequired(true);
        s.setEssayPathPattern("/blog/{slug}.html");
        s.setMaxTextLength(2000);
        CommentsConfig c = CommentSettingsReader.read(s, problems);
        assertEquals(List.of(), problems.messages());
        assertEquals(ModerationMode.ALL, c.moderation().mode());
        assertEquals(0, c.moderation().maxLinks());
        assertEquals(List.of("viagra"), c.moderation().moderationWords());
        assertEquals(List.of("casino", "pills"), c.moderation().blockedWords());
        assertEquals(2, c.moderation().blockedIpRanges().size());
        assertEquals(Set.of("spam@example.org"), c.moderation().blockedEmails());
        assertEquals(30, c.moderation().closeAfterDays());
        assertEquals(3, c.moderation().threadDepth());
        assertEquals(10, c.perClientPerMinute());
        assertEquals(Duration.ZERO, c.perEmailInterval());
        assertEquals(Duration.ofMinutes(30), c.editWindow());
        assertTrue(c.privacyConsentRequired());
        assertEquals("/blog/x.html", c.essayPath("x"));
        assertEquals(2000, c.limits().text());
    }

    @Test
    void badValues_fallBackToTheirDefaults_eachWithAMessageNamingItsPath() {
        CommentSettings s = new CommentSettings();
        s.setModeration("sometimes");
        s.setMaxLinks(-1);
        s.setThreadDepth(0);
        s.setRateLimitPerClientPerMinute(-5);
        s.setRateLimitPerEmailSeconds(-1);
        s.setEditWindowMinutes(-10);
        s.setMaxTextLength(-1);
        s.setEssayPathPattern("https://example.org/{slug}");
        CommentsConfig c = CommentSettingsReader.read(s, problems);
        assertEquals(CommentsConfig.DEFAULT, c);
        List<String> m = problems.messages();
        assertEquals(8, m.size(), String.join("\n", m));
        assertTrue(m.get(0).startsWith("/modules/essays/config/comments/moderation is \"sometimes\"; it must be"
                + " none, first-time or all. Using FIRST_TIME"), m.get(0));
        for (String property : List.of("maxLinks", "threadDepth", "rateLimitPerClientPerMinute",
                "rateLimitPerEmailSeconds", "editWindowMinutes", "maxTextLength", "essayPathPattern")) {
            assertTrue(m.stream().anyMatch(x -> x.startsWith("/modules/essays/config/comments/" + property + " is ")),
                    property + " not reported: " + m);
        }
    }

    @Test
    void aBadIpRange_isLeftOut_andTheGoodOnesKept() {
        CommentSettings s = new CommentSettings();
        s.setSpamIpRanges(List.of("10.0.0.0/40", "198.51.100.7"));
        CommentsConfig c = CommentSettingsReader.read(s, problems);
        assertEquals(1, c.moderation().blockedIpRanges().size());
        assertEquals(List.of("/modules/essays/config/comments/spamIpRanges has \"10.0.0.0/40\"; each entry must be"
                + " an IP address or range such as 203.0.113.0/24 or 2001:db8::/32. Leaving it out."), problems.messages());
    }

    @Test
    void blankModerationOrPath_keepTheDefaults_silently() {
        CommentSettings s = new CommentSettings();
        s.setModeration(" ");
        s.setEssayPathPattern(null);
        assertEquals(CommentsConfig.DEFAULT, CommentSettingsReader.read(s, problems));
        assertEquals(List.of(), problems.messages());
    }

    /** Older Node2Bean lists every property of a list node: its type name and metadata dates are not entries. */
    @Test
    void listSetters_keepOnlyTextEntries() {
        CommentSettings s = new CommentSettings();
        s.setSpamWords(Arrays.asList("mgnl:contentNode", "casino", "", null, "  "));
        CommentMailSettings m = new CommentMailSettings();
        List<Object> raw = List.of("jcr:content", new GregorianCalendar(), "mod@example.org");
        @SuppressWarnings("unchecked")
        List<String> polluted = (List<String>) (List<?>) raw; // what type erasure lets Node2Bean pass
        m.setModerators(polluted);
        assertEquals(List.of("casino"), s.getSpamWords());
        assertEquals(List.of("mod@example.org"), m.getModerators());
    }

    @Test
    void copy_isEqual_andDetached() {
        CommentSettings s = new CommentSettings();
        s.setSpamWords(List.of("casino"));
        CommentSettings copy = s.copy();
        assertEquals(s, copy);
        s.setThreadDepth(2);
        assertEquals(5, copy.getThreadDepth());
        CommentMailSettings m = new CommentMailSettings();
        m.setPassword("secret");
        assertEquals(m, m.copy());
        assertTrue(!m.toString().contains("secret"), "toString must not show the password");
    }
}
