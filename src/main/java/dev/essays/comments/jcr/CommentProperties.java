package dev.essays.comments.jcr;

/**
 * JCR property names of a comment node ({@code essays:comment} at {@code /<essay-slug>/<comment-id>} in
 * workspace {@code comments}; see README.md beside this class). The Comments app, the content type and this
 * store use the same names.
 */
public final class CommentProperties {
    public static final String ESSAY = "essay";
    public static final String PARENT_ID = "parentId";
    public static final String AUTHOR = "author";
    public static final String EMAIL = "email";
    public static final String URL = "url";
    public static final String TEXT = "text";
    /** pending | approved | spam | trash */
    public static final String STATUS = "status";
    public static final String CREATED = "created";
    public static final String IP_HASH = "ipHash";
    public static final String USER_AGENT = "userAgent";
    public static final String EDIT_SECRET_HASH = "editSecretHash";
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";
    public static final String NOTIFY_REPLIES = "notifyReplies";

    private CommentProperties() {
    }
}
