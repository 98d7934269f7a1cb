package io.worktrackr.live;

import io.worktrackr.conversation.CommentPosted;
import io.worktrackr.notifications.NotificationArrived;
import io.worktrackr.tickets.FieldChange;
import io.worktrackr.tickets.TicketChanged;
import io.worktrackr.tickets.TicketCreated;
import io.worktrackr.tickets.TicketField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns other modules' events into live events.
 *
 * <p>Why plain {@code @EventListener}s that run inside the changing transaction and only register the push for
 * after its commit ({@link LiveEngine#afterCommit}), rather than {@code @ApplicationModuleListener} or
 * {@code @TransactionalEventListener(AFTER_COMMIT)}: both of those go through Spring Modulith's event publication
 * registry (a row written in the user's transaction and completed afterwards, for every event and listener), which
 * buys what a push does not need — surviving a crash: a browser that lost its node reconnects and resyncs anyway.
 * The registry would double the writes of every ticket change for nothing, and the asynchronous variant adds a thread
 * hop of delay. What a push does need is kept: it is sent only after the commit, never for a rolled-back change (the
 * transaction synchronization runs {@code afterCommit} only on commit), and a failure to send never reaches the user's
 * request (the change stands; clients repair a lost push on their next resync).
 */
@Component
class LiveReactions {

    /** Fields whose change can move a ticket between views (and so change counts). */
    private static final Set<String> COUNTED = Set.of(
            TicketField.STATUS.activityName(), TicketField.QUEUE.activityName(), TicketField.ASSIGNEE.activityName());

    private final LiveEngine engine;

    LiveReactions(LiveEngine engine) {
        this.engine = engine;
    }

    @EventListener
    void on(TicketCreated event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", event.ticketId());
        data.put("number", event.number());
        engine.afterCommit(LiveEvent.toOrganisation(LiveEvent.TICKET_CREATED, event.organisationId(), data));
        engine.afterCommit(LiveEvent.toOrganisation(LiveEvent.COUNTS_CHANGED, event.organisationId(), Map.of()));
    }

    @EventListener
    void on(TicketChanged event) {
        List<String> fields = event.changes().stream()
                .map(FieldChange::field)
                .map(f -> TicketField.fromActivityName(f)
                        .map(TicketField::requestName)
                        .orElse(f))
                .distinct()
                .toList();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", event.ticketId());
        data.put("number", event.number());
        data.put("version", event.version());
        data.put("changedFields", fields);
        engine.afterCommit(LiveEvent.toOrganisation(LiveEvent.TICKET_CHANGED, event.organisationId(), data));
        if (event.changes().stream().map(FieldChange::field).anyMatch(COUNTED::contains)) {
            engine.afterCommit(LiveEvent.toOrganisation(LiveEvent.COUNTS_CHANGED, event.organisationId(), Map.of()));
        }
    }

    /** Only to the recipient's own streams. */
    @EventListener
    void on(NotificationArrived event) {
        engine.afterCommit(new LiveEvent(
                LiveEvent.NOTIFICATION_CREATED,
                event.organisationId(),
                event.recipientId(),
                Map.of("unreadCount", event.unreadCount()),
                null));
    }

    @EventListener
    void on(CommentPosted event) {
        engine.afterCommit(LiveEvent.toOrganisation(
                LiveEvent.COMMENT_ADDED, event.organisationId(), Map.of("ticketId", event.ticketId())));
    }
}
