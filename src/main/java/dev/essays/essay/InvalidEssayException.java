package dev.essays.essay;

import java.util.List;
import java.util.stream.Collectors;

/** An essay was refused; nothing was stored. Carries every field that is wrong, not just the first. */
public final class InvalidEssayException extends Exception {
    private final List<FieldError> errors;

    public InvalidEssayException(List<FieldError> errors) {
        super(errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public InvalidEssayException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
