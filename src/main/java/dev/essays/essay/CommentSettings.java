package dev.essays.essay;

/**
 * One essay's own comment settings, each null when the site's setting applies: moderation ({@code none},
 * {@code first-time}, {@code all}), reply depth, and how many days after publication comments close.
 */
public record CommentSettings(String moderation, Integer threadDepth, Integer closeAfterDays) {

    /** Everything as the site says. */
    public static final CommentSettings SITE = new CommentSettings(null, null, null);

    public boolean isSite() {
        return moderation == null && threadDepth == null && closeAfterDays == null;
    }
}
