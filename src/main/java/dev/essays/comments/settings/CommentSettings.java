package dev.essays.comments.settings;

import dev.essays.comments.CommentsConfig;
import dev.essays.comments.Limits;
import dev.essays.comments.ModerationSettings;

import java.util.List;
import java.util.Objects;

/**
 * The site's comment rules as an integrator configures them: in Magnolia the node
 * {@code config:/modules/essays/config/comments}, built by Node2Bean through the setters. Holds raw values
 * only; {@link CommentSettingsReader} checks them. Defaults are {@link CommentsConfig#DEFAULT}'s. Public, not
 * final, with a public no-arg constructor: Magnolia may hand it out behind a proxy subclass.
 */
public class CommentSettings {

    private static final ModerationSettings M = CommentsConfig.DEFAULT.moderation();
    private static final Limits L = CommentsConfig.DEFAULT.limits();

    private String moderation = "first-time";
    private int maxLinks = M.maxLinks();
    private List<String> moderationWords = List.of();
    private List<String> spamWords = List.of();
    private List<String> spamIpRanges = List.of();
    private List<String> spamEmails = List.of();
    private List<String> spamDomains = List.of();
    private int closeAfterDays = M.closeAfterDays();
    private int threadDepth = M.threadDepth();
    private int rateLimitPerClientPerMinute = CommentsConfig.DEFAULT.perClientPerMinute();
    private int rateLimitPerEmailSeconds = (int) CommentsConfig.DEFAULT.perEmailInterval().toSeconds();
    private int editWindowMinutes = (int) CommentsConfig.DEFAULT.editWindow().toMinutes();
    private boolean privacyConsentRequired = CommentsConfig.DEFAULT.privacyConsentRequired();
    private String essayPathPattern = CommentsConfig.DEFAULT.essayPathPattern();
    private int maxTextLength = L.text();
    private int maxAuthorLength = L.author();
    private int maxEmailLength = L.email();
    private int maxUrlLength = L.url();

    /** These values, detached: what a running site compares to notice a change (the bean may be a proxy). */
    public CommentSettings copy() {
        CommentSettings c = new CommentSettings();
        c.moderation = moderation;
        c.maxLinks = maxLinks;
        c.moderationWords = moderationWords;
        c.spamWords = spamWords;
        c.spamIpRanges = spamIpRanges;
        c.spamEmails = spamEmails;
        c.spamDomains = spamDomains;
        c.closeAfterDays = closeAfterDays;
        c.threadDepth = threadDepth;
        c.rateLimitPerClientPerMinute = rateLimitPerClientPerMinute;
        c.rateLimitPerEmailSeconds = rateLimitPerEmailSeconds;
        c.editWindowMinutes = editWindowMinutes;
        c.privacyConsentRequired = privacyConsentRequired;
        c.essayPathPattern = essayPathPattern;
        c.maxTextLength = maxTextLength;
        c.maxAuthorLength = maxAuthorLength;
        c.maxEmailLength = maxEmailLength;
        c.maxUrlLength = maxUrlLength;
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CommentSettings c && Objects.equals(moderation, c.moderation) && maxLinks == c.maxLinks
                && moderationWords.equals(c.moderationWords) && spamWords.equals(c.spamWords)
                && spamIpRanges.equals(c.spamIpRanges) && spamEmails.equals(c.spamEmails)
                && spamDomains.equals(c.spamDomains) && closeAfterDays == c.closeAfterDays
                && threadDepth == c.threadDepth && rateLimitPerClientPerMinute == c.rateLimitPerClientPerMinute
                && rateLimitPerEmailSeconds == c.rateLimitPerEmailSeconds && editWindowMinutes == c.editWindowMinutes
                && privacyConsentRequired == c.privacyConsentRequired
                && Objects.equals(essayPathPattern, c.essayPathPattern) && maxTextLength == c.maxTextLength
                && maxAuthorLength == c.maxAuthorLength && maxEmailLength == c.maxEmailLength
                && maxUrlLength == c.maxUrlLength;
    }

    @Override
    public int hashCode() {
        return Objects.hash(moderation, maxLinks, spamWords, threadDepth, essayPathPattern);
    }

    /** {@code none}, {@code first-time} or {@code all}. */
    public String getModeration() {
        return moderation;
    }

    public void setModeration(String moderation) {
        this.moderation = moderation;
    }

    public int getMaxLinks() {
        return maxLinks;
    }

    public void setMaxLinks(int maxLinks) {
        this.maxLinks = maxLinks;
    }

    public List<String> getModerationWords() {
        return moderationWords;
    }

    public void setModerationWords(List<String> moderationWords) {
        this.moderationWords = ConfigLists.entries(moderationWords);
    }

    public List<String> getSpamWords() {
        return spamWords;
    }

    public void setSpamWords(List<String> spamWords) {
        this.spamWords = ConfigLists.entries(spamWords);
    }

    public List<String> getSpamIpRanges() {
        return spamIpRanges;
    }

    public void setSpamIpRanges(List<String> spamIpRanges) {
        this.spamIpRanges = ConfigLists.entries(spamIpRanges);
    }

    public List<String> getSpamEmails() {
        return spamEmails;
    }

    public void setSpamEmails(List<String> spamEmails) {
        this.spamEmails = ConfigLists.entries(spamEmails);
    }

    public List<String> getSpamDomains() {
        return spamDomains;
    }

    public void setSpamDomains(List<String> spamDomains) {
        this.spamDomains = ConfigLists.entries(spamDomains);
    }

    public int getCloseAfterDays() {
        return closeAfterDays;
    }

    public void setCloseAfterDays(int closeAfterDays) {
        this.closeAfterDays = closeAfterDays;
    }

    public int getThreadDepth() {
        return threadDepth;
    }

    public void setThreadDepth(int threadDepth) {
        this.threadDepth = threadDepth;
    }

    public int getRateLimitPerClientPerMinute() {
        return rateLimitPerClientPerMinute;
    }

    public void setRateLimitPerClientPerMinute(int rateLimitPerClientPerMinute) {
        this.rateLimitPerClientPerMinute = rateLimitPerClientPerMinute;
    }

    public int getRateLimitPerEmailSeconds() {
        return rateLimitPerEmailSeconds;
    }

    public void setRateLimitPerEmailSeconds(int rateLimitPerEmailSeconds) {
        this.rateLimitPerEmailSeconds = rateLimitPerEmailSeconds;
    }

    public int getEditWindowMinutes() {
        return editWindowMinutes;
    }

    public void setEditWindowMinutes(int editWindowMinutes) {
        this.editWindowMinutes = editWindowMinutes;
    }

    public boolean isPrivacyConsentRequired() {
        return privacyConsentRequired;
    }

    public void setPrivacyConsentRequired(boolean privacyConsentRequired) {
        this.privacyConsentRequired = privacyConsentRequired;
    }

    public String getEssayPathPattern() {
        return essayPathPattern;
    }

    public void setEssayPathPattern(String essayPathPattern) {
        this.essayPathPattern = essayPathPattern;
    }

    public int getMaxTextLength() {
        return maxTextLength;
    }

    public void setMaxTextLength(int maxTextLength) {
        this.maxTextLength = maxTextLength;
    }

    public int getMaxAuthorLength() {
        return maxAuthorLength;
    }

    public void setMaxAuthorLength(int maxAuthorLength) {
        this.maxAuthorLength = maxAuthorLength;
    }

    public int getMaxEmailLength() {
        return maxEmailLength;
    }

    public void setMaxEmailLength(int maxEmailLength) {
        this.maxEmailLength = maxEmailLength;
    }

    public int getMaxUrlLength() {
        return maxUrlLength;
    }

    public void setMaxUrlLength(int maxUrlLength) {
        this.maxUrlLength = maxUrlLength;
    }
}
