package io.worktrackr.tickets;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The fields of a ticket a change may touch: the one list the PATCH parser, the aggregate, the activity log and
 * its labels name them from. Each has two stable names: {@link #requestName()} in request bodies and field errors
 * ({@code assigneeId}), {@link #activityName()} in the activity log and {@link FieldChange} ({@code assignee}).
 * Both are part of the API and stored data: add fields, never rename.
 */
public enum TicketField {
    STATUS("status", "status"),
    PRIORITY("priority", "priority"),
    ASSIGNEE("assigneeId", "assignee"),
    QUEUE("queueId", "queue"),
    TITLE("title", "title"),
    DESCRIPTION("description", "description");

    private final String requestName;
    private final String activityName;

    TicketField(String requestName, String activityName) {
        this.requestName = requestName;
        this.activityName = activityName;
    }

    /** The member's name in a create or change request, and the {@code field} of its errors. */
    public String requestName() {
        return requestName;
    }

    /** The field's name in the activity log ({@code activity_log.field}) and in {@link FieldChange}. */
    public String activityName() {
        return activityName;
    }

    public static Optional<TicketField> fromRequestName(String name) {
        return Arrays.stream(values()).filter(f -> f.requestName.equals(name)).findFirst();
    }

    public static Optional<TicketField> fromActivityName(String name) {
        return Arrays.stream(values()).filter(f -> f.activityName.equals(name)).findFirst();
    }

    /** Every request name, in declaration order. */
    public static List<String> requestNames() {
        return Arrays.stream(values()).map(TicketField::requestName).toList();
    }
}
