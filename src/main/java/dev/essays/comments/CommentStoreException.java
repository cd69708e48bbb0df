package dev.essays.comments;

/** The store could not do what was asked (repository down, retries exhausted); nothing was acknowledged. */
public class CommentStoreException extends RuntimeException {
    public CommentStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
