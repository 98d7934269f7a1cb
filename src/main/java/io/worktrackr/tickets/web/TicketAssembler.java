package io.worktrackr.tickets.web;

import io.worktrackr.identity.Person;
import io.worktrackr.identity.UserDirectory;
import io.worktrackr.queues.Queue;
import io.worktrackr.queues.QueueDirectory;
import io.worktrackr.tickets.Ticket;
import io.worktrackr.tickets.TicketSla;
import io.worktrackr.tickets.TicketSlaLookup;
import io.worktrackr.tickets.TicketStatus;
import io.worktrackr.tickets.TicketTextRenderer;
import io.worktrackr.tickets.web.TicketResponse.PersonRef;
import io.worktrackr.tickets.web.TicketResponse.QueueRef;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.util.HtmlUtils;

/**
 * Turns tickets into responses with three batched look-ups (people, queues, service levels) per page: no N+1, and
 * none for people and queues read within the last second on this node (their directories keep short-lived copies).
 */
@Component
public class TicketAssembler {

    private final UserDirectory users;
    private final QueueDirectory queues;
    // Resolved on first use, then kept: ObjectProvider.getIfAvailable resolves the dependency anew on every call,
    // which a profile of status changes showed costing more than the answer's own assembly.
    private final SingletonSupplier<TicketSlaLookup> sla;
    private final SingletonSupplier<TicketTextRenderer> text;

    TicketAssembler(
            UserDirectory users,
            QueueDirectory queues,
            ObjectProvider<TicketSlaLookup> sla,
            ObjectProvider<TicketTextRenderer> text) {
        this.users = users;
        this.queues = queues;
        this.sla = SingletonSupplier.of(sla::getIfAvailable);
        this.text = SingletonSupplier.of(text::getIfAvailable);
    }

    /** One ticket, with its description rendered (the ticket page shows it). */
    public TicketResponse toResponse(Ticket ticket) {
        TicketResponse response = toResponses(List.of(ticket)).get(0);
        TicketTextRenderer renderer = text.get();
        String html = renderer == null
                ? "<p>" + HtmlUtils.htmlEscape(ticket.description()) + "</p>"
                : renderer.toHtml(ticket.description());
        return response.withDescriptionHtml(html);
    }

    /** Many tickets (lists): without rendered descriptions, which lists do not show. */
    public List<TicketResponse> toResponses(List<Ticket> tickets) {
        if (tickets.isEmpty()) {
            return List.of();
        }
        UUID organisationId = tickets.get(0).organisationId();
        Map<UUID, Person> people = users.people(tickets.stream()
                .flatMap(t -> Stream.of(t.assigneeId(), t.createdBy()))
                .filter(Objects::nonNull)
                .toList());
        Map<UUID, Queue> queuesById = queues.byId(
                organisationId, tickets.stream().map(Ticket::queueId).toList());
        TicketSlaLookup lookup = sla.get();
        Map<UUID, TicketSla> slas = lookup == null
                ? Map.of()
                : lookup.slaOf(organisationId, tickets.stream().map(Ticket::id).toList());
        return tickets.stream()
                .map(t -> new TicketResponse(
                        t.id(),
                        t.number(),
                        t.title(),
                        t.description(),
                        null,
                        t.status().code(),
                        t.priority().code(),
                        queueRef(queuesById.get(t.queueId())),
                        personRef(people.get(t.assigneeId())),
                        personRef(people.get(t.createdBy())),
                        t.status().next().stream().map(TicketStatus::code).toList(),
                        t.status().editable(),
                        t.version(),
                        t.createdAt(),
                        t.updatedAt(),
                        t.resolvedAt(),
                        t.closedAt(),
                        t.firstRespondedAt(),
                        slas.get(t.id())))
                .toList();
    }

    private static QueueRef queueRef(Queue queue) {
        return new QueueRef(queue.id(), queue.name());
    }

    private static PersonRef personRef(Person person) {
        return person == null ? null : new PersonRef(person.id(), person.name(), person.email());
    }
}
