package dev.essays.comments;

import java.util.HexFormat;

/** IPs are stored only as salted hashes: equal IPs can be matched (rate limits, moderation), never read back. */
public final class IpHasher {

    private final Hmac hmac;

    public IpHasher(byte[] salt) {
        this.hmac = new Hmac(salt);
    }

    public String hash(String ip) {
        if (ip == null || ip.isBlank()) {
            return "";
        }
        return HexFormat.of().formatHex(hmac.sign(ip.strip()), 0, 16);
    }
}
