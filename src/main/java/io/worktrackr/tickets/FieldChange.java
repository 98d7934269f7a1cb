package io.worktrackr.tickets;

import org.jspecify.annotations.Nullable;

/**
 * One field of one ticket changed from one raw value to another (status codes, ids, text). {@code field} is the
 * {@link TicketField#activityName()} (a string, so that events already in the publication registry stay readable).
 */
public record FieldChange(
        String field, @Nullable String oldValue, @Nullable String newValue) {}
