package dev.essays.comments;

/** Why one form field was refused; {@code field} is the form field's name ({@code author}, {@code comment}, ...). */
public record FieldError(String field, String message) {
}
