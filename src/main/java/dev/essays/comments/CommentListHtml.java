package dev.essays.comments;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The threaded comment list as an HTML fragment: the same markup for the server-rendered page and for the
 * list the page's script refreshes from the endpoint. Everything visitor-supplied is escaped here.
 */
public final class CommentListHtml {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_INSTANT;
    private static final DateTimeFormatter HUMAN =
            DateTimeFormatter.ofPattern("MMMM d, yyyy 'at' h:mm a", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private CommentListHtml() {
    }

    public static String render(List<ThreadedComment> thread, int maxDepth) {
        StringBuilder out = new StringBuilder(thread.size() * 600 + 64);
        out.append("<ol class=\"comment-list\">\n");
        for (ThreadedComment t : thread) {
            item(t, maxDepth, out);
        }
        return out.append("</ol>\n").toString();
    }

    /** A held comment shown only to its author, marked as awaiting moderation (no reply link). */
    public static String renderPending(Comment c) {
        StringBuilder out = new StringBuilder(800).append("<ol class=\"comment-list comment-pending\">\n");
        item(new ThreadedComment(c, 1, List.of()), 0, out);
        int article = out.indexOf("<article class=\"comment-body\">\n") + "<article class=\"comment-body\">\n".length();
        out.insert(article, "<p class=\"comment-awaiting-moderation\">Your comment is awaiting moderation.</p>\n");
        return out.append("</ol>\n").toString();
    }

    private static void item(ThreadedComment t, int maxDepth, StringBuilder out) {
        Comment c = t.comment();
        String id = Html.escape(c.id());
        out.append("<li id=\"comment-").append(id).append("\" class=\"comment depth-").append(t.depth()).append("\">\n")
                .append("<article class=\"comment-body\">\n")
                .append("<footer class=\"comment-meta\"><span class=\"comment-author\">")
                .append(CommentHtml.authorLink(c.author(), c.url())).append("</span> ")
                .append("<a class=\"comment-permalink\" href=\"#comment-").append(id).append("\"><time datetime=\"")
                .append(ISO.format(c.created())).append("\">").append(HUMAN.format(c.created()))
                .append("</time></a></footer>\n")
                .append("<div class=\"comment-content\">").append(CommentHtml.toHtml(c.text())).append("</div>\n");
        if (t.canReply(maxDepth)) {
            out.append("<a class=\"comment-reply-link\" href=\"?replytocom=").append(id)
                    .append("#respond\" data-comment-id=\"").append(id).append("\">Reply</a>\n");
        }
        out.append("</article>\n");
        if (!t.replies().isEmpty()) {
            out.append("<ol class=\"children\">\n");
            for (ThreadedComment r : t.replies()) {
                item(r, maxDepth, out);
            }
            out.append("</ol>\n");
        }
        out.append("</li>\n");
    }
}
