package dev.essays.comments.settings;

import dev.essays.comments.CidrRange;
import dev.essays.comments.CommentsConfig;
import dev.essays.comments.Limits;
import dev.essays.comments.ModerationMode;
import dev.essays.comments.ModerationSettings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Turns configured {@link CommentSettings} into the {@link CommentsConfig} the comments run on. Never throws:
 * a bad value is reported to {@link SettingProblems} and its default used, so a typo in the configuration
 * cannot take the comment area of a public page down.
 */
public final class CommentSettingsReader {

    private CommentSettingsReader() {
    }

    public static CommentsConfig read(CommentSettings s, SettingProblems problems) {
        CommentsConfig d = CommentsConfig.DEFAULT;
        ModerationSettings m = d.moderation();
        Limits l = d.limits();
        ModerationSettings moderation = new ModerationSettings(mode(s.getModeration(), m.mode(), problems),
                problems.between("maxLinks", s.getMaxLinks(), 0, 1000, m.maxLinks()),
                s.getModerationWords(), s.getSpamWords(), ranges(s.getSpamIpRanges(), problems),
                new LinkedHashSet<>(s.getSpamEmails()), new LinkedHashSet<>(s.getSpamDomains()),
                problems.between("closeAfterDays", s.getCloseAfterDays(), 0, 100_000, m.closeAfterDays()),
                problems.between("threadDepth", s.getThreadDepth(), 1, 20, m.threadDepth()));
        Limits limits = new Limits(problems.between("maxTextLength", s.getMaxTextLength(), 1, 100_000, l.text()),
                problems.between("maxAuthorLength", s.getMaxAuthorLength(), 1, 1_000, l.author()),
                problems.between("maxEmailLength", s.getMaxEmailLength(), 6, 320, l.email()),
                problems.between("maxUrlLength", s.getMaxUrlLength(), 10, 2_000, l.url()), l.userAgent());
        return new CommentsConfig(limits, moderation,
                problems.between("rateLimitPerClientPerMinute", s.getRateLimitPerClientPerMinute(), 0, 100_000,
                        d.perClientPerMinute()),
                Duration.ofSeconds(problems.between("rateLimitPerEmailSeconds", s.getRateLimitPerEmailSeconds(), 0,
                        86_400, (int) d.perEmailInterval().toSeconds())),
                Duration.ofMinutes(problems.between("editWindowMinutes", s.getEditWindowMinutes(), 0, 10_080,
                        (int) d.editWindow().toMinutes())),
                d.listCacheTtl(), path(s.getEssayPathPattern(), d.essayPathPattern(), problems),
                s.isPrivacyConsentRequired());
    }

    private static ModerationMode mode(String value, ModerationMode fallback, SettingProblems problems) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return ModerationMode.parse(value).orElseGet(
                () -> problems.replaced("moderation", value, "none, first-time or all", fallback));
    }

    private static List<CidrRange> ranges(List<String> entries, SettingProblems problems) {
        List<CidrRange> out = new ArrayList<>();
        for (String entry : entries) {
            try {
                out.add(CidrRange.parse(entry));
            } catch (IllegalArgumentException e) {
                problems.skipped("spamIpRanges", entry, "an IP address or range such as 203.0.113.0/24 or 2001:db8::/32");
            }
        }
        return out;
    }

    private static String path(String value, String fallback, SettingProblems problems) {
        String p = value == null ? "" : value.strip();
        if (p.isEmpty()) {
            return fallback;
        }
        if (!p.startsWith("/") || !p.contains("{slug}") || p.chars().anyMatch(Character::isWhitespace)) {
            return problems.replaced("essayPathPattern", value, "a site path containing {slug}, such as /essays/{slug}",
                    fallback);
        }
        return p;
    }
}
