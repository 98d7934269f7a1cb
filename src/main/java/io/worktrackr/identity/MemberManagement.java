package io.worktrackr.identity;

import io.worktrackr.common.Conflict;
import io.worktrackr.common.InvalidInput;
import io.worktrackr.common.NotFound;
import io.worktrackr.common.ProblemType;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Admins add people to their organisation and change their roles. */
@Service
public class MemberManagement {

    public record AddMember(
            String email,
            @Nullable String name,
            Role role,
            @Nullable String password) {}

    private final IdentityRepository repository;
    private final Passwords passwords;
    private final Clock clock;
    private final IdentityCache cache;
    private final AuditTrail audit;
    private final ApiTokens apiTokens;
    private final Sessions sessions;
    private final EmailVerifications verifications;
    private final Invitations invitations;
    private final PasswordResetThrottle throttle;

    MemberManagement(
            IdentityRepository repository,
            Passwords passwords,
            Clock clock,
            IdentityCache cache,
            AuditTrail audit,
            ApiTokens apiTokens,
            Sessions sessions,
            EmailVerifications verifications,
            Invitations invitations,
            PasswordResetThrottle throttle) {
        this.throttle = throttle;
        this.verifications = verifications;
        this.invitations = invitations;
        this.repository = repository;
        this.passwords = passwords;
        this.clock = clock;
        this.cache = cache;
        this.audit = audit;
        this.apiTokens = apiTokens;
        this.sessions = sessions;
    }

    /**
     * Adds a person, as an invitation: whether or not the address had an account, the answer is the same (201, the
     * name that was sent), the directory shows the address as {@code invited} (by the address, never seen), and
     * they are not a member (not listed, not assignable, no role or status to change) until they join; the open
     * invitation is listed and can be withdrawn. An address without an account gets one with the given initial
     * password, and joins when it first signs in with it ({@link #joinAtSignIn}). An existing account keeps its
     * own password and joins when that person accepts in the app with a proven address. Every address, with an
     * account or without, is e-mailed the same invitation link (whoever proves the address by it joins, see {@link
     * Invitations}), so the organisation's e-mail outbox does not tell them apart either. So this cannot be used to
     * find out who has an account, nor to enlist anybody.
     */
    @Transactional
    public Member add(Actor actor, AddMember command) {
        actor.requireAdmin();
        String email = Emails.normalise(command.email());
        String name = requiredName(command);
        String hash = passwords.hash("password", command.password());
        throttle.countMemberAdd(actor.organisationId());
        UUID userId = repository
                .findUserByEmail(email)
                .map(IdentityRepository.UserAccount::id)
                .orElse(null);
        Instant now = clock.instant();
        if (userId == null) {
            userId = newAccount(actor, email, name, hash, now);
            // the in-app invitation expires with the link (a sign-in with the initial password joins nothing after)
            Instant expiresAt =
                    invitations.issueByEmail(actor, email, command.role()).expiresAt();
            repository.insertInvitation(
                    actor.organisationId(),
                    userId,
                    command.role(),
                    IdentityRepository.Joining.AT_FIRST_SIGN_IN,
                    now,
                    expiresAt);
        } else if (repository.hasMembershipOrInvitation(actor.organisationId(), userId)) {
            throw new Conflict(ProblemType.ALREADY_MEMBER, email + " is already a member or invited.");
        } else {
            // a link to the address, as for a new one: whoever proves it joins (the account may be unverified); the
            // invitation in the app expires with it (an expired one of before is renewed)
            Instant expiresAt =
                    invitations.issueByEmail(actor, email, command.role()).expiresAt();
            repository.insertInvitation(
                    actor.organisationId(),
                    userId,
                    command.role(),
                    IdentityRepository.Joining.BY_ACCEPTING,
                    now,
                    expiresAt);
        }
        audit.record(
                actor,
                "member.invited",
                "Invited " + name + " <" + email + "> as " + command.role().code(),
                Map.of("userId", userId, "email", email, "role", command.role().code()));
        return new Member(userId, name, email, command.role());
    }

    /**
     * Adds a new account that has joined already, without an invitation (so no invitation link and no invitation
     * e-mail): for the people of data seeded on a fresh install (the demo organisation), whom nobody is to invite.
     * Never for a request: a person an admin adds is invited and joins themselves ({@link #add}). The audit trail
     * records it as {@code member.added}. An address that has an account already is a 409 {@code already-member}.
     */
    @Transactional
    public Member addJoined(Actor actor, AddMember command) {
        actor.requireAdmin();
        String email = Emails.normalise(command.email());
        String name = requiredName(command);
        String hash = passwords.hash("password", command.password());
        if (repository.findUserByEmail(email).isPresent()) {
            throw new Conflict(ProblemType.ALREADY_MEMBER, email + " has an account already.");
        }
        Instant now = clock.instant();
        UUID userId = newAccount(actor, email, name, hash, now);
        repository.insertMembership(actor.organisationId(), userId, command.role(), now);
        audit.record(
                actor,
                "member.added",
                "Added " + name + " <" + email + "> as " + command.role().code(),
                Map.of("userId", userId, "email", email, "role", command.role().code()));
        return new Member(userId, name, email, command.role());
    }

    private static String requiredName(AddMember command) {
        if (command.name() == null || command.name().isBlank()) {
            throw new InvalidInput("name", "must not be blank");
        }
        return io.worktrackr.common.Text.requireName("name", command.name());
    }

    /** A new account for an added person, in the organisation's time zone until they choose their own. */
    private UUID newAccount(Actor actor, String email, String name, String hash, Instant now) {
        String zone = repository
                .organisationSettings(actor.organisationId())
                .map(IdentityRepository.OrganisationSettings::timeZone)
                .orElse("UTC");
        return repository.insertUser(email, name, hash, zone, now);
    }

    /**
     * The person has just signed in with their password: the invitations that join at sign-in (accounts an admin made
     * with an initial password, {@link #add}) are accepted now. Nothing for anyone else.
     */
    @Transactional
    public void joinAtSignIn(UUID userId) {
        Instant now = clock.instant();
        var joined = repository.joinAtSignIn(userId, now);
        if (joined.isEmpty()) {
            return;
        }
        Person person = repository.findPerson(userId).orElseThrow();
        for (var membership : joined) {
            joined(membership.organisationId(), person, membership.role(), "signed in for the first time", now);
        }
        cache.forgetUser(userId);
    }

    private void joined(UUID organisationId, Person person, Role role, String how, Instant now) {
        invitations.joined(organisationId, person.email(), now);
        audit.record(
                organisationId,
                person.id(),
                "member.joined",
                person.name() + " <" + person.email() + "> " + how + " and joined as " + role.code(),
                Map.of("userId", person.id(), "role", role.code()));
    }

    /**
     * The signed-in person accepts an invitation and becomes a member. Needs a verified e-mail address (403
     * {@code email-unverified}): an unverified account may have been made with somebody else's address before they
     * signed up (pre-hijacking); the e-mailed invitation link still works, it proves the address. An invitation
     * expires with its e-mailed link (410 {@code invitation-expired}: the admin can invite again).
     */
    @Transactional
    public void acceptInvitation(UUID userId, UUID organisationId) {
        Instant now = clock.instant();
        var invitation = repository
                .invitationOf(organisationId, userId)
                .orElseThrow(() -> new NotFound("Invitation to organisation " + organisationId));
        if (invitation.expired(now)) {
            throw new InvitationExpired(organisationId, invitation.expiresAt());
        }
        if (!verifications.isVerified(userId)) {
            throw new EmailVerifications.EmailUnverified();
        }
        if (!repository.acceptInvitation(organisationId, userId, now)) {
            throw new NotFound("Invitation to organisation " + organisationId);
        }
        joined(organisationId, repository.findPerson(userId).orElseThrow(), invitation.role(), "accepted", now);
        cache.forgetUser(userId);
    }

    /** A member's details, whatever their status (admin). */
    @Transactional(readOnly = true)
    public MemberDetail detail(Actor actor, UUID userId) {
        actor.requireAdmin();
        return repository
                .findMemberDetail(actor.organisationId(), userId)
                .orElseThrow(() -> new NotFound("Member " + userId));
    }

    @Transactional
    public MemberDetail changeRole(Actor actor, UUID userId, Role role) {
        actor.requireAdmin();
        // the admins' rows first, always in the same order: concurrent changes queue up instead of deadlocking
        long admins = repository.lockAndCountAdmins(actor.organisationId());
        MemberDetail member = repository
                .lockMemberDetail(actor.organisationId(), userId)
                .filter(m -> !m.status().invitation())
                .orElseThrow(() -> new NotFound("Member " + userId));
        if (member.role() == role) {
            return member;
        }
        if (member.role() == Role.ADMIN && member.status() == MemberStatus.ACTIVE) {
            requireAnotherAdmin(admins, "demoted");
        }
        repository.updateRole(actor.organisationId(), userId, role);
        audit.record(
                actor,
                "member.role_changed",
                "Changed the role of " + member.name() + " from "
                        + member.role().code() + " to " + role.code(),
                Map.of("userId", userId, "from", member.role().code(), "to", role.code()));
        cache.forgetUser(userId);
        return repository.findMemberDetail(actor.organisationId(), userId).orElseThrow();
    }

    /**
     * Deactivates or reactivates a member. Deactivating ends, at once, the person's browser sessions and their API
     * tokens of this organisation (a browser session is not bound to one organisation, so all of them end);
     * their tickets stay assigned. Other nodes stop accepting them within the identity cache's TTL (≤ 1 s).
     */
    @Transactional
    public MemberDetail changeStatus(Actor actor, UUID userId, MemberStatus status) {
        actor.requireAdmin();
        // the admins' rows first, always in the same order: concurrent changes queue up instead of deadlocking
        long admins = repository.lockAndCountAdmins(actor.organisationId());
        if (status.invitation()) {
            throw new InvalidInput("status", "must be one of active, deactivated");
        }
        MemberDetail member = repository
                .lockMemberDetail(actor.organisationId(), userId)
                .filter(m -> !m.status().invitation())
                .orElseThrow(() -> new NotFound("Member " + userId));
        if (member.status() == status) {
            return member;
        }
        if (status == MemberStatus.DEACTIVATED) {
            if (member.role() == Role.ADMIN) {
                requireAnotherAdmin(admins, "deactivated");
            }
            repository.setDeactivated(actor.organisationId(), userId, clock.instant());
            int tokens = apiTokens.revokeAllOf(userId, actor.organisationId());
            int sessions = this.sessions.endAllOf(userId, null);
            audit.record(
                    actor,
                    "member.deactivated",
                    "Deactivated " + member.name() + " (" + sessions + " sessions and " + tokens + " API tokens ended)",
                    Map.of("userId", userId, "sessionsEnded", sessions, "tokensRevoked", tokens));
        } else {
            repository.setDeactivated(actor.organisationId(), userId, null);
            audit.record(actor, "member.reactivated", "Reactivated " + member.name(), Map.of("userId", userId));
        }
        cache.forgetUser(userId);
        return repository.findMemberDetail(actor.organisationId(), userId).orElseThrow();
    }

    /** With the active admins' rows locked (so two admins cannot demote or deactivate each other at once). */
    private static void requireAnotherAdmin(long activeAdmins, String what) {
        if (activeAdmins <= 1) {
            throw new Conflict(
                    ProblemType.LAST_ADMIN,
                    "The last admin cannot be " + what + ": an organisation needs at least one admin. "
                            + "Make someone else admin first.");
        }
    }
}
