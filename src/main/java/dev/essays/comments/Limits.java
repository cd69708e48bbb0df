package dev.essays.comments;

/** Field length limits in characters (code points). Defaults follow WordPress where it has them. */
public record Limits(int text, int author, int email, int url, int userAgent) {

    public static final Limits DEFAULT = new Limits(5_000, 245, 100, 200, 255);
}
