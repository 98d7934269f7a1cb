package io.worktrackr.sla;

import io.worktrackr.identity.Actor;
import io.worktrackr.tickets.TicketAccess;
import io.worktrackr.tickets.TicketSla;
import io.worktrackr.tickets.TicketSlaLookup;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads: the SLA of tickets for their JSON, the explanation of one ticket's clocks, policies and calendars. */
@Service
@Transactional(readOnly = true)
public class SlaQueries implements TicketSlaLookup {

    /** A stretch of a clock's life: business time running, paused (pending or stopped), outside hours, holiday. */
    public record Segment(String kind, Instant from, Instant to, long businessMinutes) {}

    /** One clock explained: what applied, where it stands, and the segments from its start to its due (or end). */
    public record ClockExplanation(
            String kind,
            TicketSla.Clock clock,
            int targetBusinessMinutes,
            int atRiskThresholdBusinessMinutes,
            Instant startedAt,
            @Nullable Long leftCalendarMinutes,
            List<Segment> segments) {}

    public record Explanation(
            UUID ticketId,
            TicketSla.PolicyRef policy,
            String calendarName,
            String timeZone,
            List<ClockExplanation> clocks) {}

    /** Where a business-time target from {@code from} lands on a calendar. */
    public record DueTime(int businessMinutes, Instant dueAt) {}

    /** "A ticket created now would be due at …": the due instants of targets started at {@code from} (now). */
    public record DuePreview(Instant from, String timeZone, List<DueTime> dueTimes) {}

    private final SlaRepository repository;
    private final SlaSettings settings;
    private final TicketAccess access;
    private final Clock clock;
    private final AnsweredClocks answered;

    SlaQueries(
            SlaRepository repository, SlaSettings settings, TicketAccess access, Clock clock, AnsweredClocks answered) {
        this.repository = repository;
        this.settings = settings;
        this.access = access;
        this.clock = clock;
        this.answered = answered;
    }

    public List<SlaPolicy> policies(Actor actor) {
        return repository.policies(actor.organisationId());
    }

    public Optional<SlaPolicy> policy(Actor actor, UUID id) {
        return repository.policy(actor.organisationId(), id);
    }

    public List<SlaCalendar> calendars(Actor actor) {
        return repository.calendars(actor.organisationId());
    }

    public Optional<SlaCalendar> calendar(Actor actor, UUID id) {
        return repository.calendar(actor.organisationId(), id);
    }

    /**
     * The due instants of a clock started now with each of these targets: the very arithmetic a new ticket's clock
     * uses (a fresh clock is due at {@code add(start, target)}), so a policy form can preview due times without
     * computing business time a second time in another language. Empty when the calendar is not the actor's.
     */
    public Optional<DuePreview> previewDueTimes(Actor actor, UUID calendarId, List<Integer> targetMinutes) {
        return repository.calendar(actor.organisationId(), calendarId).map(calendar -> {
            Instant now = clock.instant();
            BusinessCalendar business = calendar.calendar();
            List<DueTime> dueTimes = targetMinutes.stream()
                    .map(minutes -> new DueTime(minutes, business.add(now, Duration.ofMinutes(minutes))))
                    .toList();
            return new DuePreview(now, business.zone().getId(), dueTimes);
        });
    }

    /**
     * No transaction of its own (it joins the caller's when there is one): one read of the clocks and the settings'
     * version check need none, and every ticket answer (a status change's too) paid a BEGIN READ ONLY and a COMMIT.
     * A ticket this request's committed change just wrote the clocks of is answered from those ({@link AnsweredClocks}).
     */
    @Override
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public Map<UUID, TicketSla> slaOf(UUID organisationId, Collection<UUID> ticketIds) {
        Instant now = clock.instant();
        Map<UUID, TicketSla> out = new HashMap<>();
        Map<UUID, List<SlaClock>> byTicket = new HashMap<>();
        List<UUID> unanswered = new ArrayList<>();
        // by identity: one snapshot instance per settings version and node, and a record's own hashCode would hash
        // every policy and calendar of the organisation for each answer
        Set<SlaSettings.@Nullable Snapshot> written = Collections.newSetFromMap(new IdentityHashMap<>());
        for (UUID ticketId : ticketIds) {
            AnsweredClocks.Written answer = answered.recall(ticketId);
            if (answer == null) {
                unanswered.add(ticketId);
            } else {
                byTicket.put(ticketId, answer.clocks());
                written.add(answer.settings());
            }
        }
        SlaRepository.TicketClocks read = repository.clocksWithSettingsVersion(organisationId, unanswered);
        read.clocks()
                .forEach(c -> byTicket.computeIfAbsent(c.ticketId, t -> new ArrayList<>())
                        .add(c));
        if (byTicket.isEmpty()) {
            return out;
        }
        // the settings the answered changes just worked with when that is all there is to show, else the current ones
        // (their version read with the clocks: one statement for all the tickets)
        SlaSettings.@Nullable Snapshot only =
                written.size() == 1 ? written.iterator().next() : null;
        SlaSettings.Snapshot context = only != null && unanswered.isEmpty()
                ? only
                : read.clocks().isEmpty()
                        ? settings.of(organisationId)
                        : settings.at(organisationId, read.settingsVersion());
        byTicket.forEach((ticketId, own) -> toSla(own, context, now).ifPresent(sla -> out.put(ticketId, sla)));
        return out;
    }

    /** Why the ticket is due when it is; 404 (TicketNotFound) for a ticket the actor cannot see. */
    public Explanation explain(Actor actor, UUID ticketId) {
        access.require(actor, ticketId);
        List<SlaClock> clocks = repository.clocks(actor.organisationId(), ticketId);
        if (clocks.isEmpty()) {
            return new Explanation(ticketId, null, null, null, List.of());
        }
        SlaSettings.Snapshot context = settings.of(actor.organisationId());
        Instant now = clock.instant();
        SlaClock resolution = clocks.stream()
                .filter(c -> c.kind == ClockKind.RESOLUTION)
                .findFirst()
                .orElse(clocks.get(0));
        SlaPolicy policy = context.policy(resolution.policyId);
        SlaCalendar calendar = context.calendar(policy.calendarId());
        List<SlaRepository.Pause> pauses = repository.pauses(ticketId);
        List<ClockExplanation> explained = new ArrayList<>();
        for (SlaClock c : clocks) {
            BusinessCalendar cal =
                    context.calendar(context.policy(c.policyId).calendarId()).calendar();
            TicketSla.Clock view = toClock(c, cal, now);
            Instant end = c.state == SlaClock.State.MET && c.metAt != null
                    ? c.metAt
                    : c.dueAt != null && c.dueAt.isAfter(now) ? c.dueAt : now;
            Long leftCalendar = c.state == SlaClock.State.RUNNING && c.dueAt != null
                    ? Duration.between(now, c.dueAt).toMinutes()
                    : null;
            explained.add(new ClockExplanation(
                    c.kind.code(),
                    view,
                    c.targetMinutes,
                    c.thresholdMinutes,
                    c.startedAt,
                    leftCalendar,
                    segments(cal, c.startedAt, end, pauses)));
        }
        return new Explanation(
                ticketId,
                new TicketSla.PolicyRef(policy.id(), policy.name()),
                calendar.name(),
                calendar.calendar().zone().getId(),
                explained);
    }

    /** The calendar's segments from {@code from} up to {@code to}, with the ticket's pauses cut in (paused_pending and paused_stopped). */
    static List<Segment> segments(
            BusinessCalendar calendar, Instant from, Instant to, List<SlaRepository.Pause> pauses) {
        List<Segment> out = new ArrayList<>();
        Instant cursor = from;
        for (SlaRepository.Pause pause : pauses) {
            Instant pauseFrom = pause.from().isBefore(cursor) ? cursor : pause.from();
            Instant pauseTo = pause.to() == null || pause.to().isAfter(to) ? to : pause.to();
            if (!pauseTo.isAfter(pauseFrom) || !pauseFrom.isBefore(to)) {
                continue;
            }
            calendarSegments(out, calendar, cursor, pauseFrom);
            out.add(new Segment("paused_" + pause.reason(), pauseFrom, pauseTo, 0));
            cursor = pauseTo;
        }
        calendarSegments(out, calendar, cursor, to);
        return out;
    }

    private static void calendarSegments(List<Segment> out, BusinessCalendar calendar, Instant from, Instant to) {
        for (BusinessCalendar.Segment s : calendar.segments(from, to)) {
            String kind = switch (s.kind()) {
                case BUSINESS -> "running";
                case OUTSIDE_HOURS -> "outside_hours";
                case HOLIDAY -> "holiday";
            };
            long minutes = s.kind() == BusinessCalendar.SegmentKind.BUSINESS
                    ? Duration.between(s.from(), s.to()).toMinutes()
                    : 0;
            out.add(new Segment(kind, s.from(), s.to(), minutes));
        }
    }

    private Optional<TicketSla> toSla(List<SlaClock> clocks, SlaSettings.Snapshot context, Instant now) {
        SlaClock first = null;
        SlaClock resolution = null;
        for (SlaClock c : clocks) {
            if (c.kind == ClockKind.FIRST_RESPONSE) {
                first = c;
            } else {
                resolution = c;
            }
        }
        if (first == null || resolution == null) {
            return Optional.empty();
        }
        SlaPolicy policy = context.policy(resolution.policyId);
        return Optional.of(new TicketSla(
                new TicketSla.PolicyRef(policy.id(), policy.name()),
                toClock(first, context.calendarOfPolicy(first.policyId), now),
                toClock(resolution, context.calendarOfPolicy(resolution.policyId), now)));
    }

    static TicketSla.Clock toClock(SlaClock c, BusinessCalendar calendar, Instant now) {
        long used = c.usedMs(now, calendar);
        long usedMinutes = used / 60_000;
        long left = c.targetMinutes - usedMinutes;
        String state = c.displayState(now);
        Instant breachedAt = "breached".equals(state) ? c.dueAt : c.breachedAt;
        return new TicketSla.Clock(state, c.dueAt, c.atRiskAt, breachedAt, c.metAt, usedMinutes, left);
    }
}
