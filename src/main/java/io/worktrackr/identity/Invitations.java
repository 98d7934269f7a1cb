package io.worktrackr.identity;

import static io.worktrackr.common.JdbcTime.fromDb;
import static io.worktrackr.common.JdbcTime.toDb;

import io.worktrackr.common.Conflict;
import io.worktrackr.common.Forbidden;
import io.worktrackr.common.InvalidInput;
import io.worktrackr.common.NotFound;
import io.worktrackr.common.ProblemType;
import io.worktrackr.common.Text;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations by one-time link. The link's token (256 random bits) is shown once, in the answer to the admin;
 * only its SHA-256 is stored. A link works once, for 7 days, until revoked. Accepting it as a new person
 * creates the account (name and password given then); an existing account with a verified address must be signed
 * in as the invited e-mail address. A link that went to the address alone (an admin added an existing account as a
 * member) proves the address: an existing account whose address was never proven is taken over by whoever holds it
 * (unless they are signed in as it), and holds nothing of before (see {@link AccountTakeover}). A link shown to the
 * admin proves nothing: it takes nothing over, and a new account made with it confirms its address by e-mail.
 */
@Service
public class Invitations {

    public static final Duration VALIDITY = Duration.ofDays(7);

    public record Issued(UUID id, String email, Role role, Instant expiresAt, String token) {}

    public record Pending(UUID id, String email, Role role, Person invitedBy, Instant createdAt, Instant expiresAt) {}

    /**
     * {@code accountExists}: a proven account has the address (sign in as it); {@code unconfirmedAccount}: an
     * account that never proved the address has it (accepting signed out takes it over); {@code
     * accountMadeByInvitation}: that unconfirmed account is the one this organisation's admin made when adding the
     * address, never signed in (the link's own organisation invited them: nobody else made it).
     */
    public record Preview(
            String organisationName,
            String email,
            boolean accountExists,
            boolean unconfirmedAccount,
            boolean accountMadeByInvitation) {}

    public record Accepted(UUID userId, UUID organisationId) {}

    /** {@code provesAddress}: the link went to the address alone (nobody was shown its token). */
    private record Open(UUID id, UUID organisationId, String email, Role role, boolean provesAddress) {}

    private final JdbcClient jdbc;
    private final IdentityRepository repository;
    private final Passwords passwords;
    private final IdentityCache cache;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EmailVerifications verifications;
    private final AccountTakeover takeover;
    private final SecureRandom random = new SecureRandom();

    Invitations(
            JdbcClient jdbc,
            IdentityRepository repository,
            Passwords passwords,
            IdentityCache cache,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock,
            EmailVerifications verifications,
            AccountTakeover takeover) {
        this.verifications = verifications;
        this.takeover = takeover;
        this.jdbc = jdbc;
        this.repository = repository;
        this.passwords = passwords;
        this.cache = cache;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Invites an e-mail address (admin): the link is in the answer, to be handed over (and e-mailed to the address).
     * Having been shown to the admin, it is the admin's word, not proof of the address: it joins a new person or the
     * account signed in as the address, but never takes over an account that did not prove its address (else any
     * admin could seize anybody's unproven account with a link of their own). An address that is an active member
     * already is a 409 {@code already-member}; an earlier open invitation of the same address is replaced (its link
     * stops working).
     */
    @Transactional
    public Issued issue(Actor actor, String emailAddress, Role role) {
        Issued issued = open(actor, emailAddress, role, Delivery.SHOWN_TO_ADMIN);
        mail(actor, issued);
        return issued;
    }

    /**
     * Invites an address when an admin adds it as a member ({@link MemberManagement#add}), whether or not it had an
     * account: the link goes to the address only, so whoever uses it has proven the address, and the organisation's
     * e-mail outbox shows the same invitation e-mail for every address added (none tells who already had an
     * account). An account the admin has just made with an initial password is unproven like any other: its person
     * may join by signing in with that password, or by this link, with a name and password of their own (see
     * {@link AccountTakeover}). In the caller's transaction.
     */
    Issued issueByEmail(Actor actor, String emailAddress, Role role) {
        Issued issued = open(actor, emailAddress, role, Delivery.EMAIL_ONLY);
        mail(actor, issued);
        return issued;
    }

    /** Where a link's token goes: only a link that went to the address alone proves it. */
    private enum Delivery {
        SHOWN_TO_ADMIN,
        EMAIL_ONLY
    }

    /** The link for the invitee's e-mail, queued in this transaction (no lost link, none for a rollback). */
    private void mail(Actor actor, Issued issued) {
        events.publishEvent(new InvitationLinkIssued(
                actor.organisationId(),
                issued.id(),
                issued.email(),
                repository.organisationName(actor.organisationId()).orElse(""),
                repository.findPerson(actor.userId()).map(Person::name).orElse(""),
                issued.role(),
                issued.token(),
                issued.expiresAt()));
    }

    private Issued open(Actor actor, String emailAddress, Role role, Delivery delivery) {
        actor.requireAdmin();
        String email = Emails.normalise(emailAddress);
        if (email == null || !email.matches("[^@\\s]+@[^@\\s]+") || email.length() > 320) {
            throw new InvalidInput("email", "must be an e-mail address");
        }
        Optional<UUID> existing = repository.findUserByEmail(email).map(IdentityRepository.UserAccount::id);
        if (existing.isPresent()
                && repository
                        .findMemberDetail(actor.organisationId(), existing.get())
                        .filter(m -> m.status() == MemberStatus.ACTIVE)
                        .isPresent()) {
            throw new Conflict(ProblemType.ALREADY_MEMBER, email + " is already a member.");
        }
        Instant now = clock.instant();
        jdbc.sql("""
                UPDATE invitations SET revoked_at = :now
                WHERE organisation_id = :org AND email = :email
                  AND accepted_at IS NULL AND revoked_at IS NULL""")
                .param("now", toDb(now))
                .param("org", actor.organisationId())
                .param("email", email)
                .update();
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        UUID id = UUID.randomUUID();
        Instant expiresAt = now.plus(VALIDITY);
        jdbc.sql("""
                INSERT INTO invitations (id, organisation_id, email, role, token_hash, invited_by, created_at, expires_at,
                  proves_address)
                VALUES (:id, :org, :email, :role, :hash, :by, :now, :expires, :proves)""")
                .param("id", id)
                .param("org", actor.organisationId())
                .param("email", email)
                .param("role", role.code())
                .param("hash", sha256(token))
                .param("by", actor.userId())
                .param("now", toDb(now))
                .param("expires", toDb(expiresAt))
                .param("proves", delivery == Delivery.EMAIL_ONLY)
                .update();
        // an invitation in the app of this address here lives as long as its newest link: inviting again renews it
        repository.renewInvitation(actor.organisationId(), email, role, expiresAt);
        audit.record(
                actor,
                "invitation.issued",
                "Invited " + email + " as " + role.code(),
                Map.of("invitationId", id, "email", email, "role", role.code()));
        events.publishEvent(new InvitationIssued(actor.organisationId(), id, email));
        return new Issued(id, email, role, expiresAt, token);
    }

    /** The organisation's open invitations (not accepted, revoked or expired), newest first (admin). */
    @Transactional(readOnly = true)
    public List<Pending> pending(Actor actor) {
        actor.requireAdmin();
        return jdbc.sql("""
                SELECT i.id, i.email, i.role, i.created_at, i.expires_at, u.id AS by_id, u.name, u.email AS by_email
                FROM invitations i JOIN users u ON u.id = i.invited_by
                WHERE i.organisation_id = :org AND i.accepted_at IS NULL AND i.revoked_at IS NULL
                  AND i.expires_at > :now
                ORDER BY i.created_at DESC, i.id""")
                .param("org", actor.organisationId())
                .param("now", toDb(clock.instant()))
                .query((rs, i) -> new Pending(
                        rs.getObject("id", UUID.class),
                        rs.getString("email"),
                        Role.fromCode(rs.getString("role")),
                        new Person(rs.getObject("by_id", UUID.class), rs.getString("name"), rs.getString("by_email")),
                        fromDb(rs, "created_at"),
                        fromDb(rs, "expires_at")))
                .list();
    }

    /**
     * Revokes an open invitation (admin): its link stops working, and the invitation in the app (of an address that
     * had an account when it was added as a member) ends with it: it leaves the invitee's list and cannot be accepted.
     */
    @Transactional
    public void revoke(Actor actor, UUID invitationId) {
        actor.requireAdmin();
        String email = jdbc.sql("""
                SELECT email FROM invitations
                WHERE id = :id AND organisation_id = :org AND accepted_at IS NULL AND revoked_at IS NULL""")
                .param("id", invitationId)
                .param("org", actor.organisationId())
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NotFound("Invitation " + invitationId));
        jdbc.sql("UPDATE invitations SET revoked_at = :now WHERE id = :id AND organisation_id = :org")
                .param("now", toDb(clock.instant()))
                .param("id", invitationId)
                .param("org", actor.organisationId())
                .update();
        endInvitationInTheApp(actor, email, Map.of("invitationId", invitationId, "email", email));
    }

    /**
     * Withdraws the invitation of a person added as a member (admin), open or expired, as {@link #revoke} does: the
     * address's links here stop working, and the invitation in the app ends (it leaves the directory and the
     * invitee's list). 404 for anybody who is not invited here (a member, a stranger, another organisation's
     * person). An expired invitation has no open link to revoke by id, so the directory withdraws by the person.
     */
    @Transactional
    public void withdrawInvitationOf(Actor actor, UUID userId) {
        actor.requireAdmin();
        String email = repository
                .lockMemberDetail(actor.organisationId(), userId)
                .filter(m -> m.status().invitation())
                .map(MemberDetail::email)
                .orElseThrow(() -> new NotFound("Invitation of " + userId));
        jdbc.sql("""
                UPDATE invitations SET revoked_at = :now
                WHERE organisation_id = :org AND email = :email AND accepted_at IS NULL AND revoked_at IS NULL""")
                .param("now", toDb(clock.instant()))
                .param("org", actor.organisationId())
                .param("email", email)
                .update();
        endInvitationInTheApp(actor, email, Map.of("userId", userId, "email", email));
    }

    private void endInvitationInTheApp(Actor actor, String email, Map<String, ?> details) {
        repository.deleteInvitation(actor.organisationId(), email).ifPresent(cache::forgetUser);
        audit.record(actor, "invitation.revoked", "Revoked the invitation of " + email, details);
    }

    /**
     * The address joined the organisation another way (accepted in the app, or first signed in with the initial
     * password): its open links are used up, and it leaves the list of open invitations.
     */
    void joined(UUID organisationId, String email, Instant now) {
        jdbc.sql("""
                UPDATE invitations SET accepted_at = :now
                WHERE organisation_id = :org AND email = :email AND accepted_at IS NULL AND revoked_at IS NULL""")
                .param("now", toDb(now))
                .param("org", organisationId)
                .param("email", email)
                .update();
    }

    /** What a link invites to; 404 for an unknown, used, revoked or expired link (all alike). */
    @Transactional(readOnly = true)
    public Preview preview(String token) {
        Open open = find(token, false);
        String organisationName =
                repository.organisationName(open.organisationId()).orElseThrow();
        var account = repository.findUserByEmail(open.email());
        boolean verified = account.filter(a -> verifications.isVerified(a.id())).isPresent();
        // a link shown to the admin takes over nothing: any account with the address must sign in (see accept)
        boolean signInFirst = verified || (account.isPresent() && !open.provesAddress());
        boolean unconfirmed = account.isPresent() && !signInFirst;
        // only for a link that went to the address alone (unconfirmed implies it): a link shown to the admin must not
        // tell them whether the address had an account before they added it
        boolean madeByInvitation = unconfirmed
                && repository.joinsAtFirstSignIn(
                        open.organisationId(), account.get().id());
        return new Preview(organisationName, open.email(), signInFirst, unconfirmed, madeByInvitation);
    }

    /**
     * Accepts a link: once only (a concurrent second acceptance finds it used). A new person gives a name and a
     * password; an existing account must be the signed-in user ({@code signedInUserId}) with the invited address.
     */
    @Transactional
    public Accepted accept(
            String token, @Nullable UUID signedInUserId, @Nullable String name, @Nullable String password) {
        Open open = find(token, true);
        Instant now = clock.instant();
        var account = repository.findUserByEmail(open.email());
        boolean proven = account.filter(a -> verifications.isVerified(a.id())).isPresent();
        UUID userId;
        if (account.isPresent() && account.get().id().equals(signedInUserId)) {
            userId = signedInUserId;
            if (!proven && open.provesAddress()) {
                // signed in as the unverified account and holding the link sent to its address alone: that proves it
                verifications.markVerified(userId, now);
            }
        } else if (account.isPresent() && (proven || !open.provesAddress())) {
            // The address has an account, and only its owner, signed in, may accept: a proven account always; an
            // unproven one too when the link was shown to the admin, whose word is no proof (else any admin could seize
            // an account that never proved its address with a link of their own).
            if (signedInUserId == null) {
                throw new NotAuthenticated(
                        "An account with this e-mail exists: sign in as " + open.email() + " first.");
            }
            throw new Forbidden("This invitation is for " + open.email() + ": sign in with that address.");
        } else if (account.isPresent()) {
            // An unverified account holds the address: perhaps someone who signed up with an address that is not
            // theirs (pre-hijacking). Its password is not trusted; whoever proves the address by this link (it went
            // to the address alone) takes the account over with a name and password of their own, and everything the
            // other one held ends.
            if (signedInUserId != null) {
                throw new Forbidden("This invitation is for " + open.email() + ": sign out first.");
            }
            userId = account.get().id();
            takeover.takeOver(
                    userId, open.organisationId(), requireName(name), passwords.hash("password", password), now);
        } else {
            if (signedInUserId != null) {
                // a new account for the address, made from someone else's session, would be left behind unused
                throw new Forbidden("This invitation is for " + open.email() + ": sign out first.");
            }
            String trimmed = requireName(name);
            String hash = passwords.hash("password", password);
            String zone = repository
                    .organisationSettings(open.organisationId())
                    .map(IdentityRepository.OrganisationSettings::timeZone)
                    .orElse("UTC");
            userId = repository.insertUser(open.email(), trimmed, hash, zone, now);
            if (open.provesAddress()) {
                // the link reached this address alone: it is proven
                verifications.markVerified(userId, now);
            } else {
                // a link the admin handed over proves nothing: the address is confirmed like a sign-up's
                verifications.sendVerification(userId);
            }
        }
        int used = jdbc.sql("""
                UPDATE invitations SET accepted_at = :now
                WHERE id = :id AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > :now""").param("now", toDb(now)).param("id", open.id()).update();
        if (used != 1) {
            throw new NotFound("Invitation");
        }
        repository.activateMembership(open.organisationId(), userId, open.role(), now);
        audit.record(
                open.organisationId(),
                userId,
                "invitation.accepted",
                open.email() + " accepted the invitation and joined as "
                        + open.role().code(),
                Map.of(
                        "invitationId",
                        open.id(),
                        "userId",
                        userId,
                        "role",
                        open.role().code()));
        cache.forgetUser(userId);
        return new Accepted(userId, open.organisationId());
    }

    private static String requireName(@Nullable String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInput("name", "must not be blank");
        }
        String trimmed = Text.requireName("name", name);
        if (trimmed.isEmpty()) {
            throw new InvalidInput("name", "must not be blank");
        }
        if (trimmed.length() > 200) {
            throw new InvalidInput("name", "must be at most 200 characters");
        }
        return trimmed;
    }

    private Open find(String token, boolean lock) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new NotFound("Invitation");
        }
        return jdbc.sql("""
                SELECT id, organisation_id, email, role, proves_address FROM invitations
                WHERE token_hash = :hash AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > :now""" + (lock ? " FOR UPDATE" : ""))
                .param("hash", sha256(token))
                .param("now", toDb(clock.instant()))
                .query((rs, i) -> new Open(
                        rs.getObject("id", UUID.class),
                        rs.getObject("organisation_id", UUID.class),
                        rs.getString("email"),
                        Role.fromCode(rs.getString("role")),
                        rs.getBoolean("proves_address")))
                .optional()
                .orElseThrow(() -> new NotFound("This invitation link is unknown, used, revoked or expired."));
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
