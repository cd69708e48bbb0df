package dev.essays.comments;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignedLinksTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final SignedLinks links = new SignedLinks("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8), clock);

    private static Map<String, String> parse(String query) {
        Map<String, String> m = new HashMap<>();
        for (String kv : query.split("&")) {
            String[] p = kv.split("=", 2);
            m.put(p[0], p[1]);
        }
        return m;
    }

    @Test
    void link_verifiesForItsPurposeAndComment_untilItExpires() {
        Map<String, String> q = parse(links.query(SignedLinks.Purpose.APPROVE, "c1", Duration.ofDays(7)));
        assertTrue(links.verify(SignedLinks.Purpose.APPROVE, "c1", q.get("expires"), q.get("sig")));
        assertFalse(links.verify(SignedLinks.Purpose.SPAM, "c1", q.get("expires"), q.get("sig")));
        assertFalse(links.verify(SignedLinks.Purpose.APPROVE, "c2", q.get("expires"), q.get("sig")));
        long later = Long.parseLong(q.get("expires")) + 86_400;
        assertFalse(links.verify(SignedLinks.Purpose.APPROVE, "c1", String.valueOf(later), q.get("sig")));
        clock.advance(Duration.ofDays(8));
        assertFalse(links.verify(SignedLinks.Purpose.APPROVE, "c1", q.get("expires"), q.get("sig")));
    }

    @Test
    void garbage_neverVerifies() {
        assertFalse(links.verify(SignedLinks.Purpose.UNSUBSCRIBE, "c1", "soon", "x"));
        assertFalse(links.verify(SignedLinks.Purpose.UNSUBSCRIBE, "c1", null, null));
        assertFalse(links.verify(SignedLinks.Purpose.UNSUBSCRIBE, "c1", "99999999999", "%%%"));
    }
}
