package io.worktrackr.tickets;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Someone else changed a field this request changes (or expects) since the client saw it: the field holds neither
 * the value the client expected nor the value it sends. Nothing was saved. Carries, per field, what the client saw,
 * what it sent, what the field holds now and who changed it (from the activity log), so the web layer can answer
 * 409 {@code field-conflict} and the client can offer "keep mine" / "take theirs".
 */
public class FieldConflict extends RuntimeException {

    /** One conflicting field; raw values as in {@link TicketChanges#expected()}. */
    public record Conflict(
            TicketField field,
            @Nullable String expected,
            @Nullable String yours,
            @Nullable String theirs,
            TicketFieldHistory.@Nullable LastChange lastChange) {}

    private final UUID ticketId;
    private final long number;
    private final List<Conflict> conflicts;

    public FieldConflict(UUID ticketId, long number, List<Conflict> conflicts) {
        super("#" + number + ": "
                + String.join(
                        ", ",
                        conflicts.stream().map(c -> c.field().requestName()).toList())
                + " changed by someone else meanwhile. Nothing was saved.");
        this.ticketId = ticketId;
        this.number = number;
        this.conflicts = List.copyOf(conflicts);
    }

    public UUID ticketId() {
        return ticketId;
    }

    public long number() {
        return number;
    }

    public List<Conflict> conflicts() {
        return conflicts;
    }
}
