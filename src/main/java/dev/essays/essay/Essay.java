package dev.essays.essay;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * One essay as the module's domain sees it: plain values, no JCR or HTTP types. Sources are CSL-JSON items
 * (maps as a JSON parser gives them) whose {@code id} is the citation key. {@code worksCitedSources} null: the
 * site's setting.
 */
public record Essay(
        String slug,
        String title,
        String subtitle,
        List<String> authors,
        OffsetDateTime publishedOn,
        OffsetDateTime updatedOn,
        String excerpt,
        String body,
        List<String> categories,
        List<String> tags,
        String citationStyle,
        Boolean commentsOpen,
        List<Map<String, Object>> sources,
        CommentSettings commentSettings,
        WorksCitedSources worksCitedSources) {

    public Essay {
        authors = authors == null ? List.of() : List.copyOf(authors);
        categories = categories == null ? List.of() : List.copyOf(categories);
        tags = tags == null ? List.of() : List.copyOf(tags);
        sources = sources == null ? List.of() : List.copyOf(sources);
        commentSettings = commentSettings == null ? CommentSettings.SITE : commentSettings;
    }

    /** An essay with the site's comment settings and works-cited list. */
    public Essay(String slug, String title, String subtitle, List<String> authors, OffsetDateTime publishedOn,
                 OffsetDateTime updatedOn, String excerpt, String body, List<String> categories, List<String> tags,
                 String citationStyle, Boolean commentsOpen, List<Map<String, Object>> sources) {
        this(slug, title, subtitle, authors, publishedOn, updatedOn, excerpt, body, categories, tags, citationStyle,
                commentsOpen, sources, CommentSettings.SITE, null);
    }

    /** Published essays are public; an essay with no date, or a date in the future, is a draft. */
    public boolean isPublishedAt(OffsetDateTime now) {
        return isPublished(publishedOn, now);
    }

    /** Published at {@code now}: dated, and not in the future (undated essays are drafts). */
    static boolean isPublished(OffsetDateTime publishedOn, OffsetDateTime now) {
        return publishedOn != null && !publishedOn.isAfter(now);
    }

    public boolean commentsAllowed() {
        return commentsOpen == null || commentsOpen;
    }

    public Essay withSlug(String newSlug) {
        return new Essay(newSlug, title, subtitle, authors, publishedOn, updatedOn, excerpt, body, categories, tags,
                citationStyle, commentsOpen, sources, commentSettings, worksCitedSources);
    }

    public Essay withSources(List<Map<String, Object>> newSources) {
        return new Essay(slug, title, subtitle, authors, publishedOn, updatedOn, excerpt, body, categories, tags,
                citationStyle, commentsOpen, newSources, commentSettings, worksCitedSources);
    }
}
