package io.worktrackr.common;

/** One thing wrong with one field of a request: {@code {"field": "priority", "message": "must be one of …"}}. */
public record FieldError(String field, String message) {}
