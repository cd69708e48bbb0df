package dev.essays.essay;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What lists of essays filter and sort by, read without the body or the sources: the index and the REST list read
 * one of these per essay and the full essay only for the page they show.
 *
 * @param revision changes whenever the essay does (see {@code EssayStore.revision}); null when unknown
 */
public record EssayListing(String slug, String revision, OffsetDateTime publishedOn, List<String> categories,
                           List<String> tags) {

    public EssayListing {
        categories = categories == null ? List.of() : List.copyOf(categories);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public boolean isPublishedAt(OffsetDateTime now) {
        return Essay.isPublished(publishedOn, now);
    }
}
