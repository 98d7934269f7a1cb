package io.worktrackr.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.worktrackr.common.InvalidInput;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TicketCursorTests {

    @Test
    void aCursorRoundTripsItsSortKeyAndId() {
        Ticket ticket = Ticket.open(
                UUID.randomUUID(),
                7,
                UUID.randomUUID(),
                "A title, with | pipes, # and é",
                "",
                Priority.HIGH,
                UUID.randomUUID(),
                null,
                Instant.parse("2026-01-02T03:04:05.123456Z"));
        TicketSort.Order order = TicketSort.Order.parse("title", TicketView.ALL);

        TicketCursor decoded =
                TicketCursor.decode(TicketCursor.after(order, ticket).encode(), order);

        assertThat(decoded.key()).isEqualTo("A title, with | pipes, # and é");
        assertThat(decoded.id()).isEqualTo(ticket.id());
    }

    @Test
    void aCursorOfAnotherSortOrGarbageIsRefused() {
        Ticket ticket = Ticket.open(
                UUID.randomUUID(),
                7,
                UUID.randomUUID(),
                "t",
                "",
                Priority.HIGH,
                UUID.randomUUID(),
                null,
                Instant.EPOCH);
        String cursor = TicketCursor.after(TicketSort.Order.parse("-updated", TicketView.ALL), ticket)
                .encode();

        assertThatThrownBy(() -> TicketCursor.decode(cursor, TicketSort.Order.parse("number", TicketView.ALL)))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> TicketCursor.decode("!!!", TicketSort.Order.NEWEST_CHANGE_FIRST))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void numbersAreRecognisedWithOrWithoutHash() {
        assertThat(TicketSort.Order.parse(null, TicketView.ALL)).isEqualTo(TicketSort.Order.NEWEST_CHANGE_FIRST);
        assertThat(TicketSort.Order.parse("-priority", TicketView.ALL).descending())
                .isTrue();
    }

    @Test
    void withoutASortEachViewTakesItsOwnDefaultOrder() {
        assertThat(TicketSort.Order.parse(null, TicketView.AT_RISK).code()).isEqualTo("due");
        assertThat(TicketSort.Order.parse(" ", TicketView.BREACHED).code()).isEqualTo("due");
        assertThat(TicketSort.Order.parse(null, TicketView.MY).code()).isEqualTo("-updated");
        assertThat(TicketSort.Order.parse("-updated", TicketView.AT_RISK).code())
                .isEqualTo("-updated");
        assertThat(TicketView.AT_RISK.defaultSort()).isEqualTo("due");
    }
}
