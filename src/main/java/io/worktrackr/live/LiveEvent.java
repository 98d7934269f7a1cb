package io.worktrackr.live;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One event for the streams of one organisation (or of one person in it, {@code recipientId}), as it travels
 * between nodes: its {@code kind} is the SSE event name, {@code data} its JSON payload (ids, numbers, versions only).
 * {@code origin} is the node that published it (presence beats are applied at once on their own node).
 */
record LiveEvent(
        String kind,
        UUID organisationId,
        @Nullable UUID recipientId,
        Map<String, Object> data,
        @Nullable String origin) {

    static final String TICKET_CHANGED = "ticket.changed";
    static final String TICKET_CREATED = "ticket.created";
    static final String COUNTS_CHANGED = "counts.changed";
    static final String COMMENT_ADDED = "comment.added";
    static final String NOTIFICATION_CREATED = "notification.created";
    static final String PRESENCE = "presence";
    static final String RESYNC = "resync";

    /** Between nodes only: one viewer's heartbeat (or leaving), from which every node derives {@code presence}. */
    static final String PRESENCE_BEAT = "presence.beat";

    static LiveEvent toOrganisation(String kind, UUID organisationId, Map<String, Object> data) {
        return new LiveEvent(kind, organisationId, null, data, null);
    }

    boolean visibleTo(UUID organisationId, UUID userId) {
        return this.organisationId.equals(organisationId) && (recipientId == null || recipientId.equals(userId));
    }
}
