package dev.essays.comments;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Comment ids: 22 URL-safe characters, also the JCR node name. A post with an idempotency key gets an id
 * derived from (essay, key), so a retry lands on the same node and can never create a second comment,
 * on any cluster member, without a lookup table.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static String random() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return encode(b);
    }

    public static String forIdempotencyKey(String essay, String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256")
                    .digest((essay + "\u0000" + key).getBytes(StandardCharsets.UTF_8));
            byte[] b = new byte[16];
            System.arraycopy(d, 0, b, 0, 16);
            return encode(b);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(byte[] b) {
        // A leading letter keeps ids valid everywhere (HTML ids, XML names, JCR names).
        return "c" + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
