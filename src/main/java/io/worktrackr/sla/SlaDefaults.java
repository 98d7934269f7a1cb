package io.worktrackr.sla;

import io.worktrackr.identity.OrganisationCreated;
import io.worktrackr.sla.BusinessCalendar.Hours;
import io.worktrackr.tickets.Priority;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A new organisation gets the default business calendar (Monday–Friday 09:00–17:00 UTC) and the default policy
 * (urgent 1 h / 4 h, high 4 h / 1 business day, medium 8 h / 3 business days, low 1 / 5 business days), inside
 * the sign-up transaction, so SLAs work with zero set-up. Organisations from before got the same from V060.
 */
@Component
class SlaDefaults {

    static final int BUSINESS_DAY_MINUTES = 8 * 60;

    private final SlaRepository repository;
    private final Clock clock;

    SlaDefaults(SlaRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @EventListener
    void on(OrganisationCreated event) {
        UUID calendarId = UUID.randomUUID();
        repository.insertCalendar(calendarId, event.organisationId(), "Business hours", officeHours(), clock.instant());
        repository.insertPolicy(
                new SlaPolicy(
                        UUID.randomUUID(),
                        event.organisationId(),
                        "Default",
                        0,
                        calendarId,
                        Set.of(),
                        Set.of(),
                        defaultTargets(),
                        25,
                        15,
                        0),
                clock.instant());
    }

    static BusinessCalendar officeHours() {
        List<Hours> hours = new ArrayList<>();
        for (DayOfWeek day : List.of(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            hours.add(new Hours(day, 9 * 60, 17 * 60));
        }
        return new BusinessCalendar(ZoneId.of("UTC"), hours, Set.of());
    }

    static Map<Priority, SlaPolicy.Targets> defaultTargets() {
        Map<Priority, SlaPolicy.Targets> targets = new EnumMap<>(Priority.class);
        targets.put(Priority.URGENT, new SlaPolicy.Targets(60, 4 * 60));
        targets.put(Priority.HIGH, new SlaPolicy.Targets(4 * 60, BUSINESS_DAY_MINUTES));
        targets.put(Priority.MEDIUM, new SlaPolicy.Targets(8 * 60, 3 * BUSINESS_DAY_MINUTES));
        targets.put(Priority.LOW, new SlaPolicy.Targets(BUSINESS_DAY_MINUTES, 5 * BUSINESS_DAY_MINUTES));
        return targets;
    }
}
