package io.worktrackr.identity;

import static io.worktrackr.common.JdbcTime.toDb;

import io.worktrackr.common.ProblemException;
import io.worktrackr.common.ProblemType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after {@code worktrackr.identity.max-failed-sign-ins} (10) failed sign-ins for one
 * e-mail address within {@code worktrackr.identity.sign-in-window} (15 minutes), further attempts for it are
 * refused with 429 until the window has passed, whatever the password. Kept in the database, so every node
 * counts the same attempts. Runs outside the sign-in transaction, so a failure is recorded even though the
 * sign-in fails.
 */
@Component
class SignInThrottle {

    static final class TooManySignInAttempts extends ProblemException {
        TooManySignInAttempts(Duration window) {
            super(
                    ProblemType.TOO_MANY_SIGN_IN_ATTEMPTS,
                    "Too many failed sign-ins for this e-mail address. Try again in " + window.toMinutes()
                            + " minutes, or ask an admin to reset the password.");
            with("retryAfterSeconds", window.toSeconds());
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    SignInThrottle(
            JdbcClient jdbc,
            Clock clock,
            @Value("${worktrackr.identity.max-failed-sign-ins:10}") int maxFailures,
            @Value("${worktrackr.identity.sign-in-window:15m}") Duration window) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    void checkAllowed(String normalisedEmail) {
        long recent = jdbc.sql("SELECT COUNT(*) FROM login_failures WHERE email = :email AND failed_at > :since")
                .param("email", normalisedEmail)
                .param("since", toDb(clock.instant().minus(window)))
                .query(Long.class)
                .single();
        if (recent >= maxFailures) {
            throw new TooManySignInAttempts(window);
        }
    }

    void recordFailure(String normalisedEmail) {
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM login_failures WHERE email = :email AND failed_at <= :since")
                .param("email", normalisedEmail)
                .param("since", toDb(now.minus(window)))
                .update();
        jdbc.sql("INSERT INTO login_failures (id, email, failed_at) VALUES (:id, :email, :now)")
                .param("id", java.util.UUID.randomUUID())
                .param("email", normalisedEmail)
                .param("now", toDb(now))
                .update();
    }

    void recordSuccess(String normalisedEmail) {
        jdbc.sql("DELETE FROM login_failures WHERE email = :email")
                .param("email", normalisedEmail)
                .update();
    }
}
