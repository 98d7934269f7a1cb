package io.worktrackr.live;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * This node's part of live updates: collects the events of a transaction and hands them to the {@link LiveBus} once
 * it committed (never for a rolled-back one); receives every node's events from the bus into the {@link LiveHub};
 * keeps the {@link PresenceTable} from the presence beats of every node.
 */
final class LiveEngine {

    private static final Logger log = LoggerFactory.getLogger(LiveEngine.class);

    final String nodeId = UUID.randomUUID().toString();
    private final LiveHub hub;
    private final PresenceTable presence;
    private LiveBus bus = events -> {};

    LiveEngine(LiveHub hub, PresenceTable presence) {
        this.hub = hub;
        this.presence = presence;
    }

    void connect(LiveBus bus) {
        this.bus = bus;
    }

    LiveHub hub() {
        return hub;
    }

    /**
     * Sends the event once the current transaction has committed (at once without one). A transaction's events go
     * together, in order, with one {@code counts.changed} however many tickets changed. Nothing is sent on rollback.
     */
    void afterCommit(LiveEvent event) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            send(List.of(event));
            return;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.add(event);
    }

    /** From the bus: every node's events, this node's included. */
    void receive(LiveEvent event) {
        if (LiveEvent.PRESENCE_BEAT.equals(event.kind())) {
            if (!nodeId.equals(event.origin())) {
                applyBeat(event);
            }
            return;
        }
        hub.dispatch(event);
    }

    /** A beat of this node's caller: applied here at once (the answer shows it), then told to the other nodes. */
    List<Viewer> beat(
            UUID organisationId, UUID ticketId, UUID userId, String name, boolean composing, boolean leaving) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("ticketId", ticketId.toString());
        data.put("userId", userId.toString());
        data.put("name", name);
        data.put("composing", composing);
        data.put("leaving", leaving);
        LiveEvent beat = new LiveEvent(LiveEvent.PRESENCE_BEAT, organisationId, null, data, nodeId);
        applyBeat(beat);
        send(List.of(beat));
        return presence.viewers(new PresenceTable.Key(organisationId, ticketId));
    }

    /** Forgets viewers whose heartbeats stopped, and tells the organisations. */
    void expirePresence() {
        presence.expire().forEach(this::announce);
    }

    private void applyBeat(LiveEvent beat) {
        Map<String, Object> d = beat.data();
        presence.beat(
                        new PresenceTable.Key(beat.organisationId(), UUID.fromString((String) d.get("ticketId"))),
                        UUID.fromString((String) d.get("userId")),
                        Objects.toString(d.get("name"), ""),
                        Boolean.TRUE.equals(d.get("composing")),
                        Boolean.TRUE.equals(d.get("leaving")))
                .ifPresent(this::announce);
    }

    private void announce(PresenceTable.Change change) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("ticketId", change.key().ticketId());
        data.put(
                "viewers",
                change.viewers().stream()
                        .map(v -> Map.of("id", v.id(), "name", v.name(), "composing", v.composing()))
                        .toList());
        hub.dispatch(LiveEvent.toOrganisation(LiveEvent.PRESENCE, change.key().organisationId(), data));
    }

    private void send(List<LiveEvent> events) {
        try {
            bus.publish(events);
        } catch (RuntimeException e) {
            // after the commit: the change stands, only its push is lost (clients refetch on their next resync)
            log.warn("Live events not published: {}", e.toString());
        }
    }

    private final class Pending implements TransactionSynchronization {

        private final List<LiveEvent> events = new ArrayList<>();
        private final java.util.Set<UUID> countsChanged = new java.util.LinkedHashSet<>();

        void add(LiveEvent event) {
            if (LiveEvent.COUNTS_CHANGED.equals(event.kind())) {
                countsChanged.add(event.organisationId());
            } else {
                events.add(event);
            }
        }

        @Override
        public void afterCommit() {
            List<LiveEvent> all = new ArrayList<>(events);
            countsChanged.forEach(org -> all.add(LiveEvent.toOrganisation(LiveEvent.COUNTS_CHANGED, org, Map.of())));
            send(all);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(LiveEngine.this);
        }
    }
}
