package dev.essays.comments.jcr;

import dev.essays.comments.Comment;
import dev.essays.comments.CommentStatus;
import dev.essays.jcr.NodeTypes;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Optional;
import java.util.TimeZone;
import java.util.regex.Pattern;

import static dev.essays.comments.jcr.CommentProperties.*;

/** Maps comment nodes to {@link Comment}s and back. Reading is tolerant: bad stored data never throws. */
final class CommentNodes {

    /** Slugs and ids that are safe as single JCR path segments. */
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,199}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private CommentNodes() {
    }

    static boolean isSlug(String s) {
        return s != null && SLUG.matcher(s).matches();
    }

    static boolean isId(String s) {
        return s != null && ID.matcher(s).matches();
    }

    /** A comment from its node; empty when the node is not a usable comment (no status we know). */
    static Optional<Comment> read(Node node) throws RepositoryException {
        Optional<CommentStatus> status = CommentStatus.parse(string(node, STATUS));
        if (status.isEmpty()) {
            return Optional.empty();
        }
        Instant created = node.hasProperty(CREATED) ? node.getProperty(CREATED).getDate().toInstant() : Instant.EPOCH;
        String essay = string(node, ESSAY);
        return Optional.of(new Comment(node.getName(), essay.isEmpty() ? node.getParent().getName() : essay,
                string(node, PARENT_ID), string(node, AUTHOR), string(node, EMAIL), string(node, URL),
                string(node, TEXT), status.get(), created, string(node, IP_HASH), string(node, USER_AGENT),
                string(node, EDIT_SECRET_HASH), string(node, IDEMPOTENCY_KEY),
                node.hasProperty(NOTIFY_REPLIES) && node.getProperty(NOTIFY_REPLIES).getBoolean()));
    }

    /** Empty optional values are left out (a missing property reads as empty): fewer items per save. */
    static void write(Node node, Comment c) throws RepositoryException {
        node.setProperty(ESSAY, c.essay());
        optional(node, PARENT_ID, c.parentId());
        node.setProperty(AUTHOR, c.author());
        node.setProperty(EMAIL, c.email());
        optional(node, URL, c.url());
        node.setProperty(TEXT, c.text());
        node.setProperty(STATUS, c.status().value());
        node.setProperty(CREATED, calendar(c.created()));
        optional(node, IP_HASH, c.ipHash());
        optional(node, USER_AGENT, c.userAgent());
        optional(node, EDIT_SECRET_HASH, c.editSecretHash());
        optional(node, IDEMPOTENCY_KEY, c.idempotencyKey());
        node.setProperty(NOTIFY_REPLIES, c.notifyReplies());
        node.setProperty(NodeTypes.MGNL_CREATED, calendar(c.created()));
        touch(node, c.created());
    }

    private static void optional(Node node, String name, String value) throws RepositoryException {
        if (!value.isEmpty()) {
            node.setProperty(name, value);
        }
    }

    /** Magnolia's lastModified, so the Comments app sorts and shows changes. */
    static void touch(Node node, Instant when) throws RepositoryException {
        node.setProperty(NodeTypes.MGNL_LAST_MODIFIED, calendar(when));
    }

    static Calendar calendar(Instant instant) {
        Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(instant.toEpochMilli());
        return c;
    }

    private static String string(Node node, String name) throws RepositoryException {
        if (!node.hasProperty(name)) {
            return "";
        }
        var p = node.getProperty(name);
        return p.isMultiple() ? "" : p.getString();
    }
}
