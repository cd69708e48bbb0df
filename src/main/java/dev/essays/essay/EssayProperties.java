package dev.essays.essay;

/**
 * JCR property names of an essay node ({@code essays:essay} in workspace {@code essays}; node name = slug).
 * The same names are used by the content type, the dialog, the REST API's JSON and the templates.
 */
public final class EssayProperties {
    public static final String TITLE = "title";
    public static final String SUBTITLE = "subtitle";
    /** Multi-valued: display names in order. */
    public static final String AUTHORS = "authors";
    /** Date; an essay without it, or with it in the future, is a draft and not public. */
    public static final String PUBLISHED_ON = "publishedOn";
    public static final String UPDATED_ON = "updatedOn";
    public static final String EXCERPT = "excerpt";
    /** Rich text (HTML) with Pandoc citation markers such as {@code [@ostrow2013, 118]}. */
    public static final String BODY = "body";
    /** Multi-valued. */
    public static final String CATEGORIES = "categories";
    /** Multi-valued. */
    public static final String TAGS = "tags";
    /** A CSL style id such as {@code modern-language-association}; empty means the site default. */
    public static final String CITATION_STYLE = "citationStyle";
    /** Which sources the works-cited list holds: all or cited; empty means the site setting. */
    public static final String WORKS_CITED_SOURCES = "worksCitedSources";
    public static final String COMMENTS_OPEN = "commentsOpen";
    /** This essay's own comment moderation: none, first-time or all; empty means the site setting. */
    public static final String COMMENT_MODERATION = "commentModeration";
    /** This essay's own reply depth (1 to 10); empty means the site setting. */
    public static final String COMMENT_THREAD_DEPTH = "commentThreadDepth";
    /** Comments close this many days after publication; empty means the site setting. */
    public static final String COMMENTS_CLOSE_AFTER_DAYS = "commentsCloseAfterDays";
    /** Child node holding one {@code essays:source} node per works-cited entry, named by citation key. */
    public static final String SOURCES = "sources";

    private EssayProperties() {
    }
}
