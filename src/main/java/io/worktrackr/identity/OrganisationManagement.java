package io.worktrackr.identity;

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
    private final PasswordResetThrottle throttle;

    OrganisationManagement(
            IdentityRepository repository,
            Passwords passwords,
            ApplicationEventPublisher events,
            Clock clock,
            AuditTrail audit,
            EmailVerifications verifications,
            PasswordResetThrottle throttle) {
        this.verifications = verifications;
        this.throttle = throttle;
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
            name = io.worktrackr.common.Text.requireName("name", change.name());
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

    /**
     * Signs up: a new organisation with the person as its first admin, their address unverified (a link to prove
     * it is sent). The caller answers alike whether or not the address had an account: for an address that has
     * one nothing is made, the owner is told by e-mail, and the result is empty. Both paths hash the password
     * first, so they take about as long. Sign-ups are counted per client address (429 {@code too-many-requests}).
     */
    @Transactional
    public java.util.Optional<SignedUp> signUp(SignUp command, String clientAddress) {
        String email = Emails.normalise(command.email());
        String hash = passwords.hash("password", command.password());
        String organisationName = io.worktrackr.common.Text.requireName("organisationName", command.organisationName());
        String adminName = io.worktrackr.common.Text.requireName("name", command.adminName());
        throttle.countSignUp(clientAddress);
        var existing = repository.findUserByEmail(email);
        if (existing.isPresent()) {
            events.publishEvent(new SignUpWithTakenAddress(
                    existing.get().id(), existing.get().email(), existing.get().name()));
            return java.util.Optional.empty();
        }
        Instant now = clock.instant();
        UUID organisationId = repository.insertOrganisation(organisationName, now);
        events.publishEvent(new OrganisationCreated(organisationId, organisationName));
        UUID adminId = repository.insertUser(email, adminName, hash, now);
        repository.insertMembership(organisationId, adminId, Role.ADMIN, now);
        // the account works in its own organisation at once; joining others needs the address proven
        verifications.sendVerification(adminId);
        return java.util.Optional.of(new SignedUp(organisationId, adminId));
    }
}
