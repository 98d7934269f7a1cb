package io.worktrackr.tickets;

/** One field of one ticket changed from one raw value to another (status codes, ids, text). */
public record FieldChange(String field, String oldValue, String newValue) {}
