package io.worktrackr.identity;

import io.worktrackr.common.Conflict;
import io.worktrackr.common.ProblemType;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sign-up: a new organisation, its defaults and its first admin, all or nothing. */
@Service
public class OrganisationManagement {

    public record SignUp(String organisationName, String adminName, String email, String password) {}

    public record SignedUp(UUID organisationId, UUID adminId) {}

    /** An organisation's settings; {@code timeZone} is an IANA zone (the default business calendar zone). */
    public record Settings(UUID id, String name, String timeZone) {}

    /** Changes to the settings; {@code null} leaves a field as it is. */
    public record ChangeSettings(
            @org.jspecify.annotations.Nullable String name,
            @org.jspecify.annotations.Nullable String timeZone) {}

    private final IdentityRepository repository;
    private final Passwords passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AuditTrail audit;
    private final EmailVerifications verifications;

    OrganisationManagement(
            IdentityRepository repository,
            Passwords passwords,
            ApplicationEventPublisher events,
            Clock clock,
            AuditTrail audit,
            EmailVerifications verifications) {
        this.verifications = verifications;
        this.repository = repository;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
        this.audit = audit;
    }

    /** The acting organisation's settings (every member may read them). */
    @Transactional(readOnly = true)
    public Settings settings(Actor actor) {
        return settings(actor.organisationId());
    }

    /** The settings of an organisation, for other modules (e.g. the SLA's default calendar zone). */
    @Transactional(readOnly = true)
    public Settings settings(UUID organisationId) {
        var settings = repository
                .organisationSettings(organisationId)
                .orElseThrow(() -> new io.worktrackr.common.NotFound("Organisation " + organisationId));
        return new Settings(settings.id(), settings.name(), settings.timeZone());
    }

    @Transactional
    public Settings changeSettings(Actor actor, ChangeSettings change) {
        actor.requireAdmin();
        Settings before = settings(actor.organisationId());
        String name = before.name();
        if (change.name() != null) {
            name = io.worktrackr.common.Text.requireOneLine("name", change.name())
                    .trim();
            if (name.isEmpty() || name.length() > 200) {
                throw new io.worktrackr.common.InvalidInput("name", "must be between 1 and 200 characters");
            }
        }
        String zone = change.timeZone() == null ? before.timeZone() : TimeZones.require("timeZone", change.timeZone());
        if (name.equals(before.name()) && zone.equals(before.timeZone())) {
            return before;
        }
        repository.updateOrganisation(actor.organisationId(), name, zone);
        var details = new java.util.LinkedHashMap<String, Object>();
        if (!name.equals(before.name())) {
            details.put("name", java.util.Map.of("from", before.name(), "to", name));
        }
        if (!zone.equals(before.timeZone())) {
            details.put("timeZone", java.util.Map.of("from", before.timeZone(), "to", zone));
        }
        audit.record(
                actor,
                "organisation.settings_changed",
                "Changed the organisation's "
                        + String.join(
                                " and ",
                                details.keySet().stream()
                                        .map(k -> k.equals("timeZone") ? "time zone" : k)
                                        .toList()),
                details);
        return new Settings(actor.organisationId(), name, zone);
    }

    /** Whether any organisation exists yet: a new installation has none. */
    @Transactional(readOnly = true)
    public boolean anyOrganisation() {
        return repository.anyOrganisation();
    }

    @Transactional
    public SignedUp signUp(SignUp command) {
        String email = Emails.normalise(command.email());
        String hash = passwords.hash("password", command.password());
        if (repository.findUserByEmail(email).isPresent()) {
            throw new Conflict(
                    ProblemType.EMAIL_TAKEN,
                    "An account with this e-mail exists. Sign in, and ask an admin to add you to the organisation.");
        }
        Instant now = clock.instant();
        UUID organisationId =
                repository.insertOrganisation(command.organisationName().trim(), now);
        events.publishEvent(new OrganisationCreated(
                organisationId, command.organisationName().trim()));
        UUID adminId = repository.insertUser(email, command.adminName().trim(), hash, now);
        repository.insertMembership(organisationId, adminId, Role.ADMIN, now);
        // the account works in its own organisation at once; joining others needs the address proven
        verifications.sendVerification(adminId);
        return new SignedUp(organisationId, adminId);
    }
}
