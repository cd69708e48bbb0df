package dev.essays.comments;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

/**
 * Signed time tokens: {@code base64url(slug|issuedMillis|nonce).base64url(HMAC-SHA256)}. Fetched by the
 * page's script from an uncached endpoint, so cached pages stay cacheable. A post is refused when its token
 * is forged, for another essay, used before, younger than {@link #MIN_AGE} (bots fill forms instantly) or
 * older than {@link #MAX_AGE}.
 */
public final class TimeTokens {

    public static final Duration MIN_AGE = Duration.ofSeconds(3);
    public static final Duration MAX_AGE = Duration.ofDays(1);
    /** Clock difference tolerated between cluster members. */
    private static final long SKEW_MILLIS = 30_000;

    public enum Check { VALID, MISSING, FORGED, OTHER_ESSAY, TOO_SOON, EXPIRED, REPLAYED, UNCHECKABLE }

    private final Hmac hmac;
    private final Clock clock;
    private final ReplayCache replays;
    private final SecureRandom random = new SecureRandom();

    public TimeTokens(byte[] secret, Clock clock, ReplayCache replays) {
        this.hmac = new Hmac(secret);
        this.clock = clock;
        this.replays = replays;
    }

    public String issue(String essaySlug) {
        byte[] nonce = new byte[12];
        random.nextBytes(nonce);
        String payload = essaySlug + "|" + clock.millis() + "|" + Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + hmac.signBase64(payload);
    }

    /** Checks a token and, when valid, spends it: the same token is {@link Check#REPLAYED} next time. */
    public Check check(String token, String essaySlug) {
        if (token == null || token.isBlank()) {
            return Check.MISSING;
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || token.length() > 512) {
            return Check.FORGED;
        }
        String payload;
        try {
            payload = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Check.FORGED;
        }
        if (!hmac.verifyBase64(payload, token.substring(dot + 1))) {
            return Check.FORGED;
        }
        String[] parts = payload.split("\\|", -1);
        if (parts.length != 3) {
            return Check.FORGED;
        }
        if (!parts[0].equals(essaySlug)) {
            return Check.OTHER_ESSAY;
        }
        long issued;
        try {
            issued = Long.parseLong(parts[1]);
        } catch (NumberFormatException e) {
            return Check.FORGED;
        }
        long now = clock.millis();
        if (issued > now + SKEW_MILLIS) {
            return Check.FORGED;
        }
        if (now - issued < MIN_AGE.toMillis()) {
            return Check.TOO_SOON;
        }
        if (now - issued > MAX_AGE.toMillis()) {
            return Check.EXPIRED;
        }
        return switch (replays.use(parts[2], issued + MAX_AGE.toMillis() + SKEW_MILLIS, now)) {
            case FIRST -> Check.VALID;
            case REPLAYED -> Check.REPLAYED;
            case FULL -> Check.UNCHECKABLE;
        };
    }
}
