package io.worktrackr.tickets;

import static io.worktrackr.common.JdbcTime.fromDb;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes down the SLA standing time has changed (a ticket's at-risk or due instant passed since its row was written),
 * every {@code worktrackr.tickets.sla-standing-interval} (default 5 s), so the tickets {@link TicketTally#counts}
 * has to move at read time stay the few of the last seconds. Counts are exact without it; it only keeps them cheap.
 *
 * <p>Each batch claims crossed tickets with {@code FOR UPDATE SKIP LOCKED} and moves each from the group its row is
 * stored in to its standing now, in one transaction: a second node running at the same time takes other tickets or
 * none, a ticket being changed is skipped (its change writes its standing itself), and a crash rolls a batch back
 * whole. Runs on one node at a time (ShedLock) all the same, so nodes do not compete for the same rows.
 */
@Component
class TicketSlaStandings {

    static final String LOCK = "ticket-sla-standings";
    static final int BATCH = 500;
    /** Stops a run after this many batches (the next run goes on), so a run is bounded even after an outage. */
    static final int MAX_BATCHES_PER_RUN = 100;

    private record Crossed(
            UUID id,
            UUID organisationId,
            TicketTally.Group stored,
            @Nullable Instant dueAt,
            @Nullable Instant atRiskAt) {}

    private record Move(UUID organisationId, TicketTally.Group from, SlaStanding to) {}

    private record Reached(UUID organisationId, SlaStanding standing) {}

    private final JdbcClient jdbc;
    private final TicketRepository repository;
    private final TicketTally tally;
    private final TransactionTemplate transaction;
    private final Clock clock;

    TicketSlaStandings(
            JdbcClient jdbc,
            TicketRepository repository,
            TicketTally tally,
            TransactionTemplate transaction,
            Clock clock) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.tally = tally;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(
            initialDelayString = "${worktrackr.tickets.sla-standing-interval:5s}",
            fixedDelayString = "${worktrackr.tickets.sla-standing-interval:5s}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT10M")
    public void restandOnSchedule() {
        restand();
    }

    /** One run without the schedule and the lock; returns how many tickets it moved to their standing now. */
    int restand() {
        Instant now = clock.instant();
        int moved = 0;
        for (SlaStanding.Crossing crossing : SlaStanding.CROSSINGS) {
            for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
                Integer n = transaction.execute(status -> restand(crossing, now));
                moved += n == null ? 0 : n;
                if (n == null || n < BATCH) {
                    break;
                }
            }
        }
        return moved;
    }

    private int restand(SlaStanding.Crossing crossing, Instant at) {
        List<Crossed> crossed = SlaStanding.bind(
                        jdbc.sql("SELECT t.id, t.organisation_id, t.status, t.queue_id, t.assignee_id, "
                                + "t.sla_standing, t.sla_due_at, t.sla_at_risk_at FROM tickets t WHERE "
                                + crossing.sql()
                                + " ORDER BY " + crossing.instant() + " LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED"),
                        at)
                .query((rs, row) -> new Crossed(
                        rs.getObject("id", UUID.class),
                        rs.getObject("organisation_id", UUID.class),
                        TicketRepository.storedGroup(rs),
                        fromDb(rs, "sla_due_at"),
                        fromDb(rs, "sla_at_risk_at")))
                .list();
        // one UPDATE per organisation and standing reached, one tally row pair per group left and entered
        Map<Reached, List<UUID>> reached = new HashMap<>();
        Map<Move, Integer> moves = new HashMap<>();
        for (Crossed ticket : crossed) {
            SlaStanding now = SlaStanding.of(ticket.dueAt(), ticket.atRiskAt(), at);
            reached.computeIfAbsent(new Reached(ticket.organisationId(), now), r -> new ArrayList<>())
                    .add(ticket.id());
            moves.merge(new Move(ticket.organisationId(), ticket.stored(), now), 1, Integer::sum);
        }
        reached.forEach((r, ids) -> repository.restand(r.organisationId(), r.standing(), ids));
        moves.forEach((move, n) ->
                tally.moved(move.organisationId(), move.from(), move.from().withStanding(move.to()), n));
        return crossed.size();
    }
}
