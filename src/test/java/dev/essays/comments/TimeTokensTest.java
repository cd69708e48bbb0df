package dev.essays.comments;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TimeTokensTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final byte[] secret = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private final TimeTokens tokens = new TimeTokens(secret, clock, new ReplayCache(1_000));

    @Test
    void valid_whenPostedAfterThreeSeconds() {
        String t = tokens.issue("an-essay");
        clock.advance(Duration.ofSeconds(3));
        assertEquals(TimeTokens.Check.VALID, tokens.check(t, "an-essay"));
    }

    @Test
    void tooSoon_whenPostedWithinThreeSeconds() {
        String t = tokens.issue("an-essay");
        clock.advance(Duration.ofMillis(2_900));
        assertEquals(TimeTokens.Check.TOO_SOON, tokens.check(t, "an-essay"));
    }

    @Test
    void expired_whenOlderThanOneDay() {
        String t = tokens.issue("an-essay");
        clock.advance(Duration.ofDays(1).plusSeconds(1));
        assertEquals(TimeTokens.Check.EXPIRED, tokens.check(t, "an-essay"));
    }

    @Test
    void replayed_whenUsedTwice() {
        String t = tokens.issue("an-essay");
        clock.advance(Duration.ofSeconds(5));
        assertEquals(TimeTokens.Check.VALID, tokens.check(t, "an-essay"));
        assertEquals(TimeTokens.Check.REPLAYED, tokens.check(t, "an-essay"));
    }

    @Test
    void otherEssay_whenIssuedForAnotherSlug() {
        String t = tokens.issue("an-essay");
        clock.advance(Duration.ofSeconds(5));
        assertEquals(TimeTokens.Check.OTHER_ESSAY, tokens.check(t, "another-essay"));
    }

    @Test
    void forged_whenPayloadOrSignatureTampered() {
        String t = tokens.issue("an-essay");
        clock.advance(Duration.ofSeconds(5));
        String sig = t.substring(t.indexOf('.') + 1);
        String backdated = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("an-essay|" + (clock.millis() - 60_000) + "|nonce").getBytes(StandardCharsets.UTF_8));
        assertEquals(TimeTokens.Check.FORGED, tokens.check(backdated + "." + sig, "an-essay"));
        assertEquals(TimeTokens.Check.FORGED, tokens.check(t.substring(0, t.length() - 2) + "AA", "an-essay"));
        assertEquals(TimeTokens.Check.FORGED, tokens.check("garbage", "an-essay"));
        assertEquals(TimeTokens.Check.FORGED, tokens.check("!!!.???", "an-essay"));
    }

    @Test
    void forged_whenSignedWithAnotherSecret() {
        TimeTokens other = new TimeTokens("another secret of 32 bytes......".getBytes(StandardCharsets.UTF_8),
                clock, new ReplayCache(10));
        String t = other.issue("an-essay");
        clock.advance(Duration.ofSeconds(5));
        assertEquals(TimeTokens.Check.FORGED, tokens.check(t, "an-essay"));
    }

    @Test
    void missing_whenEmpty() {
        assertEquals(TimeTokens.Check.MISSING, tokens.check("", "an-essay"));
    }

    @Test
    void uncheckable_whenReplayCacheFullOfLiveNonces() {
        TimeTokens small = new TimeTokens(secret, clock, new ReplayCache(1));
        String a = small.issue("an-essay");
        String b = small.issue("an-essay");
        clock.advance(Duration.ofSeconds(5));
        assertEquals(TimeTokens.Check.VALID, small.check(a, "an-essay"));
        assertEquals(TimeTokens.Check.UNCHECKABLE, small.check(b, "an-essay"));
    }
}
