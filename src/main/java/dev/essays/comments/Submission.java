package dev.essays.comments;

/**
 * What a visitor sent: the form fields (WordPress's names: author, email, url, comment, comment_parent) plus
 * what the HTTP layer knows about the client. Nothing here is trusted yet; see {@link SubmissionValidator}.
 *
 * @param honeypot        the hidden field a human leaves empty
 * @param token           the signed time token, or empty when the page had no JavaScript to fetch one
 * @param clientIp        the client's address as text; only its salted hash is ever stored
 * @param idempotencyKey  client-chosen key that makes a retried post return the first comment
 * @param privacyConsent  the privacy-consent checkbox was ticked (required only when the site says so)
 */
public record Submission(
        String essay,
        String author,
        String email,
        String url,
        String text,
        String parentId,
        String token,
        String honeypot,
        String clientIp,
        String userAgent,
        String idempotencyKey,
        boolean notifyReplies,
        boolean privacyConsent) {

    public Submission {
        essay = orEmpty(essay);
        author = orEmpty(author);
        email = orEmpty(email);
        url = orEmpty(url);
        text = orEmpty(text);
        parentId = orEmpty(parentId);
        token = orEmpty(token);
        honeypot = orEmpty(honeypot);
        clientIp = orEmpty(clientIp);
        userAgent = orEmpty(userAgent);
        idempotencyKey = orEmpty(idempotencyKey);
    }

    /** Without the privacy-consent answer (sites that do not ask for it). */
    public Submission(String essay, String author, String email, String url, String text, String parentId,
                      String token, String honeypot, String clientIp, String userAgent, String idempotencyKey,
                      boolean notifyReplies) {
        this(essay, author, email, url, text, parentId, token, honeypot, clientIp, userAgent, idempotencyKey,
                notifyReplies, false);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The same submission with cleaned field values. */
    Submission cleaned(String author, String email, String url, String text, String parentId,
                       String userAgent, String idempotencyKey) {
        return new Submission(essay, author, email, url, text, parentId, token, honeypot, clientIp, userAgent,
                idempotencyKey, notifyReplies, privacyConsent);
    }
}
