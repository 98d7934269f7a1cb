package io.worktrackr.identity;

import static io.worktrackr.common.JdbcTime.toDb;

import io.worktrackr.common.ProblemException;
import io.worktrackr.common.ProblemType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Forgot password" by e-mailed link. A request answers the same whether the address has an account or not; for
 * an account it stores the SHA-256 of a fresh token (256 random bits), valid once for {@link #VALIDITY}, and
 * publishes {@link PasswordResetRequested} in the same transaction (the notifications module queues the e-mail
 * there, so a link exists exactly when its e-mail is queued). Using the link sets the password (the usual rules)
 * and ends every browser session of the person, and every other open link of theirs stops working.
 */
@Service
public class PasswordResets {

    public static final Duration VALIDITY = Duration.ofHours(1);

    /** The link is unknown, used or expired (all alike): 404 {@code password-reset-link-invalid}. */
    public static final class ResetLinkInvalid extends ProblemException {
        ResetLinkInvalid() {
            super(
                    ProblemType.PASSWORD_RESET_LINK_INVALID,
                    "This password reset link is unknown, used or expired. Ask for a new one.");
        }
    }

    private final JdbcClient jdbc;
    private final IdentityRepository repository;
    private final Passwords passwords;
    private final Sessions sessions;
    private final IdentityCache cache;
    private final PasswordResetThrottle throttle;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final EmailVerifications verifications;
    private final ApiTokens apiTokens;
    private final SecureRandom random = new SecureRandom();

    PasswordResets(
            JdbcClient jdbc,
            IdentityRepository repository,
            Passwords passwords,
            Sessions sessions,
            IdentityCache cache,
            PasswordResetThrottle throttle,
            ApplicationEventPublisher events,
            Clock clock,
            PlatformTransactionManager transactions,
            EmailVerifications verifications,
            ApiTokens apiTokens) {
        this.verifications = verifications;
        this.apiTokens = apiTokens;
        this.transaction = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
        this.repository = repository;
        this.passwords = passwords;
        this.sessions = sessions;
        this.cache = cache;
        this.throttle = throttle;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Asks for a reset link for {@code emailAddress}. Returns normally whether or not the address has an account,
     * and when the address is over its request limit (then nothing is sent); a client over its limit gets 429
     * {@code too-many-password-resets}.
     */
    public void request(String emailAddress, String clientAddress) {
        String email = Emails.normalise(emailAddress);
        if (email == null || email.isEmpty()) {
            return;
        }
        // counted outside the link's transaction: the count stays whatever happens to the request
        if (!throttle.allow(email, clientAddress)) {
            return;
        }
        transaction.executeWithoutResult(status -> issue(email));
    }

    private void issue(String email) {
        var account = repository.findUserByEmail(email);
        if (account.isEmpty()) {
            return;
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(VALIDITY);
        jdbc.sql("""
                INSERT INTO password_resets (id, user_id, token_hash, created_at, expires_at)
                VALUES (:id, :user, :hash, :now, :expires)""")
                .param("id", UUID.randomUUID())
                .param("user", account.get().id())
                .param("hash", sha256(token))
                .param("now", toDb(now))
                .param("expires", toDb(expiresAt))
                .update();
        events.publishEvent(new PasswordResetRequested(
                account.get().id(), account.get().email(), account.get().name(), token, expiresAt));
    }

    /**
     * Sets a new password through a link: once only (a concurrent second use finds it used), within its hour. A
     * password against the rules is a 422 naming {@code newPassword} and leaves the link usable. Ends every
     * browser session of the person and every other open reset link of theirs.
     */
    @Transactional
    public void confirm(String token, String newPassword) {
        Instant now = clock.instant();
        UUID userId = jdbc.sql("""
                SELECT user_id FROM password_resets
                WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now FOR UPDATE""")
                .param("hash", sha256(token))
                .param("now", toDb(now))
                .query(UUID.class)
                .optional()
                .orElseThrow(ResetLinkInvalid::new);
        String hash = passwords.hash("newPassword", newPassword);
        int used = jdbc.sql("""
                UPDATE password_resets SET used_at = :now
                WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now""")
                .param("now", toDb(now))
                .param("hash", sha256(token))
                .update();
        if (used != 1) {
            throw new ResetLinkInvalid();
        }
        // the person's other open links stop working too: the password they were meant to replace is gone
        jdbc.sql("UPDATE password_resets SET used_at = :now WHERE user_id = :user AND used_at IS NULL")
                .param("now", toDb(now))
                .param("user", userId)
                .update();
        repository.updatePasswordHash(userId, hash);
        // the link reached the address: that proves it; an account that was never proven may have been made by
        // somebody else with this address (pre-hijacking): their API tokens end with their sessions
        if (!verifications.isVerified(userId)) {
            apiTokens.revokeEveryTokenOf(userId);
        }
        verifications.markVerified(userId, now);
        verifications.endOpenLinks(userId, now);
        sessions.endAllOf(userId, null);
        cache.forgetUser(userId);
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
