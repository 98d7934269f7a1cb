package io.worktrackr.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Concurrent misses of one key share one load; a failed load fails every waiter at once and is not retried by each. */
class SharedLoadCacheTests {

    @Test
    void aFailedLoadFailsEveryWaiterOnceInsteadOfEachWaiterRunningItAgain() throws Exception {
        SharedLoadCache<String, String> cache = new SharedLoadCache<>(Duration.ofSeconds(1), 100);
        AtomicInteger loads = new AtomicInteger();
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(5);
        try {
            List<Future<String>> requests = new ArrayList<>();
            requests.add(threads.submit(() -> cache.get("token", k -> {
                loads.incrementAndGet();
                loading.countDown();
                await(release); // the database is away: the pool's bound runs out
                throw new IllegalStateException("no connection within the bound");
            })));
            assertThat(loading.await(5, TimeUnit.SECONDS)).isTrue();
            List<Thread> waiters = new java.util.concurrent.CopyOnWriteArrayList<>();
            for (int i = 0; i < 4; i++) {
                requests.add(threads.submit(() -> {
                    waiters.add(Thread.currentThread());
                    return cache.get("token", k -> {
                        loads.incrementAndGet();
                        throw new IllegalStateException("a waiter ran the load again");
                    });
                }));
            }
            // the four wait on the shared load (parked) before it fails
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (waiters.size() < 4 || waiters.stream().anyMatch(t -> t.getState() != Thread.State.WAITING)) {
                assertThat(System.nanoTime()).as("the waiters park on the load").isLessThan(deadline);
                Thread.onSpinWait();
            }
            release.countDown();

            for (Future<String> request : requests) {
                assertThatThrownBy(() -> request.get(5, TimeUnit.SECONDS))
                        .hasRootCauseInstanceOf(IllegalStateException.class)
                        .hasRootCauseMessage("no connection within the bound");
            }
            assertThat(loads).as("one load for five requests").hasValue(1);
            assertThat(cache.get("token", k -> "read again"))
                    .as("a failure is not kept")
                    .isEqualTo("read again");
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void nullIsNotKeptAndARemovalDropsALoadStillRunning() throws Exception {
        SharedLoadCache<String, String> cache = new SharedLoadCache<>(Duration.ofMinutes(1), 100);
        assertThat(cache.get("unknown", k -> null)).isNull();
        assertThat(cache.get("unknown", k -> "now known")).isEqualTo("now known");

        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Future<String> read = thread.submit(() -> cache.get("revoked", k -> {
                loading.countDown();
                await(release);
                return "old value";
            }));
            assertThat(loading.await(5, TimeUnit.SECONDS)).isTrue();
            cache.removeIf(v -> false); // a revocation commits while the read is running
            release.countDown();
            assertThat(read.get(5, TimeUnit.SECONDS)).isEqualTo("old value");
            assertThat(cache.get("revoked", k -> "read after the revocation")).isEqualTo("read after the revocation");
        } finally {
            thread.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
