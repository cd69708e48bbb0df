package dev.essays.comments;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Atom feeds (RFC 4287) of approved comments: one essay's, or the site's most recent. Text content is the
 * same escaped HTML the page shows; characters XML cannot carry are dropped.
 */
public final class CommentFeed {

    /** A comment and the essay it belongs to, for the site-wide feed. */
    public record Entry(Comment comment, String essayTitle, String essayUrl) {
    }

    private CommentFeed() {
    }

    public static String essay(String essayTitle, String essayUrl, String selfUrl, List<Comment> comments) {
        List<Entry> entries = comments.stream().map(c -> new Entry(c, essayTitle, essayUrl)).toList();
        return feed("Comments on \u201c" + essayTitle + "\u201d", essayUrl, selfUrl, entries, e -> "Comment by " + e.comment().author());
    }

    public static String site(String siteTitle, String siteUrl, String selfUrl, List<Entry> entries) {
        return feed("Recent comments: " + siteTitle, siteUrl, selfUrl, entries,
                e -> "Comment on \u201c" + e.essayTitle() + "\u201d by " + e.comment().author());
    }

    private static String feed(String title, String alternate, String self, List<Entry> entries,
                               Function<Entry, String> entryTitle) {
        Instant updated = entries.stream().map(e -> e.comment().created()).max(Instant::compareTo).orElse(Instant.EPOCH);
        StringBuilder x = new StringBuilder(1024 + entries.size() * 800);
        x.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
                .append("<title>").append(xml(title)).append("</title>\n")
                .append("<id>").append(xml(self)).append("</id>\n")
                .append("<updated>").append(updated).append("</updated>\n")
                .append("<link rel=\"self\" type=\"application/atom+xml\" href=\"").append(xml(self)).append("\"/>\n")
                .append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(xml(alternate)).append("\"/>\n");
        for (Entry e : entries) {
            Comment c = e.comment();
            String link = e.essayUrl() + "#comment-" + c.id();
            x.append("<entry>\n<title>").append(xml(entryTitle.apply(e))).append("</title>\n")
                    .append("<id>").append(xml(link)).append("</id>\n")
                    .append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(xml(link)).append("\"/>\n")
                    .append("<published>").append(c.created()).append("</published>\n")
                    .append("<updated>").append(c.created()).append("</updated>\n")
                    .append("<author><name>").append(xml(c.author().isEmpty() ? "Anonymous" : c.author())).append("</name>");
            if (!c.url().isEmpty() && SubmissionValidator.websiteUrl(c.url()) != null) {
                x.append("<uri>").append(xml(c.url())).append("</uri>");
            }
            x.append("</author>\n<content type=\"html\">").append(xml(CommentHtml.toHtml(c.text())))
                    .append("</content>\n</entry>\n");
        }
        return x.append("</feed>\n").toString();
    }

    /** Escaped for XML text and attributes, without the characters XML 1.0 forbids. */
    static String xml(String s) {
        StringBuilder clean = new StringBuilder(s.length());
        s.codePoints().filter(cp -> cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                        || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF))
                .forEach(clean::appendCodePoint);
        return Html.escape(clean.toString());
    }
}
