package dev.essays.comments;

/**
 * Everything the comment area of an essay page needs, prepared in Java so the template only prints it.
 *
 * @param heading    English heading ("One Response to …"); templates with i18n use {@code headingKey} with
 *                   arguments {@code count} and {@code title} instead
 * @param listHtml   the threaded list ({@link CommentListHtml}); all visitor text in it is escaped
 * @param open       whether the "Leave a Reply" form shows (false: say comments are closed)
 * @param etag       the list's version, for the page script that refreshes the list from the endpoint
 * @param pendingHtml the visitor's own held comment with its "awaiting moderation" notice, or empty
 */
public record CommentsView(String essay, String title, int count, String heading, String headingKey, String etag,
                           String listHtml, String pendingHtml, boolean open, int threadDepth) {
}
