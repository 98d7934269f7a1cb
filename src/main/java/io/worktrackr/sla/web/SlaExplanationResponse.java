package io.worktrackr.sla.web;

import io.worktrackr.sla.SlaQueries;
import io.worktrackr.tickets.TicketSla;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The wire form of {@link SlaQueries.Explanation}: why a ticket is due when it is. Kept apart from the domain
 * record so that the query can change without changing the HTTP contract. {@code policy}, {@code calendarName}
 * and {@code timeZone} are null (and {@code clocks} empty) for a ticket no policy applies to.
 */
record SlaExplanationResponse(
        UUID ticketId,
        @Nullable SlaPolicyRefResponse policy,
        @Nullable String calendarName,
        @Nullable String timeZone,
        List<SlaClockExplanationResponse> clocks) {

    record SlaPolicyRefResponse(UUID id, String name) {}

    /** A stretch of a clock's life: running, pending, stopped, outside_hours or holiday. */
    record SlaSegmentResponse(String kind, Instant from, Instant to, long businessMinutes) {}

    record SlaClockResponse(
            String state,
            @Nullable Instant dueAt,
            @Nullable Instant atRiskAt,
            @Nullable Instant breachedAt,
            @Nullable Instant metAt,
            long usedBusinessMinutes,
            long leftBusinessMinutes) {

        static SlaClockResponse of(TicketSla.Clock c) {
            return new SlaClockResponse(
                    c.state(),
                    c.dueAt(),
                    c.atRiskAt(),
                    c.breachedAt(),
                    c.metAt(),
                    c.usedBusinessMinutes(),
                    c.leftBusinessMinutes());
        }
    }

    record SlaClockExplanationResponse(
            String kind,
            SlaClockResponse clock,
            int targetBusinessMinutes,
            int atRiskThresholdBusinessMinutes,
            Instant startedAt,
            @Nullable Long leftCalendarMinutes,
            List<SlaSegmentResponse> segments) {}

    static SlaExplanationResponse of(SlaQueries.Explanation e) {
        return new SlaExplanationResponse(
                e.ticketId(),
                e.policy() == null
                        ? null
                        : new SlaPolicyRefResponse(e.policy().id(), e.policy().name()),
                e.calendarName(),
                e.timeZone(),
                e.clocks().stream()
                        .map(c -> new SlaClockExplanationResponse(
                                c.kind(),
                                SlaClockResponse.of(c.clock()),
                                c.targetBusinessMinutes(),
                                c.atRiskThresholdBusinessMinutes(),
                                c.startedAt(),
                                c.leftCalendarMinutes(),
                                c.segments().stream()
                                        .map(s ->
                                                new SlaSegmentResponse(s.kind(), s.from(), s.to(), s.businessMinutes()))
                                        .toList()))
                        .toList());
    }
}
