package dev.essays.comments.mail;

import dev.essays.comments.Comment;
import dev.essays.comments.EssayInfo;
import dev.essays.comments.SignedLinks;
import dev.essays.comments.SignedLinks.Purpose;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the mails comments send. Visitor text only ever goes into bodies; what goes into a header (subject)
 * passes {@link #headerSafe}, so no name, e-mail or title can start a new header line. Every mail carries a
 * one-click unsubscribe (RFC 8058 {@code List-Unsubscribe} + {@code List-Unsubscribe-Post}).
 */
final class MailComposer {

    private final MailSettings settings;
    private final SignedLinks links;

    MailComposer(MailSettings settings, SignedLinks links) {
        this.settings = settings;
        this.links = links;
    }

    /** One mail per moderator with signed approve and spam links. */
    List<MailMessage> heldForModeration(Comment c, EssayInfo essay) {
        String approve = link("approve", Purpose.APPROVE, c.id());
        String spam = link("spam", Purpose.SPAM, c.id());
        String body = "A new comment on \"" + essay.title() + "\" is waiting for your approval.\n\n"
                + "Author: " + c.author() + "\n"
                + "E-mail: " + c.email() + "\n"
                + (c.url().isEmpty() ? "" : "Website: " + c.url() + "\n")
                + "Essay: " + settings.essayUrl(essay.slug()) + "\n\n"
                + "Comment:\n" + c.text() + "\n\n"
                + "Approve it: " + approve + "\n"
                + "Mark it as spam: " + spam + "\n\n"
                + "Both links work for " + settings.linkTtl().toDays() + " days. All comments: the Comments app.\n";
        List<MailMessage> out = new ArrayList<>();
        for (String moderator : settings.moderators()) {
            out.add(new MailMessage(moderator,
                    headerSafe("[" + settings.siteName() + "] Please moderate: \"" + essay.title() + "\""),
                    body, moderatorUnsubscribe()));
        }
        return out;
    }

    /** Double opt-in: the commenter confirms before any reply notification is sent. */
    MailMessage confirmReplies(Comment c, EssayInfo essay) {
        String confirm = link("notifications/confirm", Purpose.CONFIRM_REPLIES, c.id());
        String body = "You asked to be told by e-mail about replies to your comment on \"" + essay.title()
                + "\".\n\nTo confirm, open this link:\n" + confirm + "\n\n"
                + "If you did not ask for this, ignore this mail: nothing will be sent.\n";
        return new MailMessage(c.email(),
                headerSafe("[" + settings.siteName() + "] Confirm reply notifications for \"" + essay.title() + "\""),
                body, unsubscribeHeaders(link("notifications/unsubscribe", Purpose.UNSUBSCRIBE, c.id())));
    }

    /** Tells the parent's author about an approved reply. */
    MailMessage reply(Comment reply, Comment parent, EssayInfo essay) {
        String unsubscribe = link("notifications/unsubscribe", Purpose.UNSUBSCRIBE, parent.id());
        String body = reply.author() + " replied to your comment on \"" + essay.title() + "\":\n\n"
                + reply.text() + "\n\n"
                + "Read it: " + settings.essayUrl(essay.slug()) + "#comment-" + reply.id() + "\n\n"
                + "Stop these mails: " + unsubscribe + "\n";
        return new MailMessage(parent.email(),
                headerSafe("[" + settings.siteName() + "] New reply to your comment on \"" + essay.title() + "\""),
                body, unsubscribeHeaders(unsubscribe));
    }

    /** GDPR self-service: links to export or erase every comment with this address. */
    MailMessage personalData(String email) {
        String export = link("mine/export", Purpose.EXPORT_MINE, email);
        String erase = link("mine/erase", Purpose.ERASE_MINE, email);
        String body = "Someone (hopefully you) asked for the comments written with this e-mail address on "
                + settings.siteName() + ".\n\n"
                + "Download them: " + export + "\n"
                + "Delete them all: " + erase + "\n\n"
                + "The links work for " + settings.linkTtl().toDays() + " days. If you did not ask, ignore this mail.\n";
        return new MailMessage(email, headerSafe("[" + settings.siteName() + "] Your comments"), body,
                Map.of("Auto-Submitted", "auto-generated"));
    }

    private String link(String path, Purpose purpose, String id) {
        String base = settings.restBaseUrl() + "/comments/";
        String target = switch (purpose) {
            case APPROVE, SPAM -> base + URLEncoder.encode(id, StandardCharsets.UTF_8) + "/" + path;
            default -> base + path;
        };
        return target + "?" + links.query(purpose, id, settings.linkTtl());
    }

    /**
     * Moderators are chosen in the site configuration, so their "unsubscribe" is a request to the site's
     * address (mailto), not a one-click switch a forwarded mail could flip.
     */
    private Map<String, String> moderatorUnsubscribe() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("List-Unsubscribe", "<mailto:" + headerSafe(settings.from()) + "?subject=unsubscribe%20moderation>");
        h.put("Auto-Submitted", "auto-generated");
        return h;
    }

    private static Map<String, String> unsubscribeHeaders(String url) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("List-Unsubscribe", "<" + headerSafe(url) + ">");
        h.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        h.put("Auto-Submitted", "auto-generated");
        return h;
    }

    /** No control or line-separator characters survive into a header; long values are cut. */
    static String headerSafe(String s) {
        StringBuilder out = new StringBuilder(Math.min(s.length(), 200));
        for (int i = 0; i < s.length() && out.length() < 200; i++) {
            char c = s.charAt(i);
            out.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }
        return out.toString().strip();
    }
}
