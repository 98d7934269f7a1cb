package io.worktrackr.live;

import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hub's writer pool, paced: a stream's drain task waits for the next tick and then runs on one of a bounded number
 * of writer threads. Everything that reached a stream between two ticks goes out in one write ({@link LiveClient}).
 *
 * <p>Why: delivered at once, every event costs a task, a write and a flush per stream. Measured at 1,000 streams on
 * 2 cores, status changes (two events each) fell from 239 to 46 a second and streams overflowed their buffers. Paced,
 * a stream is written at most once a tick whatever the rate of changes.
 *
 * <p>The ticks are {@code flushInterval} apart (50 ms by default: the most a push waits on a quiet node) and further
 * apart when many streams are busy: the next tick waits at least as long as the streams written at this one take at
 * {@code writesPerSecond} (5,000 by default: 1,000 busy streams are written every 200 ms), and at most
 * {@link #SLOWEST} flush intervals. The cost of live updates is one socket write per busy stream per tick (perf at
 * 1,000 streams: the write system call and TCP, not the per-event work), so under a stream of changes it stays bounded
 * while a single change on a quiet node still goes out at the next short tick.
 *
 * <p>Each stream has at most one drain task queued or running (its {@code draining} flag), so the queue holds at most
 * one task per stream and never refuses one. A write to a client that stopped reading blocks its thread until the
 * socket gives up; {@link #THREADS} of them would hold up the rest until then, while the bounded per-stream buffer
 * drops such a client as soon as it falls behind.
 */
final class PacedWriters implements Executor, AutoCloseable {

    static final int THREADS = 32;

    /** Ticks are never further apart than this many flush intervals (the delay a push may take under load). */
    static final int SLOWEST = 4;

    private static final Logger log = LoggerFactory.getLogger(PacedWriters.class);

    private final ConcurrentLinkedQueue<Runnable> due = new ConcurrentLinkedQueue<>();
    private final ThreadPoolExecutor writers;
    private final ScheduledExecutorService ticker;
    private final long intervalNanos;
    private final long nanosPerWrite;

    PacedWriters(Duration flushInterval, int writesPerSecond) {
        AtomicInteger count = new AtomicInteger();
        writers = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread thread = new Thread(r, "live-write-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        writers.allowCoreThreadTimeOut(true);
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "live-flush");
            thread.setDaemon(true);
            return thread;
        });
        intervalNanos = Math.max(TimeUnit.MILLISECONDS.toNanos(1), flushInterval.toNanos());
        nanosPerWrite = TimeUnit.SECONDS.toNanos(1) / Math.max(1, writesPerSecond);
        ticker.schedule(this::tick, intervalNanos, TimeUnit.NANOSECONDS);
    }

    /** The pause before the next tick after {@code written} streams were handed to the writers at this one. */
    long nextPauseNanos(int written) {
        return Math.min(SLOWEST * intervalNanos, Math.max(intervalNanos, written * nanosPerWrite));
    }

    /** Queues the task for the next tick; refused only after {@link #close()}. */
    @Override
    public void execute(Runnable task) {
        if (writers.isShutdown()) {
            throw new RejectedExecutionException("live writers stopped");
        }
        due.add(task);
    }

    private void tick() {
        int written = 0;
        try {
            for (Runnable task = due.poll(); task != null; task = due.poll()) {
                writers.execute(task);
                written++;
            }
        } catch (RuntimeException e) {
            // a stopped pool refuses; anything else must not end the ticker
            log.debug("Live writers: {}", e.toString());
        }
        try {
            ticker.schedule(this::tick, nextPauseNanos(written), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            // closed: no more ticks
        }
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        writers.shutdownNow();
        due.clear();
    }
}
