package io.worktrackr.live;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open stream. Frames wait in a bounded buffer and are written by a drain task on a shared pool, never by the
 * thread that publishes: a client that reads slowly fills only its own buffer. When the buffer is full the client
 * is dropped: its waiting frames are replaced by one {@code resync} (so it refetches after reconnecting), and the
 * stream ends once that is written (or the write fails).
 *
 * <p>A drain writes everything waiting in one write and one flush, and of several waiting {@code counts.changed}
 * only the last (each only says "refetch the counts"). With the hub's paced pool ({@link PacedWriters}) a busy
 * stream is therefore written a few times a second however many changes happen: at a thousand streams and hundreds
 * of changes a second, a write per event per stream would take both cores from the requests making the changes.
 */
final class LiveClient {

    private static final Logger log = LoggerFactory.getLogger(LiveClient.class);

    /** Where frames go (the servlet response through an SseEmitter; a fake in tests). */
    interface Sink {
        /** Writes the frames in order, with one flush. */
        void send(List<Frame> frames) throws IOException;

        void close();
    }

    final UUID organisationId;
    final UUID userId;
    private final Sink sink;
    private final int capacity;
    private final Executor executor;
    private final Supplier<Frame> resync;
    private final Consumer<LiveClient> onClosed;

    private final ArrayDeque<Frame> buffer = new ArrayDeque<>();
    private boolean draining;
    private boolean dropping;
    private boolean closed;

    LiveClient(
            UUID organisationId,
            UUID userId,
            Sink sink,
            int capacity,
            Executor executor,
            Supplier<Frame> resync,
            Consumer<LiveClient> onClosed) {
        this.organisationId = organisationId;
        this.userId = userId;
        this.sink = sink;
        this.capacity = capacity;
        this.executor = executor;
        this.resync = resync;
        this.onClosed = onClosed;
    }

    /** Queues a frame; never blocks. False when the client is gone or being dropped. */
    boolean offer(Frame frame) {
        synchronized (this) {
            if (closed || dropping) {
                return false;
            }
            if (buffer.size() >= capacity) {
                buffer.clear();
                buffer.add(resync.get());
                dropping = true;
                log.info("Live stream of user {} dropped: {} frames waiting (a slow reader)", userId, capacity);
            } else {
                buffer.add(frame);
            }
            if (draining) {
                return !dropping;
            }
            draining = true;
        }
        schedule();
        return true;
    }

    /** Retries a drain that the pool refused (called from the heartbeat). */
    void kick() {
        synchronized (this) {
            if (closed || draining || buffer.isEmpty()) {
                return;
            }
            draining = true;
        }
        schedule();
    }

    private void schedule() {
        try {
            executor.execute(this::drain);
        } catch (RejectedExecutionException e) {
            synchronized (this) {
                draining = false; // the next heartbeat kicks it again
            }
        }
    }

    private void drain() {
        while (true) {
            List<Frame> frames;
            synchronized (this) {
                frames = takeWaiting();
                if (frames.isEmpty()) {
                    draining = false;
                    if (!dropping) {
                        return;
                    }
                }
            }
            if (frames.isEmpty()) {
                close();
                return;
            }
            try {
                sink.send(frames);
            } catch (IOException | RuntimeException e) {
                log.debug("Live stream of user {} ended: {}", userId, e.toString());
                close();
                return;
            }
        }
    }

    /** Everything waiting, in order, with only the last of several {@code counts.changed}. Under the lock. */
    private List<Frame> takeWaiting() {
        List<Frame> frames = new ArrayList<>(buffer.size());
        @Nullable Frame lastCounts = null;
        for (Frame frame : buffer) {
            if (frame.isCountsChanged()) {
                lastCounts = frame;
            }
        }
        for (Frame frame : buffer) {
            if (!frame.isCountsChanged() || frame == lastCounts) {
                frames.add(frame);
            }
        }
        buffer.clear();
        return frames;
    }

    /** Ends the stream (idempotent). */
    void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            buffer.clear();
        }
        // leave the hub before the sink ends: whoever sees the stream end (the servlet container, a test) then sees
        // the hub without it
        onClosed.accept(this);
        try {
            sink.close();
        } catch (RuntimeException e) {
            log.debug("Closing a live stream: {}", e.toString());
        }
    }

    synchronized boolean isClosed() {
        return closed;
    }
}
