package dev.essays.comments;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Comment text as HTML: paragraphs at blank lines, {@code <br>} at single line breaks, everything escaped,
 * http(s) URLs turned into links with {@code rel="nofollow ugc"}. The only markup in the output is what this
 * class writes.
 */
public final class CommentHtml {

    // A URL runs to whitespace or a character that cannot end it; trailing punctuation stays outside.
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"'`]+", Pattern.CASE_INSENSITIVE);
    private static final String TRAILING = ".,;:!?)]}'\"";

    private CommentHtml() {
    }

    public static String toHtml(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        for (String para : text.strip().split("\\n\\s*\\n")) {
            if (para.isBlank()) {
                continue;
            }
            out.append("<p>");
            String[] lines = para.strip().split("\\n");
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    out.append("<br>\n");
                }
                linkify(lines[i], out);
            }
            out.append("</p>\n");
        }
        return out.toString();
    }

    /** The author's name, linked to their website when they gave one. */
    public static String authorLink(String author, String url) {
        String name = Html.escape(author);
        if (url == null || url.isEmpty() || SubmissionValidator.websiteUrl(url) == null) {
            return name;
        }
        return "<a href=\"" + Html.escape(url) + "\" rel=\"nofollow ugc\">" + name + "</a>";
    }

    private static void linkify(String line, StringBuilder out) {
        Matcher m = URL.matcher(line);
        int last = 0;
        while (m.find()) {
            int end = m.end();
            while (end > m.start() && TRAILING.indexOf(line.charAt(end - 1)) >= 0) {
                end--;
            }
            String url = line.substring(m.start(), end);
            if (SubmissionValidator.websiteUrl(url) == null) {
                continue;
            }
            Html.escape(line, last, m.start(), out);
            out.append("<a href=\"").append(Html.escape(url)).append("\" rel=\"nofollow ugc\">")
                    .append(Html.escape(url)).append("</a>");
            last = end;
        }
        Html.escape(line, last, line.length(), out);
    }
}
