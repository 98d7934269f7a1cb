package io.worktrackr.automation;

import io.worktrackr.conversation.Visibility;
import io.worktrackr.tickets.AutomationCause;
import io.worktrackr.tickets.FieldChange;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What happened to a ticket, as the rules see it: the trigger type, who did it (a person, or automation with its
 * cause), the changed fields (ticket_changed), the comment's visibility (comment_added), and the human words for
 * it that start a cause chain ({@code #12 was created}). {@code actorId} is the person whose change it was (null for
 * automation, time and SLA clocks).
 */
record TriggerEvent(
        TriggerType type,
        UUID organisationId,
        UUID ticketId,
        Instant at,
        @Nullable AutomationCause cause,
        List<FieldChange> changes,
        @Nullable Visibility visibility,
        String what,
        @Nullable String claimKey,
        @Nullable Instant claimSince,
        @Nullable UUID actorId) {

    /** A time trigger's firing: claimed per ticket, rule version and period; nobody acted. */
    TriggerEvent(
            TriggerType type,
            UUID organisationId,
            UUID ticketId,
            Instant at,
            List<FieldChange> changes,
            String what,
            String claimKey,
            Instant claimSince) {
        this(type, organisationId, ticketId, at, null, changes, null, what, claimKey, claimSince, null);
    }

    /** An event (not a time trigger): no claim. */
    TriggerEvent(
            TriggerType type,
            UUID organisationId,
            UUID ticketId,
            Instant at,
            @Nullable AutomationCause cause,
            List<FieldChange> changes,
            @Nullable Visibility visibility,
            String what) {
        this(type, organisationId, ticketId, at, cause, changes, visibility, what, null, null, null);
    }

    /** A ticket's creation, by the person who created it (null: nobody, as the dry-run replays it). */
    static TriggerEvent created(UUID organisationId, UUID ticketId, long number, Instant at, @Nullable UUID person) {
        return new TriggerEvent(
                        TriggerType.TICKET_CREATED,
                        organisationId,
                        ticketId,
                        at,
                        null,
                        List.of(),
                        null,
                        "#" + number + " was created")
                .by(person);
    }

    /** This event as a person's change. */
    TriggerEvent by(@Nullable UUID person) {
        return new TriggerEvent(
                type, organisationId, ticketId, at, cause, changes, visibility, what, claimKey, claimSince, person);
    }

    /** The person whose change started this (directly, or through the rules that reacted to it); null: nobody. */
    @Nullable UUID causedBy() {
        return cause == null ? actorId : cause.causedBy();
    }

    boolean byAutomation() {
        return cause != null;
    }

    /** How many automated changes led here (0: a person's change, or time). */
    int depth() {
        return cause == null ? 0 : cause.depth();
    }

    /** The cause chain a change made in reaction to this reads. */
    String because() {
        return cause == null ? "because " + what : "because rule “" + cause.ruleName() + "” " + what;
    }
}
