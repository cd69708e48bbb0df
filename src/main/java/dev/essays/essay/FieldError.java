package dev.essays.essay;

/** One refused field: its JSON path (e.g. {@code sources[2].id}) and why, in words an editor understands. */
public record FieldError(String field, String message) {
    @Override
    public String toString() {
        return field + ": " + message;
    }
}
