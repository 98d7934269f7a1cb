package io.worktrackr.notifications;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One event for one recipient. {@code source} names the event (with {@code kind} and the recipient it is unique,
 * so a repeated delivery is recognised); {@code actorId} is who acted, null for the system. {@code causedBy} is the
 * person whose own change made the system act (an automation rule reacting to it), null otherwise: like the actor,
 * they are not told about it.
 */
record Delivery(
        UUID organisationId,
        UUID recipientId,
        UUID ticketId,
        NotificationKind kind,
        String source,
        @Nullable UUID actorId,
        Instant at,
        @Nullable UUID causedBy) {

    /** An event a person or the system caused directly. */
    Delivery(
            UUID organisationId,
            UUID recipientId,
            UUID ticketId,
            NotificationKind kind,
            String source,
            @Nullable UUID actorId,
            Instant at) {
        this(organisationId, recipientId, ticketId, kind, source, actorId, at, null);
    }

    /** The recipient did this, or their own change made an automation rule do it. */
    boolean toldAboutTheirOwnDoing() {
        return recipientId.equals(actorId) || recipientId.equals(causedBy);
    }
}
