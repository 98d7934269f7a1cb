package io.worktrackr.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Who views which ticket, as this node has heard (every node hears every heartbeat through the bus). An entry
 * lives {@code timeout} after its last heartbeat ({@link Clock}: tests move time). Each change of a ticket's
 * viewers (someone came, left, started or stopped composing, or timed out) is one {@code presence} event.
 */
final class PresenceTable {

    record Key(UUID organisationId, UUID ticketId) {}

    private record Entry(String name, boolean composing, Instant lastSeen) {}

    /** A ticket's viewers changed: the event to send. */
    record Change(Key key, List<Viewer> viewers) {}

    private final Clock clock;
    private final Duration timeout;
    private final Map<Key, Map<UUID, Entry>> tickets = new HashMap<>();

    PresenceTable(Clock clock, Duration timeout) {
        this.clock = clock;
        this.timeout = timeout;
    }

    /** A heartbeat (or, with {@code leaving}, its end); the change to announce, if the viewers changed. */
    synchronized java.util.Optional<Change> beat(
            Key key, UUID userId, String name, boolean composing, boolean leaving) {
        Map<UUID, Entry> viewers = tickets.computeIfAbsent(key, k -> new LinkedHashMap<>());
        Entry before =
                leaving ? viewers.remove(userId) : viewers.put(userId, new Entry(name, composing, clock.instant()));
        if (viewers.isEmpty()) {
            tickets.remove(key);
        }
        boolean changed = leaving
                ? before != null
                : before == null || before.composing() != composing || !Objects.equals(before.name(), name);
        return changed ? java.util.Optional.of(new Change(key, viewersOf(key))) : java.util.Optional.empty();
    }

    synchronized List<Viewer> viewers(Key key) {
        return viewersOf(key);
    }

    /** Removes everyone not heard from within the timeout; the changes to announce. */
    synchronized List<Change> expire() {
        Instant oldest = clock.instant().minus(timeout);
        List<Change> changes = new ArrayList<>();
        for (var it = tickets.entrySet().iterator(); it.hasNext(); ) {
            var ticket = it.next();
            boolean removed =
                    ticket.getValue().values().removeIf(e -> e.lastSeen().isBefore(oldest));
            if (ticket.getValue().isEmpty()) {
                it.remove();
            }
            if (removed) {
                changes.add(new Change(ticket.getKey(), List.of()));
            }
        }
        return changes.stream()
                .map(c -> new Change(c.key(), viewersOf(c.key())))
                .toList();
    }

    private List<Viewer> viewersOf(Key key) {
        return tickets.getOrDefault(key, Map.of()).entrySet().stream()
                .map(e ->
                        new Viewer(e.getKey(), e.getValue().name(), e.getValue().composing()))
                .sorted(Comparator.comparing(Viewer::name).thenComparing(Viewer::id))
                .toList();
    }
}
