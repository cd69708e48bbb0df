package dev.essays.comments;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommentsSettingsTest {

    @Test
    void noSettings_giveTheDefaults() {
        assertEquals(CommentsConfig.DEFAULT, CommentsSettings.read(Map.of()));
    }

    @Test
    void settings_override_andListsSplitOnCommasAndNewlines() {
        CommentsConfig c = CommentsSettings.read(Map.of(
                "moderation.mode", "all", "moderation.maxLinks", "0", "spam.words", "casino,\n pills ",
                "spam.ipRanges", "203.0.113.0/24\n2001:db8::/32", "spam.domains", "spam.example",
                "closeAfterDays", "30", "threadDepth", "3", "rateLimit.perClientPerMinute", "10",
                "rateLimit.perEmailSeconds", "0", "essayPathPattern", "/blog/{slug}.html"));
        assertEquals(ModerationMode.ALL, c.moderation().mode());
        assertEquals(0, c.moderation().maxLinks());
        assertEquals(java.util.List.of("casino", "pills"), c.moderation().blockedWords());
        assertEquals(2, c.moderation().blockedIpRanges().size());
        assertEquals(30, c.moderation().closeAfterDays());
        assertEquals(3, c.moderation().threadDepth());
        assertEquals(10, c.perClientPerMinute());
        assertEquals(Duration.ZERO, c.perEmailInterval());
        assertEquals("/blog/x.html", c.essayPath("x"));
    }

    @Test
    void badValues_stopWithTheKeyNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> CommentsSettings.read(Map.of("moderation.mode", "sometimes"))).getMessage().contains("moderation.mode"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> CommentsSettings.read(Map.of("threadDepth", "0"))).getMessage().contains("threadDepth"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> CommentsSettings.read(Map.of("spam.ipRanges", "10.0.0.0/40"))).getMessage().contains("spam.ipRanges"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> CommentsSettings.read(Map.of("essayPathPattern", "https://x/{slug}"))).getMessage().contains("essayPathPattern"));
    }

    @Test
    void secretsFromBase64_needSixteenBytes() {
        String good = Base64.getEncoder().encodeToString(new byte[32]);
        assertEquals(32, CommentSecrets.fromBase64(good, good, good).tokenKey().length);
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> CommentSecrets.fromBase64(good, "c2hvcnQ=", good)).getMessage().contains("ipSalt"));
        assertThrows(IllegalArgumentException.class, () -> CommentSecrets.fromBase64(good, good, "not base64!"));
    }
}
