package io.worktrackr.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's {@link Clock} in tests: real time (so that things made one after the other keep their
 * order) shifted by an offset the test controls. {@link #advance} moves "now" forward without waiting,
 * {@link #set} jumps to an instant, {@link #reset} (before every integration test) removes the offset.
 */
public final class MutableClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    /** When set, "now" stands still there (moved only by {@link #advance}); null: time goes on. */
    private final AtomicReference<Instant> frozenAt = new AtomicReference<>();

    public MutableClock() {
        this(Clock.systemUTC());
    }

    public MutableClock(Clock base) {
        this.base = base;
    }

    /** Moves "now" forward (or back, with a negative duration) for everything that asks the clock. */
    public void advance(Duration duration) {
        offset.updateAndGet(current -> current.plus(duration));
        frozenAt.updateAndGet(frozen -> frozen == null ? null : frozen.plus(duration));
    }

    /** Stops time where it is, for rules whose outcome depends on how much real time a slow machine takes. */
    public void freeze() {
        frozenAt.set(instant());
    }

    /** Makes "now" the given instant; time goes on from there (or stays there, after a freeze). */
    public void set(Instant now) {
        offset.set(Duration.between(base.instant(), now));
        frozenAt.updateAndGet(frozen -> frozen == null ? null : now);
    }

    /**
     * Stops time at the given instant until {@link #set} or {@link #advance} (which move the stopped time) or
     * {@link #reset}: for tests that compare instants to the microsecond (e.g. SLA due times).
     */
    public void freeze(Instant now) {
        set(now);
        frozenAt.set(now);
    }

    /** Back to real time. */
    public void reset() {
        offset.set(Duration.ZERO);
        frozenAt.set(null);
    }

    @Override
    public Instant instant() {
        Instant frozen = frozenAt.get();
        return frozen != null ? frozen : base.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the application's clock is UTC");
    }
}
