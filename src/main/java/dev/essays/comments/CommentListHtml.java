package dev.essays.comments;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The threaded comment list as an HTML fragment: the same markup for the server-rendered page and for the
 * list the page's script refreshes from the endpoint. Everything visitor-supplied is escaped here.
 */
public final class CommentListHtml {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_INSTANT;

    private CommentListHtml() {
    }

    public static String render(List<ThreadedComment> thread, int maxDepth) {
        return render(thread, maxDepth, CommentLabels.ENGLISH);
    }

    public static String render(List<ThreadedComment> thread, int maxDepth, CommentLabels labels) {
        StringBuilder out = new StringBuilder(thread.size() * 600 + 64);
        out.append("<ol class=\"comment-list\">\n");
        for (ThreadedComment t : thread) {
            item(t, maxDepth, labels, out);
        }
        return out.append("</ol>\n").toString();
    }

    /** A held comment shown only to its author, marked as awaiting moderation (no reply link). */
    public static String renderPending(Comment c) {
        return renderPending(c, CommentLabels.ENGLISH);
    }

    public static String renderPending(Comment c, CommentLabels labels) {
        StringBuilder out = new StringBuilder(800).append("<ol class=\"comment-list comment-pending\">\n");
        item(new ThreadedComment(c, 1, List.of()), 0, labels, out);
        int article = out.indexOf("<article class=\"comment-body\">\n") + "<article class=\"comment-body\">\n".length();
        out.insert(article, "<p class=\"comment-awaiting-moderation\">" + Html.escape(labels.awaitingModeration())
                + "</p>\n");
        return out.append("</ol>\n").toString();
    }

    private static void item(ThreadedComment t, int maxDepth, CommentLabels labels, StringBuilder out) {
        Comment c = t.comment();
        String id = Html.escape(c.id());
        out.append("<li id=\"comment-").append(id).append("\" class=\"comment depth-").append(t.depth()).append("\">\n")
                .append("<article class=\"comment-body\">\n")
                .append("<footer class=\"comment-meta\"><span class=\"comment-author\">")
                .append(CommentHtml.authorLink(c.author(), c.url())).append("</span> ")
                .append("<a class=\"comment-permalink\" href=\"#comment-").append(id).append("\"><time datetime=\"")
                .append(ISO.format(c.created())).append("\">").append(Html.escape(labels.date().format(c.created())))
                .append("</time></a></footer>\n")
                .append("<div class=\"comment-content\">").append(CommentHtml.toHtml(c.text())).append("</div>\n");
        if (t.canReply(maxDepth)) {
            out.append("<a class=\"comment-reply-link\" href=\"?replytocom=").append(id)
                    .append("#respond\" data-comment-id=\"").append(id).append("\">")
                    .append(Html.escape(labels.reply())).append("</a>\n");
        }
        out.append("</article>\n");
        if (!t.replies().isEmpty()) {
            out.append("<ol class=\"children\">\n");
            for (ThreadedComment r : t.replies()) {
                item(r, maxDepth, labels, out);
            }
            out.append("</ol>\n");
        }
        out.append("</li>\n");
    }
}
