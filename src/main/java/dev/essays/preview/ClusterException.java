package dev.essays.preview;

/** The shared comments repository cannot be used; the message says why and what to do. */
public final class ClusterException extends RuntimeException {
    public ClusterException(String message, Throwable cause) {
        super(message, cause);
    }

    public ClusterException(String message) {
        super(message);
    }
}
