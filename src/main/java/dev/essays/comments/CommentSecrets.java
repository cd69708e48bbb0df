package dev.essays.comments;

import java.security.SecureRandom;

/**
 * The secrets comments need. All instances that serve one site (the public instances of a cluster) must
 * share them, or tokens and links issued by one are refused by another.
 *
 * @param tokenKey signs time tokens
 * @param ipSalt   salts the stored IP hashes
 * @param linkKey  signs one-click moderation, unsubscribe and confirmation links
 */
public record CommentSecrets(byte[] tokenKey, byte[] ipSalt, byte[] linkKey) {

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
