package io.worktrackr.platform;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Logs refused requests at most once per interval, with how many there were: during an outage every request
 * fails the same way, and a line per request would flood the log (and slow the node) when it matters least.
 */
@Component
class DatabaseOutageLog {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);
    private static final Duration INTERVAL = Duration.ofSeconds(10);

    private final AtomicLong refusedSinceLastLine = new AtomicLong();
    private final AtomicLong nextLineAt = new AtomicLong();

    void refused(Throwable cause) {
        long refused = refusedSinceLastLine.incrementAndGet();
        long now = System.nanoTime();
        long due = nextLineAt.get();
        if (now - due >= 0 && nextLineAt.compareAndSet(due, now + INTERVAL.toNanos())) {
            refusedSinceLastLine.addAndGet(-refused);
            log.warn("Database out of reach: {} request(s) answered 503 (latest: {})", refused, rootMessage(cause));
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
