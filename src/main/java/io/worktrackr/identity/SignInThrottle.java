package io.worktrackr.identity;

import static io.worktrackr.common.JdbcTime.toDb;

import io.worktrackr.common.JdbcTime;
import io.worktrackr.common.ProblemException;
import io.worktrackr.common.ProblemType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows password guessing, per e-mail address and per client address, on any number of nodes.
 *
 * <p>An attempt is <em>reserved</em> before the password is checked: under a row lock per key, the attempt is
 * counted and the next one scheduled. The first {@code free-attempts} within a window go through at once; after
 * that each attempt must wait a delay that doubles (1 s, 2 s, 4 s … up to {@code max-delay}), and no more than
 * {@code max-attempts} are evaluated per window whatever the timing. Because counting happens before checking,
 * 100 parallel guesses evaluate at most the free attempts, not 100. A delay, not a lock: the real owner of an
 * address someone is guessing at waits seconds, not a quarter of an hour. A successful sign-in clears its
 * address and gives its attempt back to the client address (a busy office behind one address is not punished
 * for its people signing in).
 */
@Component
@EnableConfigurationProperties(SignInThrottle.Limits.class)
class SignInThrottle {

    /** The limits of one kind of key. */
    record Limit(int freeAttempts, int maxAttempts) {}

    @ConfigurationProperties("worktrackr.identity.sign-in-throttle")
    record Limits(
            @Nullable Limit perAddress,
            @Nullable Limit perClient,
            @Nullable Duration window,
            @Nullable Duration baseDelay,
            @Nullable Duration maxDelay) {

        Limit address() {
            return perAddress == null ? new Limit(5, 20) : perAddress;
        }

        Limit client() {
            return perClient == null ? new Limit(30, 100) : perClient;
        }

        Duration windowOrDefault() {
            return window == null ? Duration.ofMinutes(15) : window;
        }

        Duration baseDelayOrDefault() {
            return baseDelay == null ? Duration.ofSeconds(1) : baseDelay;
        }

        Duration maxDelayOrDefault() {
            return maxDelay == null ? Duration.ofMinutes(15) : maxDelay;
        }
    }

    static final class TooManySignInAttempts extends ProblemException {
        TooManySignInAttempts(Duration wait) {
            super(
                    ProblemType.TOO_MANY_SIGN_IN_ATTEMPTS,
                    "Too many sign-in attempts. Try again in " + describe(wait)
                            + ", or ask an admin to reset the password.");
            with("retryAfterSeconds", wait.toSeconds());
        }

        private static String describe(Duration wait) {
            return wait.toSeconds() < 120 ? wait.toSeconds() + " seconds" : wait.toMinutes() + " minutes";
        }
    }

    /** What was reserved for one sign-in: settle it with {@link #succeeded}. */
    record Reservation(String addressKey, String clientKey) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Limits limits;
    private final TransactionTemplate ownTransaction;

    SignInThrottle(JdbcClient jdbc, Clock clock, Limits limits, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.limits = limits;
        this.ownTransaction = new TransactionTemplate(transactions);
        // the reservation counts even when the sign-in that follows fails (and rolls back)
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Counts an attempt for both keys, or refuses with 429 (nothing counted) when either must wait. */
    Reservation reserve(String normalisedEmail, String clientAddress) {
        Reservation reservation =
                new Reservation("address:" + normalisedEmail, "client:" + clientAddress.toLowerCase(Locale.ROOT));
        ensureRow(reservation.addressKey());
        ensureRow(reservation.clientKey());
        ownTransaction.executeWithoutResult(status -> {
            // whole milliseconds: what the databases store exactly, so waits computed from stored instants are exact
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            // locked in a fixed order, so two reservations never wait for each other crosswise
            List<String> keys = reservation.addressKey().compareTo(reservation.clientKey()) < 0
                    ? List.of(reservation.addressKey(), reservation.clientKey())
                    : List.of(reservation.clientKey(), reservation.addressKey());
            List<Row> rows = keys.stream().map(this::lock).toList();
            Duration wait = Duration.ZERO;
            for (Row row : rows) {
                Duration rowWait = row.fresh(now, limits.windowOrDefault()).waitAt(now, limitOf(row), limits);
                wait = rowWait.compareTo(wait) > 0 ? rowWait : wait;
            }
            if (!wait.isZero()) {
                throw new TooManySignInAttempts(wait);
            }
            for (Row row : rows) {
                store(row.fresh(now, limits.windowOrDefault()).counted(now, limitOf(row), limits));
            }
        });
        return reservation;
    }

    /** The password was right: the address starts afresh, and the client gets its attempt back. */
    void succeeded(Reservation reservation) {
        jdbc.sql("DELETE FROM sign_in_throttle WHERE throttle_key = :key")
                .param("key", reservation.addressKey())
                .update();
        jdbc.sql("UPDATE sign_in_throttle SET attempts = attempts - 1 WHERE throttle_key = :key AND attempts > 0")
                .param("key", reservation.clientKey())
                .update();
    }

    private Limit limitOf(Row row) {
        return row.key().startsWith("address:") ? limits.address() : limits.client();
    }

    private void ensureRow(String key) {
        try {
            jdbc.sql("""
                    INSERT INTO sign_in_throttle (throttle_key, window_started_at, attempts)
                    SELECT :key, :now, 0 WHERE NOT EXISTS (SELECT 1 FROM sign_in_throttle WHERE throttle_key = :key)""").param("key", key).param("now", toDb(clock.instant())).update();
        } catch (DuplicateKeyException raced) {
            // another attempt made the row at the same moment: it exists, which is all this wanted
        }
    }

    private Row lock(String key) {
        return jdbc.sql("""
                SELECT throttle_key, window_started_at, attempts, next_allowed_at
                FROM sign_in_throttle WHERE throttle_key = :key FOR UPDATE""")
                .param("key", key)
                .query((rs, i) -> new Row(
                        rs.getString("throttle_key"),
                        java.util.Objects.requireNonNull(JdbcTime.fromDb(rs, "window_started_at")),
                        rs.getInt("attempts"),
                        JdbcTime.fromDb(rs, "next_allowed_at")))
                .single();
    }

    private void store(Row row) {
        jdbc.sql("""
                UPDATE sign_in_throttle SET window_started_at = :start, attempts = :attempts, next_allowed_at = :next
                WHERE throttle_key = :key""")
                .param("key", row.key())
                .param("start", toDb(row.windowStartedAt()))
                .param("attempts", row.attempts())
                .param("next", row.nextAllowedAt() == null ? null : toDb(row.nextAllowedAt()))
                .update();
    }

    /** One key's count in its current window and when its next attempt may come. */
    record Row(
            String key,
            Instant windowStartedAt,
            int attempts,
            @Nullable Instant nextAllowedAt) {

        /** A window that is over, with no delay pending, starts again from nothing. */
        Row fresh(Instant now, Duration window) {
            boolean windowOver = !now.isBefore(windowStartedAt.plus(window));
            boolean delayOver = nextAllowedAt == null || !now.isBefore(nextAllowedAt);
            return windowOver && delayOver ? new Row(key, now, 0, null) : this;
        }

        Duration waitAt(Instant now, Limit limit, Limits limits) {
            if (attempts >= limit.maxAttempts()) {
                Instant windowEnd = windowStartedAt.plus(limits.windowOrDefault());
                Instant until = nextAllowedAt != null && nextAllowedAt.isAfter(windowEnd) ? nextAllowedAt : windowEnd;
                return roundedUp(Duration.between(now, until));
            }
            return nextAllowedAt != null && now.isBefore(nextAllowedAt)
                    ? roundedUp(Duration.between(now, nextAllowedAt))
                    : Duration.ZERO;
        }

        Row counted(Instant now, Limit limit, Limits limits) {
            int counted = attempts + 1;
            if (counted < limit.freeAttempts()) {
                return new Row(key, windowStartedAt, counted, null);
            }
            // the free attempts are used: each further one waits twice as long as the one before
            int doublings = Math.min(counted - limit.freeAttempts(), 30);
            Duration delay = limits.baseDelayOrDefault().multipliedBy(1L << doublings);
            Duration capped = delay.compareTo(limits.maxDelayOrDefault()) > 0 ? limits.maxDelayOrDefault() : delay;
            return new Row(key, windowStartedAt, counted, now.plus(capped));
        }

        private static Duration roundedUp(Duration wait) {
            long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
            return Duration.ofSeconds(Math.max(seconds, 1));
        }
    }
}
