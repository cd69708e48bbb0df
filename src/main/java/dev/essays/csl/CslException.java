package dev.essays.csl;

/** Any failure of the CSL processor: invalid style XML, unknown style id, malformed CSL-JSON. */
public class CslException extends Exception {
    private static final long serialVersionUID = 1L;

    public CslException(String message) {
        super(message);
    }

    public CslException(String message, Throwable cause) {
        super(message, cause);
    }
}
