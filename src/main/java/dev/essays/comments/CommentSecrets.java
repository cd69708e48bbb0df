package dev.essays.comments;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secrets comments need. All instances that serve one site (the public instances of a cluster) must
 * share them, or tokens and links issued by one are refused by another.
 *
 * @param tokenKey signs time tokens
 * @param ipSalt   salts the stored IP hashes
 * @param linkKey  signs one-click moderation, unsubscribe and confirmation links
 */
public record CommentSecrets(byte[] tokenKey, byte[] ipSalt, byte[] linkKey) {

    /**
     * Secrets from configuration, each base64 (standard or URL-safe) of at least 16 random bytes, for example
     * from {@code openssl rand -base64 32}. A missing or short one stops with a message naming it.
     */
    public static CommentSecrets fromBase64(String tokenKey, String ipSalt, String linkKey) {
        return new CommentSecrets(decode("tokenKey", tokenKey), decode("ipSalt", ipSalt), decode("linkKey", linkKey));
    }

    private static byte[] decode(String name, String value) {
        byte[] b;
        try {
            String v = value == null ? "" : value.strip();
            b = v.contains("-") || v.contains("_") ? Base64.getUrlDecoder().decode(v)
                    : Base64.getDecoder().decode(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Comment secret " + name + " is not base64.");
        }
        if (b.length < 16) {
            throw new IllegalArgumentException("Comment secret " + name + " must be at least 16 bytes (base64 of"
                    + " 16+ random bytes, e.g. openssl rand -base64 32).");
        }
        return b;
    }

    /** Fresh random secrets (preview host, tests); everything signed with them dies with the process. */
    public static CommentSecrets random() {
        SecureRandom r = new SecureRandom();
        byte[] a = new byte[32];
        byte[] b = new byte[32];
        byte[] c = new byte[32];
        r.nextBytes(a);
        r.nextBytes(b);
        r.nextBytes(c);
        return new CommentSecrets(a, b, c);
    }
}
