package dev.essays.comments;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A submission that was refused and stored nothing. {@link #reason()} tells the HTTP layer which status fits;
 * {@link #errors()} names each field and why.
 */
public class SubmissionRejectedException extends RuntimeException {

    /** Why, broadly; the HTTP layer maps these to status codes. */
    public enum Reason { INVALID, SPAM, TOO_FAST, RATE_LIMITED, DUPLICATE, CLOSED, UNKNOWN_ESSAY }

    private final Reason reason;
    private final transient List<FieldError> errors;

    public SubmissionRejectedException(Reason reason, List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        this.reason = reason;
        this.errors = List.copyOf(errors);
    }

    public static SubmissionRejectedException of(Reason reason, String field, String message) {
        return new SubmissionRejectedException(reason, List.of(new FieldError(field, message)));
    }

    public Reason reason() {
        return reason;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
