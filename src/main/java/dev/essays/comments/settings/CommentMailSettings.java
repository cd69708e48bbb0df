package dev.essays.comments.settings;

import java.util.List;
import java.util.Objects;

/**
 * Comment mail as an integrator configures it: in Magnolia the node
 * {@code config:/modules/essays/config/commentMail}. Off until {@code enabled} is true and the SMTP host, sender,
 * moderators and public base URL are set; {@link CommentMailSettingsReader} checks the values. The password is
 * best given by name ({@code passwordEnvironmentVariable} or {@code passwordSystemProperty}): whoever can read
 * the config workspace can read {@code password}; it is only used with a {@code username}. Public, not final, no-arg constructor: Magnolia may proxy it.
 */
public class CommentMailSettings {

    private boolean enabled;
    private String smtpHost = "";
    private int smtpPort = 587;
    private boolean startTls = true;
    private String username = "";
    private String password = "";
    private String passwordEnvironmentVariable = "ESSAYS_SMTP_PASSWORD";
    private String passwordSystemProperty = "";
    private String from = "";
    private List<String> moderators = List.of();
    private String siteName = "Essays";
    private String publicBaseUrl = "";
    private int linkLifetimeDays = 7;

    /** These values, detached: what a running site compares to notice a change (the bean may be a proxy). */
    public CommentMailSettings copy() {
        CommentMailSettings c = new CommentMailSettings();
        c.enabled = enabled;
        c.smtpHost = smtpHost;
        c.smtpPort = smtpPort;
        c.startTls = startTls;
        c.username = username;
        c.password = password;
        c.passwordEnvironmentVariable = passwordEnvironmentVariable;
        c.passwordSystemProperty = passwordSystemProperty;
        c.from = from;
        c.moderators = moderators;
        c.siteName = siteName;
        c.publicBaseUrl = publicBaseUrl;
        c.linkLifetimeDays = linkLifetimeDays;
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CommentMailSettings c && enabled == c.enabled && Objects.equals(smtpHost, c.smtpHost)
                && smtpPort == c.smtpPort && startTls == c.startTls && Objects.equals(username, c.username)
                && Objects.equals(password, c.password)
                && Objects.equals(passwordEnvironmentVariable, c.passwordEnvironmentVariable)
                && Objects.equals(passwordSystemProperty, c.passwordSystemProperty) && Objects.equals(from, c.from)
                && moderators.equals(c.moderators) && Objects.equals(siteName, c.siteName)
                && Objects.equals(publicBaseUrl, c.publicBaseUrl) && linkLifetimeDays == c.linkLifetimeDays;
    }

    @Override
    public int hashCode() {
        return Objects.hash(enabled, smtpHost, smtpPort, from, moderators);
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "CommentMailSettings[enabled=" + enabled + ", smtp=" + smtpHost + ":" + smtpPort + ", from=" + from
                + ", moderators=" + moderators + "]";
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getSmtpHost() {
        return smtpHost;
    }

    public void setSmtpHost(String smtpHost) {
        this.smtpHost = smtpHost;
    }

    public int getSmtpPort() {
        return smtpPort;
    }

    public void setSmtpPort(int smtpPort) {
        this.smtpPort = smtpPort;
    }

    public boolean isStartTls() {
        return startTls;
    }

    public void setStartTls(boolean startTls) {
        this.startTls = startTls;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordEnvironmentVariable() {
        return passwordEnvironmentVariable;
    }

    public void setPasswordEnvironmentVariable(String passwordEnvironmentVariable) {
        this.passwordEnvironmentVariable = passwordEnvironmentVariable;
    }

    public String getPasswordSystemProperty() {
        return passwordSystemProperty;
    }

    public void setPasswordSystemProperty(String passwordSystemProperty) {
        this.passwordSystemProperty = passwordSystemProperty;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public List<String> getModerators() {
        return moderators;
    }

    public void setModerators(List<String> moderators) {
        this.moderators = ConfigLists.entries(moderators);
    }

    public String getSiteName() {
        return siteName;
    }

    public void setSiteName(String siteName) {
        this.siteName = siteName;
    }

    public String getPublicBaseUrl() {
        return publicBaseUrl;
    }

    public void setPublicBaseUrl(String publicBaseUrl) {
        this.publicBaseUrl = publicBaseUrl;
    }

    public int getLinkLifetimeDays() {
        return linkLifetimeDays;
    }

    public void setLinkLifetimeDays(int linkLifetimeDays) {
        this.linkLifetimeDays = linkLifetimeDays;
    }
}
