package io.worktrackr.sla;

import static io.worktrackr.common.JdbcTime.fromDb;
import static io.worktrackr.common.JdbcTime.toDb;

import io.worktrackr.common.Databases;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records every clock that crossed its at-risk or due instant, once: each run claims the crossed, unrecorded
 * clocks in batches with {@code FOR UPDATE SKIP LOCKED}, marks them recorded and publishes {@link SlaAtRisk} or
 * {@link SlaBreached} in the same transaction (the activity log writes its entry from the event, in that
 * transaction; other modules react after commit through the event publication registry). Mark and event commit
 * together or not at all, so neither a second node (ShedLock runs one at a time, SKIP LOCKED keeps even overlapping
 * runs apart) nor a restart can record a crossing twice. It reads only crossed clocks (partial indexes on
 * PostgreSQL), so its cost grows with the crossings, not with the tickets.
 */
@Component
@EnableConfigurationProperties(SlaProperties.class)
class SlaScan {

    static final String LOCK = "sla-scan";
    static final int BATCH = 200;
    static final int MAX_BATCHES_PER_RUN = 50;

    private record Crossed(UUID ticketId, String kind, UUID organisationId, Instant dueAt, Instant atRiskAt) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String lockClause;

    SlaScan(
            JdbcClient jdbc,
            TransactionTemplate transaction,
            ApplicationEventPublisher events,
            Clock clock,
            DataSource dataSource) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
        // PostgreSQL: also lock the ticket row up front (the activity entry extends the ticket's hash chain, which
        // needs the ticket's lock; the entry's foreign key needs at least a key share) and skip tickets being
        // changed right now, so a scan never waits on a change that waits on it
        this.lockClause = Databases.isPostgresql(dataSource)
                ? " FOR UPDATE OF c SKIP LOCKED FOR NO KEY UPDATE OF t SKIP LOCKED"
                : " FOR UPDATE SKIP LOCKED";
    }

    @Scheduled(
            initialDelayString = "${worktrackr.sla.scan-interval:30s}",
            fixedDelayString = "${worktrackr.sla.scan-interval:30s}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT5M")
    public void scanOnSchedule() {
        scan();
    }

    /** One run without the schedule and the lock; returns how many crossings it recorded. */
    int scan() {
        int recorded = 0;
        for (int i = 0; i < MAX_BATCHES_PER_RUN; i++) {
            Integer n = transaction.execute(status -> batch(clock.instant()));
            recorded += n == null ? 0 : n;
            if (n == null || n < BATCH) {
                break;
            }
        }
        return recorded;
    }

    private int batch(Instant now) {
        List<Crossed> breached = claim("c.breach_recorded = FALSE AND c.due_at <= :now", "c.due_at", now);
        for (Crossed c : breached) {
            // a breach found before its at-risk crossing was recorded makes that one moot: one entry, the breach
            jdbc.sql("UPDATE sla_clocks SET breach_recorded = TRUE, at_risk_recorded = TRUE "
                            + "WHERE ticket_id = :t AND kind = :k")
                    .param("t", c.ticketId())
                    .param("k", c.kind())
                    .update();
            events.publishEvent(
                    new SlaBreached(c.ticketId(), c.organisationId(), ClockKind.fromCode(c.kind()), c.dueAt()));
        }
        List<Crossed> atRisk =
                claim("c.at_risk_recorded = FALSE AND c.at_risk_at <= :now AND c.due_at > :now", "c.at_risk_at", now);
        for (Crossed c : atRisk) {
            jdbc.sql("UPDATE sla_clocks SET at_risk_recorded = TRUE WHERE ticket_id = :t AND kind = :k")
                    .param("t", c.ticketId())
                    .param("k", c.kind())
                    .update();
            events.publishEvent(new SlaAtRisk(
                    c.ticketId(), c.organisationId(), ClockKind.fromCode(c.kind()), c.atRiskAt(), c.dueAt()));
        }
        return breached.size() + atRisk.size();
    }

    private List<Crossed> claim(String condition, String order, Instant now) {
        return jdbc.sql("SELECT c.ticket_id, c.kind, c.organisation_id, c.due_at, c.at_risk_at "
                        + "FROM sla_clocks c JOIN tickets t ON t.id = c.ticket_id "
                        + "WHERE c.state = 'running' AND " + condition + " ORDER BY " + order + " LIMIT " + BATCH
                        + lockClause)
                .param("now", toDb(now))
                .query((rs, row) -> new Crossed(
                        rs.getObject("ticket_id", UUID.class),
                        rs.getString("kind"),
                        rs.getObject("organisation_id", UUID.class),
                        fromDb(rs, "due_at"),
                        fromDb(rs, "at_risk_at")))
                .list();
    }
}
