package io.worktrackr.tickets;

import io.worktrackr.common.InvalidInput;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Where a ticket stands against its service level, as the stored instants ({@link Ticket#slaDueAt()},
 * {@link Ticket#slaAtRiskAt()}) and "now" tell it: the one definition behind the {@code sla=} filter and the
 * {@link TicketView#AT_RISK} and {@link TicketView#BREACHED} views. The SQL needs no calculation per row: "now"
 * is the named parameter {@code :now}, compared with indexed columns.
 */
public enum SlaCondition {
    /** A running clock's at-risk instant has passed, none is overdue yet. */
    AT_RISK("(t.sla_at_risk_at <= :now AND t.sla_due_at > :now)"),
    /** A running clock is past its due instant. */
    BREACHED("t.sla_due_at <= :now"),
    /** Waiting on the requester: the clocks stand still while a ticket is pending. */
    PAUSED("t.status = 'pending'");

    private final String sql;

    SlaCondition(String sql) {
        this.sql = sql;
    }

    String sqlCondition() {
        return sql;
    }

    /** The stored standing that holds exactly the tickets in this condition, if the condition is one. */
    @Nullable SlaStanding standing() {
        return switch (this) {
            case AT_RISK -> SlaStanding.AT_RISK;
            case BREACHED -> SlaStanding.BREACHED;
            case PAUSED -> null;
        };
    }

    /** Does a ticket in this condition always have a due instant ({@code t.sla_due_at IS NOT NULL})? */
    boolean requiresDue() {
        return switch (this) {
            case AT_RISK, BREACHED -> true;
            case PAUSED -> false;
        };
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean includes(Ticket ticket, Instant now) {
        @Nullable SlaStanding standing = standing();
        return standing == null
                ? ticket.status() == TicketStatus.PENDING
                : SlaStanding.of(ticket.slaDueAt(), ticket.slaAtRiskAt(), now) == standing;
    }

    public static SlaCondition parse(String field, String value) {
        return Arrays.stream(values())
                .filter(v -> v.code().equals(value))
                .findFirst()
                .orElseThrow(() -> new InvalidInput(
                        field,
                        "must be one of "
                                + Arrays.stream(values())
                                        .map(SlaCondition::code)
                                        .collect(Collectors.joining(", "))));
    }
}
