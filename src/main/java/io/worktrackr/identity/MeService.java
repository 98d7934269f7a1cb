package io.worktrackr.identity;

import io.worktrackr.common.InvalidInput;
import io.worktrackr.common.Text;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds "who am I", and the person's own settings: profile (name, time zone, colour) and password. */
@Service
public class MeService {

    /** The signed-in user, where they are a member, where they act now, and where they are invited. */
    public record Me(
            Person user,
            List<Membership> memberships,
            Membership current,
            List<Membership> invitations,
            String timeZone,
            @Nullable String colour,
            boolean emailVerified,
            @Nullable String pendingEmail) {}

    /** A membership (or an invitation) in one organisation. */
    public record Membership(UUID organisationId, String organisationName, Role role) {}

    /** Changes to one's profile; {@code null} leaves a field as it is. */
    public record ProfileChange(
            @Nullable String name,
            @Nullable String timeZone,
            @Nullable String colour) {}

    private static final java.util.regex.Pattern COLOUR = java.util.regex.Pattern.compile("#[0-9a-fA-F]{6}");

    private final IdentityRepository repository;
    private final CurrentActor currentActor;
    private final Passwords passwords;
    private final IdentityCache cache;
    private final Sessions sessions;
    private final AuditTrail audit;
    private final EmailVerifications verifications;
    private final org.springframework.context.ApplicationEventPublisher events;

    MeService(
            IdentityRepository repository,
            CurrentActor currentActor,
            Passwords passwords,
            IdentityCache cache,
            Sessions sessions,
            AuditTrail audit,
            EmailVerifications verifications,
            org.springframework.context.ApplicationEventPublisher events) {
        this.verifications = verifications;
        this.events = events;
        this.repository = repository;
        this.currentActor = currentActor;
        this.passwords = passwords;
        this.cache = cache;
        this.sessions = sessions;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Me me() {
        Actor actor = currentActor.get();
        var profile = repository.findProfile(actor.userId()).orElseThrow(() -> new NotAuthenticated("Sign in first."));
        var memberships = repository.membershipsOf(actor.userId());
        String organisationName = memberships.stream()
                .filter(m -> m.organisationId().equals(actor.organisationId()))
                .findFirst()
                .orElseThrow()
                .organisationName();
        return new Me(
                new Person(profile.id(), profile.name(), profile.email()),
                memberships.stream()
                        .map(m -> new Membership(m.organisationId(), m.organisationName(), m.role()))
                        .toList(),
                new Membership(actor.organisationId(), organisationName, actor.role()),
                repository.invitationsOf(actor.userId()).stream()
                        .map(m -> new Membership(m.organisationId(), m.organisationName(), m.role()))
                        .toList(),
                profile.timeZone(),
                profile.colour(),
                verifications.isVerified(actor.userId()),
                verifications.pendingChange(actor.userId()).orElse(null));
    }

    /** Changes the signed-in person's name, time zone or avatar colour; all or nothing. */
    @Transactional
    public Me changeProfile(ProfileChange change) {
        Actor actor = currentActor.get();
        var profile = repository.findProfile(actor.userId()).orElseThrow(() -> new NotAuthenticated("Sign in first."));
        String name = profile.name();
        if (change.name() != null) {
            name = Text.requireName("name", change.name());
            if (name.isEmpty() || name.length() > 200) {
                throw new InvalidInput("name", "must be between 1 and 200 characters");
            }
        }
        String zone = change.timeZone() == null ? profile.timeZone() : TimeZones.require("timeZone", change.timeZone());
        String colour = profile.colour();
        if (change.colour() != null) {
            if (!COLOUR.matcher(change.colour()).matches()) {
                throw new InvalidInput("colour", "must be a colour like #1e88e5");
            }
            colour = change.colour().toLowerCase(Locale.ROOT);
        }
        repository.updateProfile(actor.userId(), name, zone, colour);
        cache.forgetUser(actor.userId());
        if (!name.equals(profile.name())) {
            events.publishEvent(new PersonRenamed(actor.userId(), name));
        }
        return me();
    }

    /**
     * Changes the signed-in person's password, given the current one, and ends every other browser session of
     * theirs ({@code currentSessionId} stays signed in). A wrong current password is a 422 naming
     * {@code currentPassword}, and changes nothing.
     */
    @Transactional
    public void changePassword(String currentPassword, String newPassword, @Nullable String currentSessionId) {
        Actor actor = currentActor.get();
        var profile = repository.findProfile(actor.userId()).orElseThrow(() -> new NotAuthenticated("Sign in first."));
        if (!passwords.matches(currentPassword, profile.passwordHash())) {
            throw new InvalidInput("currentPassword", "is not your current password");
        }
        String hash = passwords.hash("newPassword", newPassword);
        repository.updatePasswordHash(actor.userId(), hash);
        int ended = sessions.endAllOf(actor.userId(), currentSessionId);
        audit.record(
                actor,
                "account.password_changed",
                profile.name() + " changed their password (" + ended + " other sessions ended)",
                Map.of("userId", actor.userId(), "sessionsEnded", ended));
    }
}
