package io.worktrackr.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PacedWritersTests {

    @Test
    void ticksSpreadOutWithTheStreamsWrittenBoundedByFourFlushIntervals() {
        try (PacedWriters writers = new PacedWriters(Duration.ofMillis(50), 10_000)) {
            // a quiet node: the next push goes out at the next short tick
            assertThat(writers.nextPauseNanos(0)).isEqualTo(ms(50));
            assertThat(writers.nextPauseNanos(400)).isEqualTo(ms(50));
            // 1,000 busy streams at 10,000 writes a second: every 100 ms
            assertThat(writers.nextPauseNanos(1_000)).isEqualTo(ms(100));
            // never more than four intervals, however many streams
            assertThat(writers.nextPauseNanos(100_000)).isEqualTo(ms(200));
        }
    }

    @Test
    void aQueuedDrainRunsAtTheNextTickAndTheTicksGoOn() throws InterruptedException {
        try (PacedWriters writers = new PacedWriters(Duration.ofMillis(5), 10_000)) {
            CountDownLatch first = new CountDownLatch(1);
            writers.execute(first::countDown);
            assertThat(first.await(5, TimeUnit.SECONDS)).isTrue();
            CountDownLatch second = new CountDownLatch(1);
            writers.execute(second::countDown);
            assertThat(second.await(5, TimeUnit.SECONDS)).isTrue();
        }
    }

    private static long ms(long millis) {
        return TimeUnit.MILLISECONDS.toNanos(millis);
    }
}
