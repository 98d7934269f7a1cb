package io.worktrackr.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TicketLifecycleTests {

    static final Instant T0 = Instant.parse("2026-11-26T09:00:00Z");
    static final Instant T1 = Instant.parse("2026-11-26T10:00:00Z");

    static Ticket ticket() {
        return Ticket.open(
                UUID.randomUUID(), 1, UUID.randomUUID(), "Title", "", Priority.MEDIUM, UUID.randomUUID(), null, T0);
    }

    @Test
    void aClosedTicketMayOnlyBeReopened() {
        assertThat(TicketStatus.CLOSED.next()).containsExactly(TicketStatus.OPEN);
    }

    @ParameterizedTest
    @EnumSource(TicketStatus.class)
    void noStatusListsItselfAsANextStatus(TicketStatus status) {
        assertThat(status.next()).doesNotContain(status);
    }

    @Test
    void activeStatusesAreOpenInProgressAndPending() {
        assertThat(TicketStatus.active())
                .containsExactlyInAnyOrder(TicketStatus.OPEN, TicketStatus.IN_PROGRESS, TicketStatus.PENDING);
    }

    @Test
    void resolvingStampsResolvedAtAndReopeningClearsIt() {
        Ticket ticket = ticket();
        ticket.changeStatus(TicketStatus.RESOLVED, T1);
        assertThat(ticket.resolvedAt()).isEqualTo(T1);
        assertThat(ticket.closedAt()).isNull();

        ticket.changeStatus(TicketStatus.OPEN, T1);
        assertThat(ticket.resolvedAt()).isNull();
    }

    @Test
    void closingStampsClosedAtAndReopeningClearsBoth() {
        Ticket ticket = ticket();
        ticket.changeStatus(TicketStatus.CLOSED, T1);
        assertThat(ticket.closedAt()).isEqualTo(T1);

        ticket.changeStatus(TicketStatus.OPEN, T1);
        assertThat(ticket.closedAt()).isNull();
        assertThat(ticket.resolvedAt()).isNull();
    }

    @Test
    void aForbiddenMoveThrowsNamingTheAllowedStatusesAndChangesNothing() {
        Ticket ticket = ticket();
        ticket.changeStatus(TicketStatus.CLOSED, T1);

        assertThatThrownBy(() -> ticket.changeStatus(TicketStatus.PENDING, T1))
                .isInstanceOf(IllegalTicketTransition.class)
                .satisfies(e -> assertThat(((IllegalTicketTransition) e).allowed())
                        .isEqualTo(java.util.List.of(TicketStatus.OPEN)));
        assertThat(ticket.status()).isEqualTo(TicketStatus.CLOSED);
    }

    @Test
    void changesAreRecordedPerFieldAndNoOpsRecordNothing() {
        Ticket ticket = ticket();
        ticket.changePriority(Priority.MEDIUM);
        ticket.retitle("Title");
        ticket.assign(null);
        assertThat(ticket.changed()).isFalse();

        UUID agent = UUID.randomUUID();
        ticket.changePriority(Priority.HIGH);
        ticket.assign(agent);
        ticket.touch(T1);

        assertThat(ticket.changes())
                .containsExactly(
                        new FieldChange("priority", "medium", "high"),
                        new FieldChange("assignee", null, agent.toString()));
        assertThat(ticket.updatedAt()).isEqualTo(T1);
    }

    @Test
    void titlesAreTrimmedAndMustNotBeBlank() {
        Ticket ticket = ticket();
        ticket.retitle("  New title  ");
        assertThat(ticket.title()).isEqualTo("New title");
        assertThatThrownBy(() -> ticket.retitle(" ")).isInstanceOf(io.worktrackr.common.InvalidInput.class);
    }
}
