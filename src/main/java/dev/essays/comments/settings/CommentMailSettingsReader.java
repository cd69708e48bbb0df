package dev.essays.comments.settings;

import dev.essays.comments.mail.MailSettings;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns configured {@link CommentMailSettings} into {@link MailSettings}, or into a reason why no mail is sent:
 * not enabled, or something required is missing or unusable. Never throws; bad values are reported to
 * {@link SettingProblems}. Links in mail are absolute: {@code publicBaseUrl} plus the REST path or the essay
 * path pattern.
 */
public final class CommentMailSettingsReader {

    static final String REST_PATH = "/.rest/essays/v1";

    private CommentMailSettingsReader() {
    }

    /** @param essayPathPattern the site path of an essay page, from the comment settings */
    public static MailSetup read(CommentMailSettings m, String essayPathPattern, SettingProblems problems,
                                 PasswordSources passwords) {
        if (!m.isEnabled()) {
            return new MailSetup(null, "Comment mail is off (" + problems.path() + "/enabled is not true);"
                    + " held comments wait in the Comments app.");
        }
        List<String> missing = new ArrayList<>();
        String host = required("smtpHost", m.getSmtpHost(), missing);
        if (!host.isEmpty() && !host.matches("[A-Za-z0-9.:\\[\\]-]+")) {
            problems.unusable("smtpHost", host, "a host name or IP address");
            missing.add("smtpHost");
        }
        int port = problems.between("smtpPort", m.getSmtpPort(), 1, 65_535, 587);
        String username = m.getUsername() == null ? "" : m.getUsername().strip();
        String password = username.isEmpty() ? "" : password(m, passwords, problems, missing);
        String from = required("from", m.getFrom(), missing);
        if (!from.isEmpty() && !MailSettings.isPlainAddress(from)) {
            problems.unusable("from", from, "one plain e-mail address such as comments@example.org");
            missing.add("from");
        }
        List<String> moderators = new ArrayList<>();
        for (String moderator : m.getModerators()) {
            if (MailSettings.isPlainAddress(moderator)) {
                moderators.add(moderator);
            } else {
                problems.skipped("moderators", moderator, "one plain e-mail address");
            }
        }
        if (moderators.isEmpty()) {
            missing.add("moderators");
        }
        String base = baseUrl(required("publicBaseUrl", m.getPublicBaseUrl(), missing), problems, missing);
        int days = problems.between("linkLifetimeDays", m.getLinkLifetimeDays(), 1, 90, 7);
        if (!missing.isEmpty()) {
            return new MailSetup(null, "Comment mail is enabled but not sent: " + problems.path() + " lacks a usable "
                    + String.join(", ", missing) + ".");
        }
        String site = m.getSiteName() == null || m.getSiteName().isBlank() ? "Essays" : m.getSiteName().strip();
        MailSettings settings = new MailSettings(host, port, m.isStartTls(), username, password, from, moderators,
                site, base + REST_PATH, base + essayPathPattern, Duration.ofDays(days));
        return new MailSetup(settings, "Comment mail is on: " + moderators.size() + " moderator(s) through "
                + host + ":" + port + (m.isStartTls() ? " with STARTTLS" : "") + ", links to " + base + ".");
    }

    /** The named environment variable, else the named system property, else {@code password}. */
    private static String password(CommentMailSettings m, PasswordSources passwords, SettingProblems problems,
                                   List<String> missing) {
        String variable = blankToEmpty(m.getPasswordEnvironmentVariable());
        String property = blankToEmpty(m.getPasswordSystemProperty());
        String value = variable.isEmpty() ? null : passwords.environment().apply(variable);
        if ((value == null || value.isEmpty()) && !property.isEmpty()) {
            value = passwords.systemProperties().apply(property);
        }
        if (value == null || value.isEmpty()) {
            value = m.getPassword() == null ? "" : m.getPassword();
        }
        if (value.isEmpty()) {
            problems.add(problems.path() + " has a username but no password: set "
                    + (variable.isEmpty() ? "" : "the environment variable " + variable + " (passwordEnvironmentVariable), ")
                    + (property.isEmpty() ? "" : "the system property " + property + " (passwordSystemProperty), ")
                    + "or password.");
            missing.add("password");
        }
        return value;
    }

    private static String baseUrl(String value, SettingProblems problems, List<String> missing) {
        if (value.isEmpty()) {
            return "";
        }
        String url = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
        try {
            URI uri = new URI(url);
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getRawQuery() == null && uri.getRawFragment() == null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        missing.add("publicBaseUrl");
        problems.unusable("publicBaseUrl", value,
                "the site's public address such as https://www.example.org (with a context path if any)");
        return "";
    }

    private static String required(String key, String value, List<String> missing) {
        String v = blankToEmpty(value);
        if (v.isEmpty()) {
            missing.add(key);
        }
        return v;
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
