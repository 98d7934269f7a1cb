package io.worktrackr.identity;

import static io.worktrackr.common.JdbcTime.toDb;

import io.worktrackr.common.JdbcTime;
import io.worktrackr.common.ProblemException;
import io.worktrackr.common.ProblemType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
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
 * Limits "forgot password" requests (and sign-ups per client, members added per organisation) in a fixed window (default one hour), per client address and per e-mail
 * address, on any number of nodes: each key's row is locked while a request is counted, in a transaction of its
 * own (the count stays even when the request rolls back).
 *
 * <ul>
 *   <li>A client over its limit (default 20 requests) gets 429 {@code too-many-password-resets} with {@code
 *       retryAfterSeconds}: it says nothing about any address.
 *   <li>An address over its limit (default 3 requests) is dropped silently: the answer stays the same 202 (so
 *       nobody learns whether the address exists or was asked for), but no further e-mail goes to it, so nobody
 *       can flood a mailbox with reset links.
 * </ul>
 */
@Component
@EnableConfigurationProperties(PasswordResetThrottle.Limits.class)
class PasswordResetThrottle {

    @ConfigurationProperties("worktrackr.identity.password-reset-throttle")
    record Limits(
            @Nullable Integer perAddress,
            @Nullable Integer perClient,
            @Nullable Duration window,
            @Nullable Integer signUpsPerClient,
            @Nullable Integer memberAddsPerOrganisation) {

        int signUps() {
            return signUpsPerClient == null ? 10 : signUpsPerClient;
        }

        int memberAdds() {
            return memberAddsPerOrganisation == null ? 200 : memberAddsPerOrganisation;
        }

        int address() {
            return perAddress == null ? 3 : perAddress;
        }

        int client() {
            return perClient == null ? 20 : perClient;
        }

        Duration windowOrDefault() {
            return window == null ? Duration.ofHours(1) : window;
        }
    }

    static final class TooManyPasswordResets extends ProblemException {
        TooManyPasswordResets(Duration wait) {
            super(
                    ProblemType.TOO_MANY_PASSWORD_RESETS,
                    "Too many password reset requests from here. Try again in " + wait.toMinutes() + " minutes.");
            with("retryAfterSeconds", wait.toSeconds());
        }
    }

    static final class TooManyRequests extends ProblemException {
        TooManyRequests(String what, Duration wait) {
            super(
                    ProblemType.TOO_MANY_REQUESTS,
                    "Too many " + what + ". Try again in " + Math.max(1, wait.toMinutes()) + " minutes.");
            with("retryAfterSeconds", wait.toSeconds());
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Limits limits;
    private final TransactionTemplate ownTransaction;

    PasswordResetThrottle(JdbcClient jdbc, Clock clock, Limits limits, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.limits = limits;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Counts a request: 429 when the client is over its limit (nothing counted for the address); false when the
     * address is over its limit (send nothing, answer as always); true when a link may be sent.
     */
    boolean allow(String normalisedEmail, String clientAddress) {
        Duration clientWait = count("client:" + clientAddress.toLowerCase(Locale.ROOT), limits.client());
        if (!clientWait.isZero()) {
            throw new TooManyPasswordResets(clientWait);
        }
        return count("address:" + normalisedEmail, limits.address()).isZero();
    }

    /**
     * Counts a sign-up from a client address (same window): 429 {@code too-many-requests} over the limit (default
     * 10), so nobody can probe many addresses or make organisations by the thousand from one place.
     */
    void countSignUp(String clientAddress) {
        Duration wait = count("sign-up:" + clientAddress.toLowerCase(Locale.ROOT), limits.signUps());
        if (!wait.isZero()) {
            throw new TooManyRequests("sign-ups from here", wait);
        }
    }

    /** Counts a member added to an organisation (same window): 429 {@code too-many-requests} over the limit (200). */
    void countMemberAdd(java.util.UUID organisationId) {
        Duration wait = count("member-add:" + organisationId, limits.memberAdds());
        if (!wait.isZero()) {
            throw new TooManyRequests("members added in a short time", wait);
        }
    }

    /** Zero: counted; otherwise how long until the key's window ends (nothing counted). */
    private Duration count(String key, int limit) {
        try {
            // in a transaction of its own too: the row must be visible to the counting transaction below even
            // when the caller is inside a transaction (sign-up, adding a member)
            ownTransaction.executeWithoutResult(status -> jdbc.sql("""
                    INSERT INTO password_reset_throttle (throttle_key, window_started_at, requests)
                    SELECT :key, :now, 0 WHERE NOT EXISTS (SELECT 1 FROM password_reset_throttle WHERE throttle_key = :key)""")
                    .param("key", key)
                    .param("now", toDb(clock.instant()))
                    .update());
        } catch (DuplicateKeyException raced) {
            // made by a parallel request: it exists, which is all this wanted
        }
        return Objects.requireNonNull(ownTransaction.execute(status -> {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            var row = jdbc.sql("""
                    SELECT window_started_at, requests FROM password_reset_throttle
                    WHERE throttle_key = :key FOR UPDATE""")
                    .param("key", key)
                    .query((rs, i) -> new Object[] {
                        Objects.requireNonNull(JdbcTime.fromDb(rs, "window_started_at")), rs.getInt("requests")
                    })
                    .single();
            Instant started = (Instant) row[0];
            int requests = (Integer) row[1];
            Instant windowEnd = started.plus(limits.windowOrDefault());
            if (!now.isBefore(windowEnd)) {
                started = now;
                requests = 0;
                windowEnd = now.plus(limits.windowOrDefault());
            }
            if (requests >= limit) {
                Duration wait = Duration.between(now, windowEnd);
                return Duration.ofSeconds(Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0)));
            }
            jdbc.sql("""
                    UPDATE password_reset_throttle SET window_started_at = :start, requests = :requests
                    WHERE throttle_key = :key""")
                    .param("start", toDb(started))
                    .param("requests", requests + 1)
                    .param("key", key)
                    .update();
            return Duration.ZERO;
        }));
    }
}
