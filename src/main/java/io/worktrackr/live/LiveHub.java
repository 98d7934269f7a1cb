package io.worktrackr.live;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * This node's streams and its replay ring. Every event that reaches the node (from the bus, or presence computed
 * here) gets the node's next id {@code <epoch>-<seq>}, goes into the ring (kept {@code replayWindow}, at most
 * {@code replayCapacity}) and into the buffer of every stream of its organisation (and recipient). A reconnect with
 * {@code Last-Event-ID} of this node's current epoch replays what the ring still holds after it; anything else (an
 * id of another node or of before a bus outage, or too old) is answered with {@code resync}.
 */
final class LiveHub {

    private record Stamped(long seq, Instant at, LiveEvent event, Frame frame) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Clock clock;
    private final LiveProperties properties;
    private final Executor writers;
    private final Object lock = new Object();
    private final ArrayDeque<Stamped> ring = new ArrayDeque<>();
    private final Map<UUID, Set<LiveClient>> clients = new ConcurrentHashMap<>();

    private String epoch = newEpoch();
    private long seq;
    /** The highest sequence number no longer in the ring (replay from before it is impossible). */
    private long forgottenUpTo;
    /** {@code id(seq)}, readable without the lock. */
    private volatile String latestId = id(0);

    LiveHub(Clock clock, LiveProperties properties, Executor writers) {
        this.clock = clock;
        this.properties = properties;
        this.writers = writers;
    }

    /** Stamps and fans out one event to this node's streams. Never blocks on a client. */
    void dispatch(LiveEvent event) {
        String data = JSON.writeValueAsString(event.data());
        synchronized (lock) {
            seq++;
            latestId = id(seq);
            Frame frame = Frame.event(id(seq), event.kind(), data);
            ring.addLast(new Stamped(seq, clock.instant(), event, frame));
            forget();
            for (LiveClient client : clients.getOrDefault(event.organisationId(), Set.of())) {
                if (event.recipientId() == null || event.recipientId().equals(client.userId)) {
                    client.offer(frame);
                }
            }
        }
    }

    /**
     * Opens a stream: the hello frame (reconnect hint), then what the caller missed since {@code lastEventId} (or
     * {@code resync} when that cannot be told), then live events, with nothing lost or repeated in between.
     */
    LiveClient subscribe(UUID organisationId, UUID userId, @Nullable String lastEventId, LiveClient.Sink sink) {
        LiveClient client = new LiveClient(
                organisationId, userId, sink, properties.clientBuffer(), writers, this::resyncFrame, this::remove);
        synchronized (lock) {
            client.offer(Frame.hello(3000));
            if (lastEventId != null && !lastEventId.isBlank()) {
                List<Stamped> missed = replay(lastEventId.trim());
                if (missed == null) {
                    client.offer(resyncFrame());
                } else {
                    missed.stream()
                            .filter(s -> s.event().visibleTo(organisationId, userId))
                            .forEach(s -> client.offer(s.frame()));
                }
            }
            clients.computeIfAbsent(organisationId, k -> ConcurrentHashMap.newKeySet())
                    .add(client);
        }
        return client;
    }

    /**
     * After the node may have missed events (its bus connection was lost): every stream refetches, and ids from
     * before can no longer be replayed (a new epoch).
     */
    void resyncAll() {
        synchronized (lock) {
            epoch = newEpoch();
            latestId = id(seq);
            ring.clear();
            forgottenUpTo = seq;
            Frame resync = resyncFrame();
            clients.values().forEach(set -> set.forEach(client -> client.offer(resync)));
        }
    }

    /** A comment line to every stream (keeps proxies from closing idle ones), and old events forgotten. */
    void heartbeat() {
        Frame beat = Frame.comment("");
        synchronized (lock) {
            forget();
        }
        clients.values()
                .forEach(set -> set.forEach(client -> {
                    client.kick();
                    client.offer(beat);
                }));
    }

    int streams() {
        return clients.values().stream().mapToInt(Set::size).sum();
    }

    /** Ends every stream (the node stops): browsers reconnect, to this node or another. */
    void closeAll() {
        clients.values().forEach(set -> List.copyOf(set).forEach(LiveClient::close));
    }

    /** The node stops: streams end, then the writers (the hub owns them). */
    void shutdown() {
        closeAll();
        if (writers instanceof ExecutorService pool) {
            pool.shutdownNow();
        } else if (writers instanceof PacedWriters paced) {
            paced.close();
        }
    }

    private void remove(LiveClient client) {
        clients.computeIfPresent(client.organisationId, (org, set) -> {
            set.remove(client);
            return set.isEmpty() ? null : set;
        });
    }

    /** Without the lock (a client asks while holding its own): the latest id is published in a volatile field. */
    private Frame resyncFrame() {
        return Frame.event(latestId, LiveEvent.RESYNC, "{}");
    }

    /** The events after {@code lastEventId}, or null when the ring cannot tell (resync instead). Under the lock. */
    private @Nullable List<Stamped> replay(String lastEventId) {
        int dash = lastEventId.lastIndexOf('-');
        if (dash <= 0 || !lastEventId.substring(0, dash).equals(epoch)) {
            return null;
        }
        long last;
        try {
            last = Long.parseLong(lastEventId.substring(dash + 1));
        } catch (NumberFormatException e) {
            return null;
        }
        forget();
        if (last < forgottenUpTo || last > seq) {
            return null;
        }
        return ring.stream().filter(s -> s.seq() > last).toList();
    }

    /**
     * Forgets from the oldest end: beyond the capacity, older than the window, or stamped after "now" (the clock was
     * set back, as tests do: such an entry's age is unknown, and forgetting it only costs a resync).
     */
    private void forget() {
        Instant now = clock.instant();
        Instant oldest = now.minus(properties.replayWindow());
        while (!ring.isEmpty()
                && (ring.size() > properties.replayCapacity()
                        || ring.peekFirst().at().isBefore(oldest)
                        || ring.peekFirst().at().isAfter(now))) {
            forgottenUpTo = ring.removeFirst().seq();
        }
    }

    private String id(long sequence) {
        return epoch + "-" + sequence;
    }

    private static String newEpoch() {
        return Long.toString(System.nanoTime() ^ UUID.randomUUID().getMostSignificantBits(), 36)
                .replace("-", "");
    }
}
