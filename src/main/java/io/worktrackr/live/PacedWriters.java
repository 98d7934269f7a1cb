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
 * The hub's writer pool, paced: a stream's drain task waits for the next tick (every {@code flushInterval}, 50 ms
 * by default) and then runs on one of a bounded number of writer threads. Everything that reached a stream between
 * two ticks goes out in one write ({@link LiveClient}).
 *
 * <p>Why: delivered at once, every event costs a task, a write and a flush per stream. Measured at 1,000 streams on
 * 2 cores, status changes (two events each) fell from 239 to 46 a second and streams overflowed their buffers. Paced,
 * a stream is written at most {@code 1 s / flushInterval} times a second whatever the rate of changes, for at most
 * {@code flushInterval} more delay.
 *
 * <p>Each stream has at most one drain task queued or running (its {@code draining} flag), so the queue holds at most
 * one task per stream and never refuses one. A write to a client that stopped reading blocks its thread until the
 * socket gives up; {@link #THREADS} of them would hold up the rest until then, while the bounded per-stream buffer
 * drops such a client as soon as it falls behind.
 */
final class PacedWriters implements Executor, AutoCloseable {

    static final int THREADS = 32;

    private static final Logger log = LoggerFactory.getLogger(PacedWriters.class);

    private final ConcurrentLinkedQueue<Runnable> due = new ConcurrentLinkedQueue<>();
    private final ThreadPoolExecutor writers;
    private final ScheduledExecutorService ticker;

    PacedWriters(Duration flushInterval) {
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
        long every = Math.max(1, flushInterval.toMillis());
        ticker.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
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
        try {
            for (Runnable task = due.poll(); task != null; task = due.poll()) {
                writers.execute(task);
            }
        } catch (RuntimeException e) {
            // a stopped pool refuses; anything else must not end the ticker (a scheduled task that throws stops)
            log.debug("Live writers: {}", e.toString());
        }
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        writers.shutdownNow();
        due.clear();
    }
}
