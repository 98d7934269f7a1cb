package io.worktrackr.identity;

import static io.worktrackr.common.JdbcTime.toDb;

import io.worktrackr.common.Conflict;
import io.worktrackr.common.InvalidInput;
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
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proof that a person owns an e-mail address: only a link sent to the address proves it (single use, hashed,
 * expiring). Sign-up sends one for the new account's address (the account works in its own new organisation
 * meanwhile, marked unverified); an unverified person can ask for another. A change of address sends a link to the
 * <em>new</em> address and changes nothing until that link is used; then the old address is told ({@link
 * EmailChanged}). Using an invitation link or a password reset link proves the address too.
 *
 * <p>Why it matters (pre-hijacking): an unverified account may be someone who signed up with an address that is
 * not theirs. Such an account cannot accept an invitation in the app ({@link MemberManagement#acceptInvitation}),
 * and whoever proves the address by an invitation link takes the account over ({@link Invitations#accept}).
 */
@Service
public class EmailVerifications {

    public static final Duration VALIDITY = Duration.ofHours(24);

    /** At most this many links per person and hour; more asks are answered alike and send nothing. */
    static final int LINKS_PER_HOUR = 3;

    /** The link is unknown, used or expired (all alike): 404 {@code email-link-invalid}. */
    public static final class EmailLinkInvalid extends ProblemException {
        EmailLinkInvalid() {
            super(
                    ProblemType.EMAIL_LINK_INVALID,
                    "This e-mail confirmation link is unknown, used or expired. Ask for a new one.");
        }
    }

    /** Joining another organisation in the app needs a proven address: 403 {@code email-unverified}. */
    public static final class EmailUnverified extends ProblemException {
        EmailUnverified() {
            super(
                    ProblemType.EMAIL_UNVERIFIED,
                    "Confirm your e-mail address first (the link we sent you), or use the e-mailed invitation link.");
        }
    }

    /** What a used link did: the account's address is now {@code email}, proven. */
    public record Confirmed(UUID userId, String email, boolean changed) {}

    private record Link(UUID id, UUID userId, String email, String purpose) {}

    private final JdbcClient jdbc;
    private final IdentityRepository repository;
    private final Passwords passwords;
    private final IdentityCache cache;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    EmailVerifications(
            JdbcClient jdbc,
            IdentityRepository repository,
            Passwords passwords,
            IdentityCache cache,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.passwords = passwords;
        this.cache = cache;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the person's current address is proven. */
    @Transactional(readOnly = true)
    public boolean isVerified(UUID userId) {
        return jdbc.sql("SELECT email_verified_at FROM users WHERE id = :id")
                .param("id", userId)
                .query((rs, i) -> rs.getObject(1) != null)
                .optional()
                .orElse(false);
    }

    /** The address the person asked to move to, while its link is open; else empty. */
    @Transactional(readOnly = true)
    public Optional<String> pendingChange(UUID userId) {
        return jdbc
                .sql("""
                SELECT email FROM email_verifications
                WHERE user_id = :user AND purpose = 'change' AND used_at IS NULL AND expires_at > :now
                ORDER BY created_at DESC, id""")
                .param("user", userId)
                .param("now", toDb(clock.instant()))
                .query(String.class)
                .list()
                .stream()
                .findFirst();
    }

    /** Sends a link that proves the account's current address (sign-up does this); nothing if proven already. */
    @Transactional(propagation = Propagation.MANDATORY)
    void sendVerification(UUID userId) {
        var profile = repository.findProfile(userId).orElseThrow();
        if (isVerified(userId) || overLimit(userId)) {
            return;
        }
        issue(userId, profile.email(), profile.name(), EmailLinkIssued.Purpose.VERIFY);
    }

    /** The signed-in person asks for another link to prove their address (answered alike when nothing is sent). */
    @Transactional
    public void resendVerification(Actor actor) {
        sendVerification(actor.userId());
    }

    /**
     * The signed-in person asks to move to {@code newEmail}, given their password (a 422 naming
     * {@code currentPassword} otherwise). A link goes to the new address; nothing changes until it is used. The
     * answer is the same whether or not the new address belongs to another account (then nothing is sent).
     */
    @Transactional
    public void requestChange(Actor actor, String newEmail, String currentPassword) {
        String email = Emails.normalise(newEmail);
        if (email == null || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 320) {
            throw new InvalidInput("email", "must be an e-mail address");
        }
        var profile = repository.findProfile(actor.userId()).orElseThrow(() -> new NotAuthenticated("Sign in first."));
        if (!passwords.matches(currentPassword, profile.passwordHash())) {
            throw new InvalidInput("currentPassword", "is not your current password");
        }
        if (email.equals(profile.email())) {
            throw new InvalidInput("email", "is your address already");
        }
        if (repository.findUserByEmail(email).isPresent() || overLimit(actor.userId())) {
            return;
        }
        // one open change at a time: the newest wins
        jdbc.sql("""
                UPDATE email_verifications SET used_at = :now
                WHERE user_id = :user AND purpose = 'change' AND used_at IS NULL""")
                .param("now", toDb(clock.instant()))
                .param("user", actor.userId())
                .update();
        issue(actor.userId(), email, profile.name(), EmailLinkIssued.Purpose.CHANGE);
    }

    /**
     * Uses a link, once. A {@code verify} link proves the account's address (if it is still the address the link
     * went to); a {@code change} link moves the account to the new address, proven, tells the old address, and
     * drops the account's open in-app invitations (they were meant for the old address). A new address taken by
     * another account meanwhile is a 409 {@code email-taken}.
     */
    @Transactional
    public Confirmed confirm(@Nullable String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new EmailLinkInvalid();
        }
        Instant now = clock.instant();
        Link link = jdbc.sql("""
                SELECT id, user_id, email, purpose FROM email_verifications
                WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now FOR UPDATE""")
                .param("hash", sha256(token))
                .param("now", toDb(now))
                .query((rs, i) -> new Link(
                        rs.getObject("id", UUID.class),
                        rs.getObject("user_id", UUID.class),
                        rs.getString("email"),
                        rs.getString("purpose")))
                .optional()
                .orElseThrow(EmailLinkInvalid::new);
        var profile = repository.findProfile(link.userId()).orElseThrow(EmailLinkInvalid::new);
        jdbc.sql("UPDATE email_verifications SET used_at = :now WHERE id = :id")
                .param("now", toDb(now))
                .param("id", link.id())
                .update();
        if (link.purpose().equals("verify")) {
            if (!link.email().equals(profile.email())) {
                throw new EmailLinkInvalid(); // the address changed since: the link proves nothing any more
            }
            markVerified(link.userId(), now);
            cache.forgetUser(link.userId());
            return new Confirmed(link.userId(), link.email(), false);
        }
        var owner = repository.findUserByEmail(link.email());
        if (owner.isPresent() && !owner.get().id().equals(link.userId())) {
            throw new Conflict(ProblemType.EMAIL_TAKEN, link.email() + " belongs to another account meanwhile.");
        }
        jdbc.sql("UPDATE users SET email = :email, email_verified_at = :now WHERE id = :id")
                .param("email", link.email())
                .param("now", toDb(now))
                .param("id", link.userId())
                .update();
        // every other open link of the person proved (or would prove) an address they no longer have
        jdbc.sql("UPDATE email_verifications SET used_at = :now WHERE user_id = :user AND used_at IS NULL")
                .param("now", toDb(now))
                .param("user", link.userId())
                .update();
        // in-app invitations were meant for the old address: whoever holds it now must not join with them
        jdbc.sql("DELETE FROM memberships WHERE user_id = :user AND accepted_at IS NULL")
                .param("user", link.userId())
                .update();
        events.publishEvent(new EmailChanged(link.userId(), profile.name(), profile.email(), link.email()));
        cache.forgetUser(link.userId());
        return new Confirmed(link.userId(), link.email(), true);
    }

    /** The address was proven by another link (an invitation's, a password reset's). */
    @Transactional(propagation = Propagation.MANDATORY)
    void markVerified(UUID userId, Instant now) {
        jdbc.sql("UPDATE users SET email_verified_at = COALESCE(email_verified_at, :now) WHERE id = :id")
                .param("now", toDb(now))
                .param("id", userId)
                .update();
        jdbc.sql("""
                UPDATE email_verifications SET used_at = :now
                WHERE user_id = :user AND purpose = 'verify' AND used_at IS NULL""").param("now", toDb(now)).param("user", userId).update();
    }

    /**
     * Every open link of the person stops working, a pending change of address too: it was asked for with a password
     * that is replaced now (a takeover, a reset), and used later it could move the account away from its owner.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void endOpenLinks(UUID userId, Instant now) {
        jdbc.sql("UPDATE email_verifications SET used_at = :now WHERE user_id = :user AND used_at IS NULL")
                .param("now", toDb(now))
                .param("user", userId)
                .update();
    }

    private boolean overLimit(UUID userId) {
        return jdbc.sql("SELECT COUNT(*) FROM email_verifications WHERE user_id = :user AND created_at > :since")
                        .param("user", userId)
                        .param("since", toDb(clock.instant().minus(Duration.ofHours(1))))
                        .query(Long.class)
                        .single()
                >= LINKS_PER_HOUR;
    }

    private void issue(UUID userId, String email, String name, EmailLinkIssued.Purpose purpose) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(VALIDITY);
        jdbc.sql("""
                INSERT INTO email_verifications (id, user_id, email, purpose, token_hash, created_at, expires_at)
                VALUES (:id, :user, :email, :purpose, :hash, :now, :expires)""")
                .param("id", UUID.randomUUID())
                .param("user", userId)
                .param("email", email)
                .param("purpose", purpose == EmailLinkIssued.Purpose.VERIFY ? "verify" : "change")
                .param("hash", sha256(token))
                .param("now", toDb(now))
                .param("expires", toDb(expiresAt))
                .update();
        events.publishEvent(new EmailLinkIssued(userId, email, name, purpose, token, expiresAt));
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
