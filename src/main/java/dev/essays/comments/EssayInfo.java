package dev.essays.comments;

import java.time.Instant;

/**
 * What comments need to know of an essay.
 *
 * @param publishedOn null or in the future: a draft, which takes no comments
 * @param override    the essay's own moderation settings, or null
 */
public record EssayInfo(String slug, String title, Instant publishedOn, boolean commentsOpen,
                        ModerationOverride override) {

    public boolean isPublic(Instant now) {
        return publishedOn != null && !publishedOn.isAfter(now);
    }
}
