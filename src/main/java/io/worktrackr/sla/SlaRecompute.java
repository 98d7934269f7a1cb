package io.worktrackr.sla;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rule 7 of the SLA: after an admin changed a policy or calendar ({@link SlaManagement} queued the affected tickets
 * in {@code sla_recompute}), recomputes their open clocks in the background, in small batches, each its own short
 * transaction, never one giant one. A batch claims queue rows with {@code FOR UPDATE SKIP LOCKED}, takes each
 * ticket's row lock (so a change of the ticket waits, or the batch waits for it, and they never interleave),
 * recomputes, and deletes the rows in the same transaction: a ticket is recomputed once per queueing, whichever
 * node claims it (ShedLock runs one node's job at a time; SKIP LOCKED keeps even overlapping runs apart) and a
 * crash only rolls the batch back for the next run.
 */
@Component
class SlaRecompute {

    static final String LOCK = "sla-recompute";
    static final int BATCH = 100;
    static final int MAX_BATCHES_PER_RUN = 100;

    private record Queued(long id, UUID ticketId, UUID organisationId, String reason) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final SlaClocks clocks;
    private final Clock clock;

    SlaRecompute(JdbcClient jdbc, TransactionTemplate transaction, SlaClocks clocks, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clocks = clocks;
        this.clock = clock;
    }

    @Scheduled(
            initialDelayString = "${worktrackr.sla.recompute-interval:10s}",
            fixedDelayString = "${worktrackr.sla.recompute-interval:10s}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT10M")
    public void recomputeOnSchedule() {
        recompute();
    }

    /** One run without the schedule and the lock: batches until the queue is empty (or a bound); returns how many. */
    int recompute() {
        int done = 0;
        for (int i = 0; i < MAX_BATCHES_PER_RUN; i++) {
            Integer n = transaction.execute(status -> batch());
            done += n == null ? 0 : n;
            if (n == null || n < BATCH) {
                break;
            }
        }
        return done;
    }

    private int batch() {
        List<Queued> claimed = jdbc.sql("SELECT id, ticket_id, organisation_id, reason FROM sla_recompute "
                        + "ORDER BY id LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED")
                .query((rs, row) -> new Queued(
                        rs.getLong("id"),
                        rs.getObject("ticket_id", UUID.class),
                        rs.getObject("organisation_id", UUID.class),
                        rs.getString("reason")))
                .list();
        for (Queued q : claimed) {
            // the ticket's row lock, as every change of the ticket takes it before its clocks move
            jdbc.sql("SELECT id FROM tickets WHERE id = :t AND organisation_id = :o FOR UPDATE")
                    .param("t", q.ticketId())
                    .param("o", q.organisationId())
                    .query(UUID.class)
                    .optional()
                    .ifPresent(id -> clocks.recompute(q.organisationId(), q.ticketId(), q.reason(), clock.instant()));
            jdbc.sql("DELETE FROM sla_recompute WHERE id = :id")
                    .param("id", q.id())
                    .update();
        }
        return claimed.size();
    }
}
