package dev.essays.comments;

/** Builds test submissions: a valid one by default, changed field by field. */
public final class Submissions {

    private Submissions() {
    }

    public static Submission valid() {
        return new Submission("an-essay", "Ada Reader", "ada@example.org", "https://ada.example.org",
                "A thoughtful reply.", "", "", "", "192.0.2.10", "TestAgent/1.0", "", false);
    }

    public static Submission with(String field, String value) {
        Submission s = valid();
        return new Submission(
                field.equals("essay") ? value : s.essay(),
                field.equals("author") ? value : s.author(),
                field.equals("email") ? value : s.email(),
                field.equals("url") ? value : s.url(),
                field.equals("comment") ? value : s.text(),
                field.equals("comment_parent") ? value : s.parentId(),
                field.equals("token") ? value : s.token(),
                field.equals("honeypot") ? value : s.honeypot(),
                field.equals("ip") ? value : s.clientIp(),
                field.equals("userAgent") ? value : s.userAgent(),
                field.equals("idempotencyKey") ? value : s.idempotencyKey(),
                s.notifyReplies());
    }
}
