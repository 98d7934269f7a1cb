package io.worktrackr.tickets;

import io.worktrackr.common.JdbcTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where a ticket stood against its service level when its row was last written ({@code tickets.sla_standing}): the
 * third part of its {@link TicketTally} group, which is what lets the {@link TicketView#AT_RISK} and {@link
 * TicketView#BREACHED} counts come from the tally in constant time instead of a range count per call.
 *
 * <p>Time moves a ticket from one standing to the next without anybody writing it (its at-risk or due instant
 * passes). Those tickets are few — only the ones that crossed since {@link TicketSlaStandings} last ran — and each
 * crossing is an indexed range ending at "now" ({@link #CROSSINGS}); the counts move them to their standing as of
 * "now" in the same statement that reads the tally (so a count equals its list at that instant), and the job writes
 * them down every few seconds.
 */
enum SlaStanding {
    /** No clock runs, or none has reached its at-risk instant. */
    OK,
    AT_RISK,
    BREACHED;

    /**
     * The active tickets whose stored standing is not their standing at {@code :now}: on track past their at-risk
     * instant (the nearest at-risk instant is never after the nearest due one, so this includes any breach), at risk
     * past their due instant — and, for a clock that stepped back (NTP, another node a little ahead, a test clock),
     * at risk before their at-risk instant or breached before their due instant. Each is a range ending or starting
     * at "now" over its own partial index (db/vendor/postgresql/V114_1), which holds one standing's active tickets;
     * the counts read them in one scan ({@link #crossedSql()}), the job claims each on its own.
     *
     * <p>Each range has a second bound, {@code :dawn} or {@code :dusk} ({@link #bind}), that no instant is beyond: it
     * changes no result, but PostgreSQL estimates a range between two parameters as narrow, so the counts' prepared
     * statement gets a cached generic plan instead of being planned on every call (0.6–1 ms at 1M tickets; with one
     * bound the generic plan looked too costly and never won).
     */
    static final List<Crossing> CROSSINGS = List.of(
            new Crossing(
                    "t.sla_standing = 'ok' AND t.sla_at_risk_at <= :now AND t.sla_at_risk_at > :dawn",
                    "t.sla_at_risk_at",
                    "tickets_sla_ok_crossing"),
            new Crossing(
                    "t.sla_standing = 'at_risk' AND t.sla_due_at <= :now AND t.sla_due_at > :dawn",
                    "t.sla_due_at",
                    "tickets_sla_at_risk_crossing"),
            new Crossing(
                    "t.sla_standing = 'at_risk' AND t.sla_at_risk_at > :now AND t.sla_at_risk_at < :dusk",
                    "t.sla_at_risk_at",
                    "tickets_sla_at_risk_early"),
            new Crossing(
                    "t.sla_standing = 'breached' AND t.sla_due_at > :now AND t.sla_due_at < :dusk",
                    "t.sla_due_at",
                    "tickets_sla_breached_early"));

    /**
     * One way of overtaking: its SQL condition over the alias {@code t} (active tickets), the instant it orders by,
     * and the PostgreSQL index that serves it.
     */
    record Crossing(String condition, String instant, String index) {

        String sql() {
            return "t.status IN ('open', 'in_progress', 'pending') AND " + condition;
        }
    }

    /**
     * All {@link #CROSSINGS} as one condition over the alias {@code t}: PostgreSQL reads it as a bitmap OR of their
     * partial indexes, and plans one scan of the tickets instead of one per crossing (planning a query over the
     * tickets, with their many indexes, costs more than running this one).
     */
    static String crossedSql() {
        return "t.status IN ('open', 'in_progress', 'pending') AND ("
                + CROSSINGS.stream().map(c -> "(" + c.condition() + ")").collect(Collectors.joining(" OR ")) + ")";
    }

    private static final Instant DAWN = Instant.EPOCH;
    private static final Instant DUSK = Instant.parse("9999-12-31T00:00:00Z");

    /** Binds {@code :now} and the outer bounds of the {@link #CROSSINGS}. */
    static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Instant now) {
        return statement
                .param("now", JdbcTime.toDb(now))
                .param("dawn", JdbcTime.toDb(DAWN))
                .param("dusk", JdbcTime.toDb(DUSK));
    }

    /** The standing of a ticket with these nearest instants at {@code now}: the rule {@link SlaCondition} states. */
    static SlaStanding of(@Nullable Instant dueAt, @Nullable Instant atRiskAt, Instant now) {
        if (dueAt == null) {
            return OK;
        }
        if (!dueAt.isAfter(now)) {
            return BREACHED;
        }
        return atRiskAt != null && !atRiskAt.isAfter(now) ? AT_RISK : OK;
    }

    /** The same rule in SQL over the alias {@code t} at {@code :now}, built from the views' own conditions. */
    static String sqlOf() {
        return "CASE WHEN " + SlaCondition.BREACHED.sqlCondition() + " THEN 'breached' WHEN "
                + SlaCondition.AT_RISK.sqlCondition() + " THEN 'at_risk' ELSE 'ok' END";
    }

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static SlaStanding fromCode(String code) {
        return Arrays.stream(values())
                .filter(s -> s.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown SLA standing " + code));
    }
}
