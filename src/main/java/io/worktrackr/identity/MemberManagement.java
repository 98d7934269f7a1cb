package io.worktrackr.identity;

import io.worktrackr.common.Conflict;
import io.worktrackr.common.InvalidInput;
import io.worktrackr.common.NotFound;
import io.worktrackr.common.ProblemType;
import java.time.Clock;
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

    MemberManagement(IdentityRepository repository, Passwords passwords, Clock clock, IdentityCache cache) {
        this.repository = repository;
        this.passwords = passwords;
        this.clock = clock;
        this.cache = cache;
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
        UUID userId = repository
                .findUserByEmail(email)
                .map(IdentityRepository.UserAccount::id)
                .orElse(null);
        if (userId == null) {
            userId = repository.insertUser(email, command.name().trim(), hash, clock.instant());
            repository.insertMembership(actor.organisationId(), userId, command.role(), clock.instant());
        } else if (repository.hasMembershipOrInvitation(actor.organisationId(), userId)) {
            throw new Conflict(ProblemType.ALREADY_MEMBER, email + " is already a member or invited.");
        } else {
            repository.insertInvitation(actor.organisationId(), userId, command.role(), clock.instant());
        }
        return new Member(userId, command.name().trim(), email, command.role());
    }

    /** The signed-in person accepts an invitation and becomes a member. */
    @Transactional
    public void acceptInvitation(UUID userId, UUID organisationId) {
        if (!repository.acceptInvitation(organisationId, userId, clock.instant())) {
            throw new NotFound("Invitation to organisation " + organisationId);
        }
        cache.forgetUser(userId);
    }

    @Transactional
    public Member changeRole(Actor actor, UUID userId, Role role) {
        actor.requireAdmin();
        Member member = repository
                .findMember(actor.organisationId(), userId)
                .orElseThrow(() -> new NotFound("Member " + userId));
        if (member.role() == Role.ADMIN
                && role != Role.ADMIN
                && repository.lockAndCountAdmins(actor.organisationId()) == 1) {
            throw new Conflict(
                    ProblemType.LAST_ADMIN, "An organisation needs at least one admin: make someone else admin first.");
        }
        repository.updateRole(actor.organisationId(), userId, role);
        cache.forgetUser(userId);
        return repository.findMember(actor.organisationId(), userId).orElseThrow();
    }
}
