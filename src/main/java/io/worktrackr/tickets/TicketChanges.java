package io.worktrackr.tickets;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The fields a client wants changed on one ticket; null means "leave alone", except that
 * {@code assigneeGiven} distinguishes "unassign" (given, null id) from "leave the assignee alone".
 *
 * <p>Two ways to say "only if nobody changed it meanwhile", never both in one request:
 * <ul>
 *   <li>{@code expectedVersion}: the version the client saw; any change since (of any field) refuses the whole
 *       request with {@link StaleTicket}. Kept for scripts.
 *   <li>{@code expected}: per field, the value the client saw (raw: status and priority codes, ids as text, null
 *       for "unassigned"). Only those fields are compared: a change to another field does not stand in the way, and
 *       a field someone else already set to the very value sent is no conflict either. Otherwise {@link
 *       FieldConflict} names the field, who changed it and to what.
 * </ul>
 */
public record TicketChanges(
        @Nullable Long expectedVersion,
        @Nullable TicketStatus status,
        @Nullable Priority priority,
        boolean assigneeGiven,
        @Nullable UUID assigneeId,
        @Nullable UUID queueId,
        @Nullable String title,
        @Nullable String description,
        Map<TicketField, @Nullable String> expected) {

    public TicketChanges {
        // a copy that keeps null values (Map.copyOf refuses them; "unassigned" is a null value)
        Map<TicketField, @Nullable String> copy = new EnumMap<>(TicketField.class);
        copy.putAll(expected);
        expected = Collections.unmodifiableMap(copy);
    }

    /** Changes without per-field expectations (only the version, if any). */
    public TicketChanges(
            @Nullable Long expectedVersion,
            @Nullable TicketStatus status,
            @Nullable Priority priority,
            boolean assigneeGiven,
            @Nullable UUID assigneeId,
            @Nullable UUID queueId,
            @Nullable String title,
            @Nullable String description) {
        this(expectedVersion, status, priority, assigneeGiven, assigneeId, queueId, title, description, Map.of());
    }

    public static TicketChanges none() {
        return new TicketChanges(null, null, null, false, null, null, null, null);
    }

    public TicketChanges withStatus(TicketStatus to) {
        return new TicketChanges(
                expectedVersion, to, priority, assigneeGiven, assigneeId, queueId, title, description, expected);
    }

    /** The same changes, made only if the ticket is still at this version (any change of it is a conflict). */
    public TicketChanges expectingVersion(long version) {
        return new TicketChanges(version, status, priority, assigneeGiven, assigneeId, queueId, title, description);
    }

    /** The same changes, made only if these fields still hold these values (raw, as {@link Ticket#rawValue}). */
    public TicketChanges expectingFields(Map<TicketField, @Nullable String> values) {
        return new TicketChanges(
                null, status, priority, assigneeGiven, assigneeId, queueId, title, description, values);
    }

    /** Whether this request sets the field. */
    public boolean sets(TicketField field) {
        return switch (field) {
            case STATUS -> status != null;
            case PRIORITY -> priority != null;
            case ASSIGNEE -> assigneeGiven;
            case QUEUE -> queueId != null;
            case TITLE -> title != null;
            case DESCRIPTION -> description != null;
        };
    }

    /** The value this request sets the field to, raw (as {@link Ticket#rawValue} reads it); null if not set. */
    @Nullable String rawValue(TicketField field) {
        return switch (field) {
            case STATUS -> status == null ? null : status.code();
            case PRIORITY -> priority == null ? null : priority.code();
            case ASSIGNEE -> assigneeId == null ? null : assigneeId.toString();
            case QUEUE -> queueId == null ? null : queueId.toString();
            case TITLE -> title;
            case DESCRIPTION -> description;
        };
    }
}
