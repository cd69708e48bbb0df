package dev.essays.preview;

/** The data folder cannot be used; the message says why and what to do. Nothing was changed. */
public final class DataFolderException extends RuntimeException {
    public DataFolderException(String message, Throwable cause) {
        super(message, cause);
    }

    public DataFolderException(String message) {
        super(message);
    }
}
