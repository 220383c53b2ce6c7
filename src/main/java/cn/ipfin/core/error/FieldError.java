package cn.ipfin.core.error;

/** One invalid input field with its message in the request's language. */
public record FieldError(String field, String message) {
}
