package dev.essays.comments;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/**
 * Signatures for links sent by e-mail: one-click moderation (approve, spam), reply-notification
 * confirmation (double opt-in) and unsubscribe. A signature covers purpose, comment id and expiry, so a link
 * cannot be turned into another action, another comment or a longer life.
 */
public final class SignedLinks {

    /** What a link may do. */
    public enum Purpose {
        APPROVE, SPAM, CONFIRM_REPLIES, UNSUBSCRIBE, VIEW_PENDING,
        /** Keyed by e-mail address, not comment id: a commenter's own data (GDPR). */
        EXPORT_MINE, ERASE_MINE
    }

    private final Hmac hmac;
    private final Clock clock;

    public SignedLinks(byte[] secret, Clock clock) {
        this.hmac = new Hmac(secret);
        this.clock = clock;
    }

    /**
     * Query string {@code id=…&purpose=…&expires=…&sig=…} for a link valid for {@code ttl}; {@code commentId}
     * is the e-mail address for the purposes keyed by it.
     */
    public String query(Purpose purpose, String commentId, Duration ttl) {
        long expires = clock.instant().plus(ttl).getEpochSecond();
        return "id=" + enc(commentId) + "&purpose=" + purpose.name().toLowerCase(Locale.ROOT)
                + "&expires=" + expires + "&sig=" + signature(purpose, commentId, expires);
    }

    public String signature(Purpose purpose, String commentId, long expiresEpochSecond) {
        return hmac.signBase64(purpose.name() + "|" + commentId + "|" + expiresEpochSecond);
    }

    /** True when the signature is ours for exactly this purpose and comment and has not expired. */
    public boolean verify(Purpose purpose, String commentId, String expires, String sig) {
        if (commentId == null || expires == null || sig == null) {
            return false;
        }
        long exp;
        try {
            exp = Long.parseLong(expires);
        } catch (NumberFormatException e) {
            return false;
        }
        return clock.instant().getEpochSecond() <= exp
                && hmac.verifyBase64(purpose.name() + "|" + commentId + "|" + exp, sig);
    }

    /**
     * The hash in the redirect after a held post ({@code ?unapproved=<id>&moderation-hash=<hash>}): it lets
     * that visitor, and nobody guessing ids, see their own comment with an "awaiting moderation" notice.
     */
    public String pendingNoticeHash(String commentId) {
        return signature(Purpose.VIEW_PENDING, commentId, 0);
    }

    public boolean verifyPendingNotice(String commentId, String hash) {
        return commentId != null && hash != null
                && hmac.verifyBase64(Purpose.VIEW_PENDING.name() + "|" + commentId + "|0", hash);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
