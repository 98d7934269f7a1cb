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
        final CountDownLatch release = new CountDownLatch(1);
        final CountDownLatch closed = new CountDownLatch(1);
        final boolean stuck;

        FakeSink(boolean stuck) {
            this.stuck = stuck;
        }

        @Override
        public void send(Frame frame) throws java.io.IOException {
            if (stuck) {
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    throw new java.io.IOException(e);
                }
            }
            synchronized (frames) {
                frames.add(frame);
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

    @Test
    void aClientThatStopsReadingIsDroppedWithResyncAndDoesNotHoldUpTheOthers() throws Exception {
        ExecutorService writers = Executors.newCachedThreadPool();
        try {
            LiveProperties properties = new LiveProperties(
                    Duration.ofMinutes(2),
                    10_000,
                    Duration.ofSeconds(15),
                    32,
                    Duration.ofMinutes(5),
                    Duration.ofSeconds(30));
            LiveHub hub = new LiveHub(Clock.systemUTC(), properties, writers);
            UUID org = UUID.randomUUID();
            FakeSink slow = new FakeSink(true);
            FakeSink fast = new FakeSink(false);
            hub.subscribe(org, UUID.randomUUID(), null, slow);
            hub.subscribe(org, UUID.randomUUID(), null, fast);

            // ten bursts of ten, each one delivered to the fast client before the next: the slow one, stuck on its
            // first frame, overflows its buffer of 32 on the way
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            for (int burst = 1; burst <= 10; burst++) {
                for (int i = 0; i < 10; i++) {
                    hub.dispatch(LiveEvent.toOrganisation(LiveEvent.COUNTS_CHANGED, org, java.util.Map.of()));
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
            assertThat(fast.events()).hasSize(100).containsOnly("counts.changed");
        } finally {
            writers.shutdownNow();
        }
    }
}
