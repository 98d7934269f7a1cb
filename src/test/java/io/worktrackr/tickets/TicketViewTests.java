package io.worktrackr.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TicketViewTests {

    private static final java.time.Instant NOW = java.time.Instant.parse("2026-06-01T12:00:00Z");

    static final UUID ME = UUID.randomUUID();
    static final UUID SOMEONE = UUID.randomUUID();

    static Ticket ticket(TicketStatus status, UUID assignee) {
        Ticket ticket = Ticket.open(
                UUID.randomUUID(), 1, ME, "t", "", Priority.LOW, UUID.randomUUID(), assignee, Instant.EPOCH);
        if (status != TicketStatus.OPEN) {
            ticket.changeStatus(status, Instant.EPOCH);
        }
        return ticket;
    }

    @Test
    void myTicketsAreActiveTicketsAssignedToMe() {
        assertThat(TicketView.MY.includes(ticket(TicketStatus.OPEN, ME), ME, NOW))
                .isTrue();
        assertThat(TicketView.MY.includes(ticket(TicketStatus.PENDING, ME), ME, NOW))
                .isTrue();
        assertThat(TicketView.MY.includes(ticket(TicketStatus.RESOLVED, ME), ME, NOW))
                .isFalse();
        assertThat(TicketView.MY.includes(ticket(TicketStatus.OPEN, SOMEONE), ME, NOW))
                .isFalse();
        assertThat(TicketView.MY.includes(ticket(TicketStatus.OPEN, null), ME, NOW))
                .isFalse();
    }

    @Test
    void unassignedAreActiveTicketsWithoutAssignee() {
        assertThat(TicketView.UNASSIGNED.includes(ticket(TicketStatus.IN_PROGRESS, null), ME, NOW))
                .isTrue();
        assertThat(TicketView.UNASSIGNED.includes(ticket(TicketStatus.CLOSED, null), ME, NOW))
                .isFalse();
        assertThat(TicketView.UNASSIGNED.includes(ticket(TicketStatus.OPEN, SOMEONE), ME, NOW))
                .isFalse();
    }

    @Test
    void statusViewsHoldExactlyTheirStatusAndAllHoldsEverything() {
        for (TicketStatus status : TicketStatus.values()) {
            Ticket ticket = ticket(status, null);
            assertThat(TicketView.valueOf(status.name()).includes(ticket, ME, NOW))
                    .isTrue();
            assertThat(TicketView.ALL.includes(ticket, ME, NOW)).isTrue();
            assertThat(TicketView.ACTIVE.includes(ticket, ME, NOW))
                    .isEqualTo(TicketStatus.active().contains(status));
        }
    }

    @Test
    void theSqlConditionIsDerivedFromTheSameDefinition() {
        assertThat(TicketView.MY.sqlCondition())
                .isEqualTo("(t.status IN ('open', 'in_progress', 'pending') AND t.assignee_id = :caller)");
        assertThat(TicketView.UNASSIGNED.sqlCondition()).contains("t.assignee_id IS NULL");
        assertThat(TicketView.CLOSED.sqlCondition()).isEqualTo("t.status IN ('closed')");
        assertThat(TicketView.ALL.sqlCondition()).isEqualTo("TRUE");
    }

    @Test
    void anAssigneeIsTheCallerNobodyOrSomeoneElseAndWithoutACallerNeverTheCaller() {
        assertThat(TicketView.AssignedTo.of(ME, ME)).isEqualTo(TicketView.AssignedTo.CALLER);
        assertThat(TicketView.AssignedTo.of(null, ME)).isEqualTo(TicketView.AssignedTo.NOBODY);
        assertThat(TicketView.AssignedTo.of(SOMEONE, ME)).isEqualTo(TicketView.AssignedTo.SOMEONE_ELSE);
        assertThat(TicketView.AssignedTo.of(ME, null)).isEqualTo(TicketView.AssignedTo.SOMEONE_ELSE);
        assertThat(TicketView.AssignedTo.of(null, null)).isEqualTo(TicketView.AssignedTo.NOBODY);
    }
}
