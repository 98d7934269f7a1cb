package io.worktrackr.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One stored clock and its transitions. Business time used is kept as of {@code since} (when it last started
 * running); due and at-risk instants are worked out with the policy's calendar whenever the clock (re)starts or its
 * target changes, never on read. A met clock is never rewritten except by a reopen (resolution only).
 */
final class SlaClock {

    enum State {
        RUNNING,
        PAUSED,
        MET
    }

    final UUID ticketId;
    final ClockKind kind;
    final UUID organisationId;
    UUID policyId;
    int targetMinutes;
    int thresholdMinutes;
    final Instant startedAt;
    State state;
    long usedMs;

    @Nullable Instant since;

    @Nullable Instant dueAt;

    @Nullable Instant atRiskAt;

    @Nullable Instant metAt;

    @Nullable Instant breachedAt;

    boolean atRiskRecorded;
    boolean breachRecorded;

    SlaClock(
            UUID ticketId,
            ClockKind kind,
            UUID organisationId,
            UUID policyId,
            int targetMinutes,
            int thresholdMinutes,
            Instant startedAt,
            State state,
            long usedMs,
            @Nullable Instant since,
            @Nullable Instant dueAt,
            @Nullable Instant atRiskAt,
            @Nullable Instant metAt,
            @Nullable Instant breachedAt,
            boolean atRiskRecorded,
            boolean breachRecorded) {
        this.ticketId = ticketId;
        this.kind = kind;
        this.organisationId = organisationId;
        this.policyId = policyId;
        this.targetMinutes = targetMinutes;
        this.thresholdMinutes = thresholdMinutes;
        this.startedAt = startedAt;
        this.state = state;
        this.usedMs = usedMs;
        this.since = since;
        this.dueAt = dueAt;
        this.atRiskAt = atRiskAt;
        this.metAt = metAt;
        this.breachedAt = breachedAt;
        this.atRiskRecorded = atRiskRecorded;
        this.breachRecorded = breachRecorded;
    }

    static SlaClock start(
            UUID ticketId,
            ClockKind kind,
            UUID organisationId,
            UUID policyId,
            int targetMinutes,
            int thresholdMinutes,
            Instant at,
            BusinessCalendar calendar) {
        SlaClock clock = new SlaClock(
                ticketId,
                kind,
                organisationId,
                policyId,
                targetMinutes,
                thresholdMinutes,
                at,
                State.PAUSED,
                0,
                null,
                null,
                null,
                null,
                null,
                false,
                false);
        clock.resume(at, calendar);
        return clock;
    }

    /** Business time used up to now. */
    long usedMs(Instant now, BusinessCalendar calendar) {
        return usedMs
                + (state == State.RUNNING && since != null && now.isAfter(since)
                        ? calendar.between(since, now).toMillis()
                        : 0);
    }

    void pause(Instant now, BusinessCalendar calendar) {
        if (state != State.RUNNING) {
            return;
        }
        usedMs = usedMs(now, calendar);
        since = null;
        state = State.PAUSED;
    }

    /** Runs again from now with the time already used kept; due and at-risk follow from what is left. */
    void resume(Instant now, BusinessCalendar calendar) {
        if (state != State.PAUSED) {
            return;
        }
        state = State.RUNNING;
        since = now;
        schedule(now, calendar);
    }

    /** Stops the clock: met now (late if it is past due). */
    void meet(Instant now, BusinessCalendar calendar) {
        if (state == State.MET) {
            return;
        }
        usedMs = usedMs(now, calendar);
        since = null;
        state = State.MET;
        metAt = now;
        if (usedMs > targetMinutes * 60_000L) {
            breachedAt = dueAt != null && dueAt.isBefore(now) ? dueAt : now;
        }
    }

    /** A reopened ticket's resolution clock runs again with its used time (or stays paused when pending). */
    void reopen(Instant now, BusinessCalendar calendar, boolean pending) {
        if (state != State.MET) {
            return;
        }
        metAt = null;
        breachedAt = null;
        state = State.PAUSED;
        if (!pending) {
            resume(now, calendar);
        }
    }

    /** Another policy (or priority) applies: same start and used time, new target, due worked out again. */
    void retarget(
            UUID policy,
            int target,
            int threshold,
            Instant now,
            BusinessCalendar oldCalendar,
            BusinessCalendar newCalendar) {
        if (state == State.MET) {
            return;
        }
        if (state == State.RUNNING) {
            usedMs = usedMs(now, oldCalendar);
            since = now;
        }
        policyId = policy;
        targetMinutes = target;
        thresholdMinutes = threshold;
        if (state == State.RUNNING) {
            schedule(now, newCalendar);
        } else {
            dueAt = null;
            atRiskAt = null;
        }
    }

    /** What a row of {@code sla_clocks} holds that can change; equal before and after: no write needed. */
    record Written(
            UUID policyId,
            int targetMinutes,
            int thresholdMinutes,
            State state,
            long usedMs,
            @Nullable Instant since,
            @Nullable Instant dueAt,
            @Nullable Instant atRiskAt,
            @Nullable Instant metAt,
            @Nullable Instant breachedAt,
            boolean atRiskRecorded,
            boolean breachRecorded) {}

    Written written() {
        return new Written(
                policyId,
                targetMinutes,
                thresholdMinutes,
                state,
                usedMs,
                since,
                dueAt,
                atRiskAt,
                metAt,
                breachedAt,
                atRiskRecorded,
                breachRecorded);
    }

    /** Works out due and at-risk from now and the business time left; a crossing still ahead is unrecorded. */
    private void schedule(Instant now, BusinessCalendar calendar) {
        long leftMs = targetMinutes * 60_000L - usedMs;
        if (leftMs > 0) {
            dueAt = calendar.add(now, Duration.ofMillis(leftMs));
        } else if (dueAt == null || dueAt.isAfter(now)) {
            dueAt = now;
        }
        long toRiskMs = leftMs - thresholdMinutes * 60_000L;
        if (toRiskMs > 0) {
            atRiskAt = calendar.add(now, Duration.ofMillis(toRiskMs));
        } else if (atRiskAt == null || atRiskAt.isAfter(now)) {
            atRiskAt = now.isBefore(dueAt) ? now : dueAt;
        }
        if (dueAt.isAfter(now)) {
            breachRecorded = false;
        }
        if (atRiskAt.isAfter(now)) {
            atRiskRecorded = false;
        }
    }

    /** The state a person reads: running, paused, met, breached (running past due) or met_late. */
    String displayState(Instant now) {
        return switch (state) {
            case RUNNING -> dueAt != null && !dueAt.isAfter(now) ? "breached" : "running";
            case PAUSED -> "paused";
            case MET -> breachedAt != null ? "met_late" : "met";
        };
    }
}
