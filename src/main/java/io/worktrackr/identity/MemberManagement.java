package io.worktrackr.identity;

import io.worktrackr.common.Conflict;
import io.worktrackr.common.InvalidInput;
import io.worktrackr.common.NotFound;
import io.worktrackr.common.ProblemType;
import java.time.Clock;
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
     * Adds a person. A new e-mail creates the user with the given initial password and makes them a member at
     * once. An e-mail that already has an account (perhaps in another organisation) is only <em>invited</em>:
     * they join when they accept, keep their own password, and nothing of their account is revealed. Both
     * answer alike (the name echoed is the one sent), so this cannot be used to find or enlist other people.
     */
    @Transactional
    public Member add(Actor actor, AddMember command) {
        actor.requireAdmin();
        String email = Emails.normalise(command.email());
        if (command.name() == null || command.name().isBlank()) {
            throw new InvalidInput("name", "must not be blank");
        }
        String hash = passwords.hash("password", command.password());
        throttle.countMemberAdd(actor.organisationId());
        UUID userId = repository
                .findUserByEmail(email)
                .map(IdentityRepository.UserAccount::id)
                .orElse(null);
        String name = io.worktrackr.common.Text.requireName("name", command.name());
        if (userId == null) {
            String zone = repository
                    .organisationSettings(actor.organisationId())
                    .map(IdentityRepository.OrganisationSettings::timeZone)
                    .orElse("UTC");
            userId = repository.insertUser(email, name, hash, zone, clock.instant());
            repository.insertMembership(actor.organisationId(), userId, command.role(), clock.instant());
            audit.record(
                    actor,
                    "member.added",
                    "Added " + name + " <" + email + "> as " + command.role().code(),
                    Map.of(
                            "userId",
                            userId,
                            "email",
                            email,
                            "role",
                            command.role().code()));
        } else if (repository.hasMembershipOrInvitation(actor.organisationId(), userId)) {
            throw new Conflict(ProblemType.ALREADY_MEMBER, email + " is already a member or invited.");
        } else {
            repository.insertInvitation(actor.organisationId(), userId, command.role(), clock.instant());
            // and a link to the address: whoever proves it joins (the account may be unverified, see Invitations)
            invitations.issue(actor, email, command.role());
            audit.record(
                    actor,
                    "member.invited",
                    "Invited " + email + " as " + command.role().code(),
                    Map.of(
                            "userId",
                            userId,
                            "email",
                            email,
                            "role",
                            command.role().code()));
        }
        return new Member(userId, name, email, command.role());
    }

    /**
     * The signed-in person accepts an invitation and becomes a member. Needs a verified e-mail address (403
     * {@code email-unverified}): an unverified account may have been made with somebody else's address before they
     * signed up (pre-hijacking); the e-mailed invitation link still works, it proves the address.
     */
    @Transactional
    public void acceptInvitation(UUID userId, UUID organisationId) {
        if (repository.invitationsOf(userId).stream()
                .noneMatch(i -> i.organisationId().equals(organisationId))) {
            throw new NotFound("Invitation to organisation " + organisationId);
        }
        if (!verifications.isVerified(userId)) {
            throw new EmailVerifications.EmailUnverified();
        }
        if (!repository.acceptInvitation(organisationId, userId, clock.instant())) {
            throw new NotFound("Invitation to organisation " + organisationId);
        }
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
                .filter(m -> m.status() != MemberStatus.INVITED)
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
        if (status == MemberStatus.INVITED) {
            throw new InvalidInput("status", "must be one of active, deactivated");
        }
        MemberDetail member = repository
                .lockMemberDetail(actor.organisationId(), userId)
                .filter(m -> m.status() != MemberStatus.INVITED)
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
