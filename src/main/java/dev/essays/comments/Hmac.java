package dev.essays.comments;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

/** HMAC-SHA256 with URL-safe output, and a constant-time comparison for checking it. */
public final class Hmac {

    private final SecretKeySpec key;

    public Hmac(byte[] secret) {
        if (secret.length < 16) {
            throw new IllegalArgumentException("an HMAC secret needs at least 16 bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
    }

    public byte[] sign(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    public String signBase64(String message) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sign(message));
    }

    public boolean verifyBase64(String message, String signature) {
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(signature);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(sign(message), given);
    }
}
