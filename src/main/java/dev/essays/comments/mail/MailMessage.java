package dev.essays.comments.mail;

import java.util.Map;

/** One plain-text mail, composed but not sent; header values are already made safe by {@link MailComposer}. */
public record MailMessage(String to, String subject, String body, Map<String, String> headers) {

    public MailMessage {
        headers = Map.copyOf(headers);
    }
}
