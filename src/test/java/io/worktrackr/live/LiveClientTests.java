package io.worktrackr.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * One node's hub with fake sinks: a client that stops reading fills only its own bounded buffer, is then dropped
 * with {@code resync}, and never holds up the others.
 */
class LiveClientTests {

    /** A sink that records frames; a stuck one blocks every write until released (a client that stopped reading). */
    static final class FakeSink implements LiveClient.Sink {
        final List<Frame> frames = new ArrayList<>();
        final List<Integer> writes = new ArrayList<>();
        final CountDownLatch release = new CountDownLatch(1);
        final CountDownLatch writing = new CountDownLatch(1);
        final CountDownLatch closed = new CountDownLatch(1);
        final boolean stuck;

        FakeSink(boolean stuck) {
            this.stuck = stuck;
        }

        @Override
        public void send(List<Frame> batch) throws java.io.IOException {
            writing.countDown();
            if (stuck) {
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    throw new java.io.IOException(e);
                }
            }
            synchronized (frames) {
                frames.addAll(batch);
                writes.add(batch.size());
            }
        }

        @Override
        public void close() {
            closed.countDown();
        }

        List<String> events() {
            synchronized (frames) {
                return frames.stream()
                        .filter(f -> f.event() != null)
                        .map(Frame::event)
                        .toList();
            }
        }
    }

    /** Production's settings, with a small write queue (32 frames) so that a stalled client is dropped fast. */
    private static final LiveProperties PROPERTIES = new LiveProperties(
            Duration.ofMinutes(2),
            10_000,
            Duration.ofSeconds(15),
            32,
            Duration.ofMinutes(5),
            Duration.ofSeconds(30),
            Duration.ofMillis(50),
            10_000);

    @Test
    void aClientThatStopsReadingIsDroppedWithResyncAndDoesNotHoldUpTheOthers() throws Exception {
        ExecutorService writers = Executors.newCachedThreadPool();
        try {
            LiveHub hub = new LiveHub(Clock.systemUTC(), PROPERTIES, writers);
            UUID org = UUID.randomUUID();
            FakeSink slow = new FakeSink(true);
            FakeSink fast = new FakeSink(false);
            hub.subscribe(org, UUID.randomUUID(), null, slow);
            hub.subscribe(org, UUID.randomUUID(), null, fast);
            // the slow one is stuck writing its hello before any event (a drain writes everything waiting at once)
            assertThat(slow.writing.await(10, TimeUnit.SECONDS)).isTrue();

            // ten bursts of ten, each one delivered to the fast client before the next: the slow one, stuck on its
            // first frame, overflows its buffer of 32 on the way
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            for (int burst = 1; burst <= 10; burst++) {
                for (int i = 0; i < 10; i++) {
                    hub.dispatch(LiveEvent.toOrganisation(
                            LiveEvent.TICKET_CHANGED, org, java.util.Map.of("id", burst * 100 + i)));
                }
                while (fast.events().size() < burst * 10) {
                    assertThat(System.nanoTime())
                            .as("the fast client gets burst " + burst + " while the slow one is stuck")
                            .isLessThan(deadline);
                    Thread.onSpinWait();
                }
            }

            slow.release.countDown();
            assertThat(slow.closed.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(hub.streams()).as("the slow one is gone").isEqualTo(1);
            assertThat(slow.events()).last().isEqualTo("resync");
            assertThat(slow.events().size()).isLessThanOrEqualTo(2);
            assertThat(fast.events()).hasSize(100).containsOnly("ticket.changed");
        } finally {
            writers.shutdownNow();
        }
    }

    @Test
    void everythingWaitingGoesOutInOneWriteWithOnlyTheLastCountsChanged() throws Exception {
        List<Runnable> due = new ArrayList<>();
        java.util.concurrent.Executor collecting = due::add; // a tick of the paced pool, run by hand below
        LiveHub hub = new LiveHub(Clock.systemUTC(), PROPERTIES, collecting);
        UUID org = UUID.randomUUID();
        FakeSink sink = new FakeSink(false);
        hub.subscribe(org, UUID.randomUUID(), null, sink);
        for (int i = 0; i < 3; i++) {
            hub.dispatch(LiveEvent.toOrganisation(LiveEvent.TICKET_CHANGED, org, java.util.Map.of("id", i)));
            hub.dispatch(LiveEvent.toOrganisation(LiveEvent.COUNTS_CHANGED, org, java.util.Map.of()));
        }

        assertThat(due)
                .as("one drain task for the stream, however many frames wait")
                .hasSize(1);
        due.get(0).run();

        assertThat(sink.writes).as("one write").containsExactly(5);
        assertThat(sink.events())
                .containsExactly("ticket.changed", "ticket.changed", "ticket.changed", "counts.changed");
        assertThat(sink.frames.get(0).text()).startsWith(":connected\nretry:3000\n\n");
        assertThat(sink.frames.get(1).text()).matches("id:[^\\n]+\nevent:ticket.changed\ndata:\\{\"id\":0\\}\n\n");
    }
}
