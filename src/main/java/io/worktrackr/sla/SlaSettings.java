package io.worktrackr.sla;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * An organisation's SLA policies (in order) and business calendars, parsed once per version on each node.
 *
 * <p>A status change moves clocks by its policy's calendar, and every answer about a ticket carries its SLA: reading
 * and parsing all policies and calendars for each of them was a fifth of a status change's CPU. The current version
 * is one row ({@code sla_settings_versions}) whose random token every policy or calendar write replaces in its own
 * transaction; a read checks it and re-reads only when it differs, so a change is seen by every node
 * as soon as it commits, and a rolled-back change's token is never seen.
 */
@Component
class SlaSettings {

    /** One version of an organisation's settings: never changed once built. */
    record Snapshot(List<SlaPolicy> policies, Map<UUID, SlaPolicy> policiesById, Map<UUID, SlaCalendar> calendars) {

        SlaPolicy policy(UUID id) {
            SlaPolicy policy = policiesById.get(id);
            if (policy == null) {
                throw new IllegalStateException("unknown SLA policy " + id);
            }
            return policy;
        }

        SlaCalendar calendar(UUID id) {
            SlaCalendar calendar = calendars.get(id);
            if (calendar == null) {
                throw new IllegalStateException("unknown business calendar " + id);
            }
            return calendar;
        }

        /** The business calendar a policy's clocks run on. */
        BusinessCalendar calendarOfPolicy(UUID policyId) {
            return calendar(policy(policyId).calendarId()).calendar();
        }
    }

    private record Cached(UUID token, Snapshot snapshot) {}

    private final SlaRepository repository;
    private final Cache<UUID, Cached> byOrganisation =
            Caffeine.newBuilder().maximumSize(10_000).build();

    SlaSettings(SlaRepository repository) {
        this.repository = repository;
    }

    /** The organisation's current settings (as of this statement). */
    Snapshot of(UUID organisationId) {
        return at(organisationId, repository.settingsVersion(organisationId));
    }

    /**
     * The organisation's settings at a version the caller read in one of its own statements ({@code
     * SlaRepository#clocksWithSettingsVersion}); empty: the organisation has no version yet.
     */
    Snapshot at(UUID organisationId, Optional<UUID> token) {
        if (token.isEmpty()) {
            return load(organisationId); // no policies yet: nothing worth keeping
        }
        Cached cached = byOrganisation.getIfPresent(organisationId);
        if (cached != null && cached.token().equals(token.get())) {
            return cached.snapshot();
        }
        Snapshot loaded = load(organisationId);
        byOrganisation.put(organisationId, new Cached(token.get(), loaded));
        return loaded;
    }

    private Snapshot load(UUID organisationId) {
        List<SlaPolicy> policies = repository.policies(organisationId);
        Map<UUID, SlaPolicy> byId = new HashMap<>();
        policies.forEach(p -> byId.put(p.id(), p));
        Map<UUID, SlaCalendar> calendars = new HashMap<>();
        repository.calendars(organisationId).forEach(c -> calendars.put(c.id(), c));
        return new Snapshot(List.copyOf(policies), Map.copyOf(byId), Map.copyOf(calendars));
    }
}
