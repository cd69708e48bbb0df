package dev.essays.comments;

import java.time.Duration;

/**
 * Site-wide comment configuration.
 *
 * @param perClientPerMinute rate limit per client (IP hash); 0 = off
 * @param perEmailInterval   one post per e-mail address per this interval; zero = off
 * @param editWindow         how long a commenter may edit their own comment with the secret their browser keeps
 * @param listCacheTtl       how long a listed thread is reused before the store is read again (cluster members
 *                           see each other's approvals within this time)
 * @param essayPathPattern   the site path of an essay page with {@code {slug}}: where a form post returns when
 *                           it names no page, and the links in feeds
 * @param privacyConsentRequired the form asks for privacy consent and a post without it is refused
 */
public record CommentsConfig(Limits limits, ModerationSettings moderation, int perClientPerMinute,
                             Duration perEmailInterval, Duration editWindow, Duration listCacheTtl,
                             String essayPathPattern, boolean privacyConsentRequired) {

    public static final CommentsConfig DEFAULT = new CommentsConfig(Limits.DEFAULT, ModerationSettings.DEFAULT, 5,
            Duration.ofSeconds(15), Duration.ofMinutes(10), Duration.ofSeconds(2), "/essays/{slug}", false);

    public CommentsConfig withModeration(ModerationSettings m) {
        return new CommentsConfig(limits, m, perClientPerMinute, perEmailInterval, editWindow, listCacheTtl,
                essayPathPattern, privacyConsentRequired);
    }

    public CommentsConfig withRateLimits(int perClient, Duration perEmail) {
        return new CommentsConfig(limits, moderation, perClient, perEmail, editWindow, listCacheTtl, essayPathPattern,
                privacyConsentRequired);
    }

    public CommentsConfig withEssayPathPattern(String pattern) {
        return new CommentsConfig(limits, moderation, perClientPerMinute, perEmailInterval, editWindow, listCacheTtl,
                pattern, privacyConsentRequired);
    }

    public CommentsConfig withPrivacyConsentRequired(boolean required) {
        return new CommentsConfig(limits, moderation, perClientPerMinute, perEmailInterval, editWindow, listCacheTtl,
                essayPathPattern, required);
    }

    public String essayPath(String slug) {
        return essayPathPattern.replace("{slug}", slug);
    }
}
