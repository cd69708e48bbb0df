package dev.essays.comments.settings;

import dev.essays.comments.mail.MailSettings;

/**
 * The outcome of reading the mail configuration: the settings to send with, or why nothing is sent.
 *
 * @param settings null when no mail is sent
 * @param status   one line for the log: where mail goes, or what is missing
 */
public record MailSetup(MailSettings settings, String status) {

    public boolean sends() {
        return settings != null;
    }
}
