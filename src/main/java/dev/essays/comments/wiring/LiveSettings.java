package dev.essays.comments.wiring;

import dev.essays.comments.CommentsConfig;
import dev.essays.comments.mail.MailSettings;
import dev.essays.comments.settings.CommentMailSettings;
import dev.essays.comments.settings.CommentMailSettingsReader;
import dev.essays.comments.settings.CommentSettings;
import dev.essays.comments.settings.CommentSettingsReader;
import dev.essays.comments.settings.MailSetup;
import dev.essays.comments.settings.PasswordSources;
import dev.essays.comments.settings.SettingProblems;

import java.util.Objects;

/**
 * The comment and mail settings in force now. The beans may change under a running site (Magnolia re-reads an
 * observed component and its proxy then shows the new values), so every call compares a detached copy with the
 * values last read and re-reads only on a difference. What it returns stays the same instance until the
 * values change, which is how the service and the mail switch notice a change. Problems are logged once per
 * change, never per request.
 */
final class LiveSettings {

    static final String COMMENTS_PATH = "/modules/essays/config/comments";
    static final String MAIL_PATH = "/modules/essays/config/commentMail";

    private record Read(CommentSettings comments, CommentMailSettings mail, CommentsConfig config, MailSetup mailSetup) {
    }

    private final CommentSettings comments;
    private final CommentMailSettings mail;
    private final SettingsLog log;
    private final PasswordSources passwords;
    private volatile Read read;

    /** Null beans (Magnolia found no configuration node) are logged and replaced by the defaults. */
    LiveSettings(CommentSettings comments, CommentMailSettings mail, SettingsLog log, PasswordSources passwords) {
        this.log = log;
        this.passwords = passwords;
        this.comments = comments != null ? comments : missing(COMMENTS_PATH, new CommentSettings());
        this.mail = mail != null ? mail : missing(MAIL_PATH, new CommentMailSettings());
    }

    CommentsConfig config() {
        return current().config();
    }

    /** Null while no mail is sent. */
    MailSettings mail() {
        return current().mailSetup().settings();
    }

    private Read current() {
        CommentSettings c = comments.copy();
        CommentMailSettings m = mail.copy();
        Read r = read;
        if (r != null && r.comments().equals(c) && r.mail().equals(m)) {
            return r;
        }
        synchronized (this) {
            r = read;
            if (r == null || !r.comments().equals(c) || !r.mail().equals(m)) {
                read = r = reread(c, m, r);
            }
            return r;
        }
    }

    private Read reread(CommentSettings c, CommentMailSettings m, Read before) {
        CommentsConfig config = before != null && before.comments().equals(c) ? before.config() : readComments(c);
        if (before != null && config.equals(before.config())) {
            config = before.config();
        }
        MailSetup setup;
        if (before != null && before.mail().equals(m) && config.essayPathPattern().equals(before.config().essayPathPattern())) {
            setup = before.mailSetup();
        } else {
            SettingProblems problems = new SettingProblems(MAIL_PATH);
            setup = CommentMailSettingsReader.read(m, config.essayPathPattern(), problems, passwords);
            problems.messages().forEach(log::error);
            if (before != null && Objects.equals(setup.settings(), before.mailSetup().settings())
                    && setup.status().equals(before.mailSetup().status())) {
                setup = before.mailSetup(); // same outcome: keep the instance, so running mail is not restarted
            } else if (setup.sends() || !m.isEnabled()) {
                log.info(setup.status());
            } else {
                log.error(setup.status());
            }
        }
        return new Read(c, m, config, setup);
    }

    private CommentsConfig readComments(CommentSettings c) {
        SettingProblems problems = new SettingProblems(COMMENTS_PATH);
        CommentsConfig config = CommentSettingsReader.read(c, problems);
        problems.messages().forEach(log::error);
        return config;
    }

    private <T> T missing(String path, T defaults) {
        log.error("No configuration at config:" + path + " (the node is missing or could not be read): using the"
                + " defaults. Restore the node (it comes with the module's bootstrap) and restart.");
        return defaults;
    }
}
