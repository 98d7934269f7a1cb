package io.worktrackr.automation;

import static io.worktrackr.common.JdbcTime.fromDb;
import static io.worktrackr.common.JdbcTime.toDb;

import io.worktrackr.common.Databases;
import io.worktrackr.identity.Actor;
import io.worktrackr.identity.Role;
import io.worktrackr.sla.BusinessCalendar;
import io.worktrackr.sla.SlaCalendar;
import io.worktrackr.sla.SlaPolicy;
import io.worktrackr.sla.SlaQueries;
import io.worktrackr.tickets.Priority;
import io.worktrackr.tickets.TicketStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fires the time-triggered rules ({@code time_in_status}, {@code unassigned_for}, {@code no_agent_reply_for}):
 * every {@code worktrackr.automation.scan-interval}, one node at a time (ShedLock), each rule over bounded batches of
 * the tickets past its threshold that it has not fired on for this period. Each ticket is then taken in a
 * transaction of its own with {@code FOR UPDATE SKIP LOCKED} (a ticket being changed, or taken by an overlapping run,
 * is left for the next run) and its firing claimed by a unique key: ticket + rule version + the instant the
 * condition began (status entered, unassigned since, created). So a rule fires exactly once per ticket and period,
 * even with several nodes scanning at once.
 *
 * <p>The candidate query reads only tickets past the threshold through an index
 * ({@code tickets_by_status_since}; {@code tickets_unassigned_by_since} and {@code tickets_unanswered_by_created} on
 * PostgreSQL, {@code tickets_by_assignee_since} and {@code tickets_awaiting_first_response} on H2: see
 * bench/automation-time-triggers.md
 * and bench/plans.sql for the plans at 1,000,000 tickets). With {@code businessHours} the threshold is the wall-clock
 * one (business time never runs faster), and each candidate is then checked in business time of the calendar of
 * the SLA policy that matches it (sla's public {@link SlaQueries} and {@link BusinessCalendar}); no matching policy
 * counts around the clock.
 */
@Component
class TimeTriggerScan {

    static final String LOCK = "automation-time-scan";
    static final int MAX_BATCHES_PER_RULE = 20;

    /** A ticket past a rule's threshold: when its condition began. */
    record Candidate(
            UUID ticketId,
            long number,
            String status,
            @Nullable UUID queueId,
            String priority,
            Instant since) {}

    private final JdbcClient jdbc;
    private final RuleRepository rules;
    private final AutomationEngine engine;
    private final SlaQueries sla;
    private final Clock clock;
    private final AutomationProperties properties;
    private final TransactionTemplate transaction;
    private final String skipLocked;

    TimeTriggerScan(
            JdbcClient jdbc,
            RuleRepository rules,
            AutomationEngine engine,
            SlaQueries sla,
            Clock clock,
            AutomationProperties properties,
            PlatformTransactionManager transactions,
            DataSource dataSource) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.engine = engine;
        this.sla = sla;
        this.clock = clock;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
        this.skipLocked =
                Databases.isPostgresql(dataSource) ? " FOR UPDATE OF t SKIP LOCKED" : " FOR UPDATE SKIP LOCKED";
    }

    @Scheduled(
            initialDelayString = "${worktrackr.automation.scan-interval:60s}",
            fixedDelayString = "${worktrackr.automation.scan-interval:60s}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT5M")
    public void scanOnSchedule() {
        scan();
    }

    /** One run without the schedule and the lock; returns how many times rules fired. */
    int scan() {
        Instant now = clock.instant();
        int fired = 0;
        for (AutomationRule rule : rules.enabledEverywhere(
                List.of(TriggerType.TIME_IN_STATUS, TriggerType.UNASSIGNED_FOR, TriggerType.NO_AGENT_REPLY_FOR))) {
            fired += scan(rule, now);
        }
        return fired;
    }

    private int scan(AutomationRule rule, Instant now) {
        RuleDefinition.Trigger trigger = rule.definition().trigger();
        Instant threshold = now.minus(Duration.ofMinutes(Objects.requireNonNull(trigger.minutes())));
        int fired = 0;
        UUID after = null;
        Instant afterSince = null;
        for (int i = 0; i < MAX_BATCHES_PER_RULE; i++) {
            List<Candidate> batch = candidates(rule, threshold, afterSince, after);
            for (Candidate c : batch) {
                if (trigger.businessHours() && !dueInBusinessTime(rule, c, now)) {
                    continue;
                }
                if (fire(rule, c, now)) {
                    fired++;
                }
            }
            if (batch.size() < properties.scanBatch()) {
                break;
            }
            Candidate last = batch.get(batch.size() - 1);
            afterSince = last.since();
            after = last.ticketId();
        }
        return fired;
    }

    /**
     * The rule's next batch of tickets past the threshold that it has not fired on for their current period, oldest
     * first (keyset after the previous batch).
     */
    List<Candidate> candidates(
            AutomationRule rule, Instant threshold, @Nullable Instant afterSince, @Nullable UUID after) {
        RuleDefinition.Trigger trigger = rule.definition().trigger();
        String since;
        String where;
        switch (trigger.type()) {
            case TIME_IN_STATUS -> {
                since = "t.status_since";
                where = "t.status = :status AND t.status_since <= :threshold";
            }
            case UNASSIGNED_FOR -> {
                since = "t.assignee_since";
                where = "t.assignee_id IS NULL AND t.assignee_since <= :threshold AND t.status IN (:active)";
            }
            default -> {
                since = "t.created_at";
                where = "t.first_responded_at IS NULL AND t.created_at <= :threshold AND t.status IN (:active)";
            }
        }
        String keyset = afterSince == null
                ? ""
                : " AND (" + since + " > :afterSince OR (" + since + " = :afterSince AND t.id > :after))";
        var statement = jdbc.sql("SELECT t.id, t.number, t.status, t.queue_id, t.priority, " + since + " AS since "
                        + "FROM tickets t WHERE t.organisation_id = :org AND " + where + keyset
                        + " AND NOT EXISTS (SELECT 1 FROM automation_firings f WHERE f.rule_id = :rule "
                        + "AND f.ticket_id = t.id AND f.rule_version = :version AND f.claim_since = " + since + ")"
                        + " ORDER BY " + since + ", t.id FETCH FIRST " + properties.scanBatch() + " ROWS ONLY")
                .param("org", rule.organisationId())
                .param("threshold", toDb(threshold))
                .param("rule", rule.id())
                .param("version", rule.version());
        if (trigger.type() == TriggerType.TIME_IN_STATUS) {
            statement = statement.param(
                    "status", Objects.requireNonNull(trigger.status()).code());
        } else {
            statement = statement.param(
                    "active",
                    TicketStatus.active().stream().map(TicketStatus::code).toList());
        }
        if (afterSince != null) {
            statement = statement.param("afterSince", toDb(afterSince)).param("after", after);
        }
        return statement
                .query((rs, row) -> new Candidate(
                        rs.getObject("id", UUID.class),
                        rs.getLong("number"),
                        rs.getString("status"),
                        rs.getObject("queue_id", UUID.class),
                        rs.getString("priority"),
                        Objects.requireNonNull(fromDb(rs, "since"))))
                .list();
    }

    /** Takes the ticket (skipping it if locked), checks the period still holds, and fires the rule once. */
    private boolean fire(AutomationRule rule, Candidate c, Instant now) {
        String since = switch (rule.definition().trigger().type()) {
            case TIME_IN_STATUS -> "status_since";
            case UNASSIGNED_FOR -> "assignee_since";
            default -> "created_at";
        };
        TriggerEvent event = new TriggerEvent(
                rule.definition().trigger().type(),
                rule.organisationId(),
                c.ticketId(),
                now,
                List.of(),
                what(rule.definition().trigger(), c, now),
                c.ticketId() + ":" + rule.version() + ":" + c.since(),
                c.since());
        AutomationEngine.Outcome outcome = engine.runRule(
                rule,
                event,
                () -> jdbc.sql("SELECT " + since + " AS since FROM tickets t WHERE t.id = :id" + skipLocked)
                        .param("id", c.ticketId())
                        .query((rs, row) -> fromDb(rs, "since"))
                        .optional()
                        .map(current -> current.equals(c.since()))
                        .orElse(false));
        return outcome == AutomationEngine.Outcome.APPLIED;
    }

    static String what(RuleDefinition.Trigger trigger, Candidate c, Instant now) {
        String spent = duration(Duration.between(c.since(), now));
        return switch (trigger.type()) {
            case TIME_IN_STATUS -> "#" + c.number() + " was " + c.status().replace('_', ' ') + " for " + spent;
            case UNASSIGNED_FOR -> "#" + c.number() + " was unassigned for " + spent;
            default -> "#" + c.number() + " had no agent reply for " + spent;
        };
    }

    static String duration(Duration d) {
        long hours = d.toHours();
        if (hours >= 48) {
            return hours / 24 + " days";
        }
        if (hours >= 1) {
            return hours + " h";
        }
        return Math.max(1, d.toMinutes()) + " min";
    }

    private boolean dueInBusinessTime(AutomationRule rule, Candidate c, Instant now) {
        Actor reader = new Actor(new UUID(0, 0), rule.organisationId(), Role.AGENT);
        Optional<SlaPolicy> policy = sla.policies(reader).stream()
                .filter(p -> c.queueId() != null && p.matches(c.queueId(), Priority.fromCode(c.priority())))
                .findFirst();
        BusinessCalendar calendar = policy.flatMap(p -> sla.calendar(reader, p.calendarId()))
                .map(SlaCalendar::calendar)
                .orElse(BusinessCalendar.aroundTheClock(ZoneOffset.UTC));
        return calendar.between(c.since(), now)
                        .compareTo(Duration.ofMinutes(Objects.requireNonNull(
                                rule.definition().trigger().minutes())))
                >= 0;
    }
}
