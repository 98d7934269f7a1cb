package io.worktrackr.tickets;

import io.worktrackr.common.InvalidInput;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The lifecycle, defined here and nowhere else:
 * <pre>
 * open        → in_progress | pending | resolved | closed
 * in_progress → open | pending | resolved | closed
 * pending     → open | in_progress | resolved | closed
 * resolved    → open | in_progress | closed        (reopen, or confirm)
 * closed      → open                               (reopen)
 * </pre>
 * Open, in progress and pending are the <em>active</em> statuses: someone still has work to do. A closed ticket is
 * done for good unless reopened: its fields (title, description, priority, assignee, queue) are read-only until then
 * ({@link #editable()}); a resolved one is still editable (the requester may answer, an agent may correct it).
 */
public enum TicketStatus {
    OPEN("Open"),
    IN_PROGRESS("In Progress"),
    PENDING("Pending"),
    RESOLVED("Resolved"),
    CLOSED("Closed");

    private final String label;

    TicketStatus(String label) {
        this.label = label;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    public static Set<TicketStatus> active() {
        return EnumSet.of(OPEN, IN_PROGRESS, PENDING);
    }

    /** The statuses a ticket in this status may move to next, in lifecycle order. */
    public Set<TicketStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(IN_PROGRESS, PENDING, RESOLVED, CLOSED);
            case IN_PROGRESS -> EnumSet.of(OPEN, PENDING, RESOLVED, CLOSED);
            case PENDING -> EnumSet.of(OPEN, IN_PROGRESS, RESOLVED, CLOSED);
            case RESOLVED -> EnumSet.of(OPEN, IN_PROGRESS, CLOSED);
            case CLOSED -> EnumSet.of(OPEN);
        };
    }

    /** Whether a ticket in this status may have its other fields changed: every status but closed. */
    public boolean editable() {
        return this != CLOSED;
    }

    public boolean mayMoveTo(TicketStatus to) {
        return next().contains(to);
    }

    public static TicketStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    public static TicketStatus parse(String field, String value) {
        return Arrays.stream(values())
                .filter(s -> s.code().equals(value))
                .findFirst()
                .orElseThrow(() -> new InvalidInput(field, "must be one of " + codes()));
    }

    static String codes() {
        return Arrays.stream(values()).map(TicketStatus::code).collect(Collectors.joining(", "));
    }
}
