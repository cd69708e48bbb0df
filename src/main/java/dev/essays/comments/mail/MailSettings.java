package dev.essays.comments.mail;

import java.time.Duration;
import java.util.List;

/**
 * Where and how comment mail goes.
 *
 * @param from            the sender address, e.g. {@code comments@example.org}
 * @param moderators      who gets each held comment
 * @param siteName        shown in subjects, e.g. {@code Magnolia Essays}
 * @param restBaseUrl     absolute URL of the REST base, e.g. {@code https://example.org/.rest/essays/v1}
 * @param essayUrlPattern absolute essay URL with {@code {slug}}, e.g. {@code https://example.org/essays/{slug}}
 * @param linkTtl         how long one-click links in the mail work
 * @param username        SMTP login, empty for none
 */
public record MailSettings(String smtpHost, int smtpPort, boolean startTls, String username, String password,
                           String from, List<String> moderators, String siteName, String restBaseUrl,
                           String essayUrlPattern, Duration linkTtl) {

    public MailSettings {
        moderators = List.copyOf(moderators);
        username = username == null ? "" : username;
        password = password == null ? "" : password;
    }

    /** Whether {@code address} is one plain address the mailer accepts as sender or recipient. */
    public static boolean isPlainAddress(String address) {
        try {
            SmtpMailer.single(address);
            return true;
        } catch (jakarta.mail.internet.AddressException e) {
            return false;
        }
    }

    String essayUrl(String slug) {
        return essayUrlPattern.replace("{slug}", slug);
    }
}
