package io.worktrackr.tickets;

import io.worktrackr.common.FieldError;
import io.worktrackr.common.InvalidInput;
import io.worktrackr.common.JdbcTime;
import io.worktrackr.common.ProblemException;
import io.worktrackr.identity.Actor;
import io.worktrackr.identity.UserDirectory;
import io.worktrackr.queues.QueueDirectory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.function.SingletonSupplier;

/**
 * The ticket use cases. Each runs in one transaction (creation in two, see {@link #create}): permission
 * (organisation scope) first, then the aggregate decides, the store saves with the version check, and the events
 * published here are recorded (activity) in the same transaction. Single and bulk changes run the very same {@link #apply} code.
 */
@Service
public class TicketManagement implements io.worktrackr.queues.QueueTicketMover {

    public static final int MAX_BULK_ITEMS = 500;

    private final TicketRepository repository;
    private final TicketNumbers numbers;
    private final UserDirectory users;
    private final QueueDirectory queues;
    // Resolved on first use, then kept (ObjectProvider.getIfAvailable resolves anew on every call: measurable per
    // change). Late, because the implementations live in modules that depend on this one.
    private final SingletonSupplier<TicketDeadlineKeeper> deadlines;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SingletonSupplier<TicketFieldHistory> history;
    private final TransactionOperations transactions;

    TicketManagement(
            TicketRepository repository,
            TicketNumbers numbers,
            UserDirectory users,
            QueueDirectory queues,
            ApplicationEventPublisher events,
            Clock clock,
            ObjectProvider<TicketFieldHistory> history,
            ObjectProvider<TicketDeadlineKeeper> deadlines,
            PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.transactions = new TransactionTemplate(transactionManager);
        this.numbers = numbers;
        this.users = users;
        this.queues = queues;
        this.events = events;
        this.clock = clock;
        this.history = SingletonSupplier.of(history::getIfAvailable);
        this.deadlines = SingletonSupplier.of(() -> deadlines.getIfAvailable(() -> TicketDeadlineKeeper.NONE));
    }

    /**
     * Opens a ticket, in two transactions so that concurrent creations in one organisation do not queue on each
     * other: the checks and the number first (the organisation's counter row is locked only for that short
     * transaction), then the ticket with its activity and event. Inside a caller's transaction both join it and the
     * number is taken and kept with the ticket in that one transaction.
     */
    public Ticket create(Actor actor, NewTicket command) {
        Numbered numbered = Objects.requireNonNull(
                transactions.execute(status -> checkAndNumber(actor, command, status.isNewTransaction())));
        return Objects.requireNonNull(transactions.execute(status -> open(actor, numbered)));
    }

    /** A creation that passed its checks, with its number taken. */
    private record Numbered(
            long number,
            String title,
            String description,
            Priority priority,
            UUID queueId,
            @Nullable UUID assigneeId) {}

    private Numbered checkAndNumber(Actor actor, NewTicket command, boolean ownTransaction) {
        String title = Ticket.checkTitle(command.title());
        String description = Ticket.checkDescription(command.description());
        UUID queueId = command.queueId() == null
                ? queues.defaultQueue(actor.organisationId()).id()
                : queues.requireOpenForTickets(
                                actor.organisationId(), command.queueId(), TicketField.QUEUE.requestName())
                        .id();
        if (command.assigneeId() != null) {
            requireMember(actor, command.assigneeId());
        }
        Priority priority = command.priority() == null ? Priority.MEDIUM : command.priority();
        // last: the counter row stays locked from here to this transaction's commit
        long number = numbers.next(actor.organisationId(), ownTransaction);
        return new Numbered(number, title, description, priority, queueId, command.assigneeId());
    }

    private Ticket open(Actor actor, Numbered numbered) {
        Instant now = now();
        Ticket ticket = Ticket.open(
                actor.organisationId(),
                numbered.number(),
                actor.userId(),
                numbered.title(),
                numbered.description(),
                numbered.priority(),
                numbered.queueId(),
                numbered.assigneeId(),
                now);
        TicketDeadlineKeeper.Plan plan = deadlines.obtain().planOpening(ticket, now);
        if (plan.movesDeadlines()) {
            ticket.startDeadlines(plan.dueAt(), plan.atRiskAt());
        }
        repository.insert(ticket);
        plan.apply();
        events.publishEvent(new TicketCreated(
                ticket.id(), ticket.organisationId(), ticket.number(), actor.userId(), now, ticket.assigneeId()));
        return ticket;
    }

    /**
     * Records that an agent answered the requester publicly at {@code at}. Only the first response stamps the
     * ticket; later ones change nothing (returns false). Called by the conversation inside its transaction.
     */
    @Transactional
    public boolean recordFirstResponse(Actor actor, UUID ticketId, Instant at) {
        UUID organisationId = actor.organisationId();
        // most replies are not the first: a plain read settles them without locking the row
        if (!repository.unanswered(organisationId, ticketId)) {
            return false;
        }
        Optional<TicketTally.Group> stored = repository.lockUnanswered(organisationId, ticketId);
        if (stored.isEmpty()) {
            return false; // another first reply committed in between
        }
        TicketDeadlineKeeper.Plan plan = deadlines.obtain().planFirstResponse(organisationId, ticketId, at);
        if (!repository.stampFirstResponse(organisationId, ticketId, at, stored.get(), plan)) {
            return false;
        }
        plan.apply();
        return true;
    }

    /**
     * Changes one ticket; a stale version is refused with {@link StaleTicket}, a field someone else changed since
     * the client saw it with {@link FieldConflict}, never overwritten. The row is locked before the comparison, so
     * concurrent changes of one ticket are compared one after the other against what the previous one committed.
     */
    @Transactional
    public Ticket change(Actor actor, UUID ticketId, TicketChanges changes) {
        for (int attempt = 1; ; attempt++) {
            Ticket ticket = repository.findAllForUpdate(actor.organisationId(), List.of(ticketId)).stream()
                    .findFirst()
                    .orElseThrow(() -> new TicketNotFound(ticketId));
            apply(actor, ticket, changes, now());
            // a request with a version keeps its whole-ticket rule (refused if the row moved); any other compares
            // again against the row as it is now: only a database whose lock wait hands back the row as it was
            // before the wait gets here, and reading it again (the lock is held now) shows the committed change
            if (changes.expectedVersion() != null || attempt == 3) {
                save(actor.userId(), ticket, null);
                return ticket;
            }
            if (trySave(actor.userId(), ticket, null)) {
                return ticket;
            }
        }
    }

    /**
     * The system changes one ticket for an automation rule: no person acts (the activity entries and the event carry
     * no actor but the {@code cause}); the change goes through the same aggregate checks as a person's. Assignees must
     * be members, queues open, status moves allowed, exactly as for a person.
     *
     * <p>What the rule evaluated travels in {@code changes}: per field, the value it read ({@link
     * TicketChanges#expected()}: the fields its conditions looked at and the fields its actions set), or, for a rule
     * that looked at the whole ticket, the version it read ({@link TicketChanges#expectedVersion()}, refused with
     * {@link StaleTicket}). Each expected field must still hold <em>exactly</em> the value the rule read, else
     * {@link FieldConflict} and nothing is written: stricter than a person's {@code expected} (where a field someone
     * already set to the very value sent is no conflict), because the rule decided on the old value and must decide
     * again. A change someone made to any other field meanwhile does not stand in the way; the rule's change applies
     * on top of it. The row is locked before the comparison.
     */
    @Transactional
    public Ticket changeByAutomation(UUID organisationId, UUID ticketId, TicketChanges changes, AutomationCause cause) {
        Actor system = new Actor(new UUID(0, 0), organisationId, io.worktrackr.identity.Role.ADMIN);
        Ticket ticket = repository.findAllForUpdate(organisationId, List.of(ticketId)).stream()
                .findFirst()
                .orElseThrow(() -> new TicketNotFound(ticketId));
        if (changes.expectedVersion() != null && changes.expectedVersion() != ticket.version()) {
            throw new StaleTicket(ticket.id(), ticket.number(), changes.expectedVersion(), ticket.version());
        }
        requireValuesAsRead(ticket, changes);
        apply(system, ticket, changes, now());
        save(null, ticket, cause);
        return ticket;
    }

    /**
     * Changes many tickets, all or nothing: every item is checked first; if any fails (unknown, stale, invalid,
     * not allowed) nothing is written and {@link BulkRejected} lists every failing item.
     */
    @Transactional
    public List<Ticket> changeAll(Actor actor, List<BulkChange> items) {
        if (items.isEmpty() || items.size() > MAX_BULK_ITEMS) {
            throw new InvalidInput("items", "must hold between 1 and " + MAX_BULK_ITEMS + " items");
        }
        Map<UUID, Ticket> tickets = repository
                .findAllForUpdate(
                        actor.organisationId(),
                        items.stream().map(BulkChange::ticketId).distinct().toList())
                .stream()
                .collect(Collectors.toMap(Ticket::id, Function.identity()));
        Instant now = now();
        List<BulkRejected.FailedItem> failures = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            BulkChange item = items.get(i);
            Ticket ticket = tickets.get(item.ticketId());
            try {
                if (ticket == null) {
                    throw new TicketNotFound(item.ticketId());
                }
                if (!seen.add(item.ticketId())) {
                    throw new InvalidInput("id", "appears more than once in this bulk update");
                }
                apply(actor, ticket, item.changes(), now);
            } catch (StaleTicket e) {
                failures.add(new BulkRejected.FailedItem(
                        i, item.ticketId(), List.of(new FieldError("version", e.getMessage())), item.ticketId()));
            } catch (FieldConflict e) {
                failures.add(new BulkRejected.FailedItem(
                        i,
                        item.ticketId(),
                        e.conflicts().stream()
                                .map(c -> new FieldError(
                                        c.field().requestName(), "was changed by someone else meanwhile"))
                                .toList(),
                        item.ticketId()));
            } catch (IllegalTicketTransition e) {
                failures.add(new BulkRejected.FailedItem(i, item.ticketId(), List.of(e.fieldError()), null));
            } catch (ProblemException e) {
                List<FieldError> errors =
                        e.errors().isEmpty() ? List.of(new FieldError("id", e.getMessage())) : e.errors();
                failures.add(new BulkRejected.FailedItem(i, item.ticketId(), errors, null));
            }
        }
        if (!failures.isEmpty()) {
            throw new BulkRejected(failures, items.size());
        }
        items.forEach(item -> save(actor.userId(), tickets.get(item.ticketId()), null));
        return items.stream().map(item -> tickets.get(item.ticketId())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public long activeTickets(UUID organisationId, UUID queueId) {
        return repository.activeIdsInQueue(organisationId, queueId).size();
    }

    /**
     * Moves the queue's active tickets to another queue (an admin archiving the queue), in the caller's
     * transaction: each one through the aggregate and the repository (version, tally), each with its activity
     * entry and {@link TicketChanged} event, exactly like a move by hand.
     */
    @Override
    @Transactional
    public int moveActiveTickets(Actor actor, UUID fromQueueId, UUID toQueueId) {
        UUID to = queues.requireOpenForTickets(actor.organisationId(), toQueueId, "moveActiveTicketsTo")
                .id();
        List<Ticket> tickets = repository.findAllForUpdate(
                actor.organisationId(), repository.activeIdsInQueue(actor.organisationId(), fromQueueId));
        Instant now = now();
        int moved = 0;
        for (Ticket ticket : tickets) {
            if (!ticket.queueId().equals(fromQueueId) || !TicketStatus.active().contains(ticket.status())) {
                continue; // changed between the look-up and the lock
            }
            ticket.moveToQueue(to);
            ticket.touch(now);
            save(actor.userId(), ticket, null);
            moved++;
        }
        return moved;
    }

    private void apply(Actor actor, Ticket ticket, TicketChanges changes, Instant now) {
        if (changes.expectedVersion() != null && changes.expectedVersion() != ticket.version()) {
            throw new StaleTicket(ticket.id(), ticket.number(), changes.expectedVersion(), ticket.version());
        }
        requireExpectedValues(ticket, changes);
        // a closed ticket's fields are read-only; a request that reopens it may change them at once
        if (changes.status() != null && !ticket.status().editable()) {
            ticket.changeStatus(changes.status(), now);
        }
        if (changes.title() != null) {
            ticket.retitle(changes.title());
        }
        if (changes.description() != null) {
            ticket.describe(changes.description());
        }
        if (changes.priority() != null) {
            ticket.changePriority(changes.priority());
        }
        if (changes.queueId() != null) {
            ticket.moveToQueue(queues.requireOpenForTickets(
                            actor.organisationId(), changes.queueId(), TicketField.QUEUE.requestName())
                    .id());
        }
        if (changes.assigneeGiven()) {
            if (changes.assigneeId() != null && !changes.assigneeId().equals(ticket.assigneeId())) {
                requireMember(actor, changes.assigneeId());
            }
            ticket.assign(changes.assigneeId());
        }
        if (changes.status() != null) {
            ticket.changeStatus(changes.status(), now);
        }
        ticket.touch(now);
    }

    /**
     * Compares the values the client saw with the ticket's (its row is locked): a field that holds neither the value
     * the client expected nor the value it sends was changed by someone else, and the whole change is refused.
     */
    private void requireExpectedValues(Ticket ticket, TicketChanges changes) {
        if (changes.expected().isEmpty()) {
            return;
        }
        List<FieldConflict.Conflict> conflicts = new ArrayList<>();
        changes.expected().forEach((field, expected) -> {
            String theirs = ticket.rawValue(field);
            if (Objects.equals(theirs, expected)) {
                return;
            }
            String yours = changes.sets(field) ? changes.rawValue(field) : null;
            if (changes.sets(field) && sameValue(field, theirs, yours)) {
                return; // someone else already made this very change: nothing stands in the way
            }
            conflicts.add(conflict(ticket, field, expected, yours));
        });
        if (!conflicts.isEmpty()) {
            throw new FieldConflict(ticket.id(), ticket.number(), conflicts);
        }
    }

    /** Every expected field holds exactly the expected value (a rule's reading; see changeByAutomation). */
    private void requireValuesAsRead(Ticket ticket, TicketChanges changes) {
        List<FieldConflict.Conflict> conflicts = new ArrayList<>();
        changes.expected().forEach((field, expected) -> {
            if (!Objects.equals(ticket.rawValue(field), expected)) {
                conflicts.add(conflict(ticket, field, expected, changes.sets(field) ? changes.rawValue(field) : null));
            }
        });
        if (!conflicts.isEmpty()) {
            throw new FieldConflict(ticket.id(), ticket.number(), conflicts);
        }
    }

    private FieldConflict.Conflict conflict(
            Ticket ticket, TicketField field, @Nullable String expected, @Nullable String yours) {
        TicketFieldHistory fieldHistory = history.get();
        TicketFieldHistory.LastChange last = fieldHistory == null
                ? null
                : fieldHistory
                        .lastChange(ticket.organisationId(), ticket.id(), field)
                        .orElse(null);
        return new FieldConflict.Conflict(field, expected, yours, ticket.rawValue(field), last);
    }

    /** Titles are stored stripped: " Printer " sent when "Printer" is stored is the same title. */
    private static boolean sameValue(TicketField field, @Nullable String stored, @Nullable String sent) {
        if (field == TicketField.TITLE && stored != null && sent != null) {
            return stored.equals(sent.strip());
        }
        return Objects.equals(stored, sent);
    }

    private void save(@Nullable UUID actorId, Ticket ticket, @Nullable AutomationCause cause) {
        if (!trySave(actorId, ticket, cause)) {
            throw new StaleTicket(ticket.id(), ticket.number(), ticket.version(), ticket.version() + 1);
        }
    }

    /** Saves if the row is still at the loaded version (true, also when nothing changed); false: it moved. */
    private boolean trySave(@Nullable UUID actorId, Ticket ticket, @Nullable AutomationCause cause) {
        if (!ticket.changed()) {
            return true;
        }
        TicketDeadlineKeeper.Plan plan = deadlines.obtain().plan(ticket, ticket.changes(), ticket.updatedAt());
        if (!repository.update(ticket, plan)) {
            return false;
        }
        plan.apply();
        // the row was locked and written from this instance: no read-back (its state is the stored state)
        ticket.saved();
        events.publishEvent(new TicketChanged(
                ticket.id(),
                ticket.organisationId(),
                actorId,
                ticket.updatedAt(),
                ticket.changes(),
                ticket.number(),
                ticket.version(),
                cause));
        return true;
    }

    private Instant now() {
        return JdbcTime.now(clock);
    }

    private void requireMember(Actor actor, UUID userId) {
        if (users.member(actor.organisationId(), userId).isEmpty()) {
            throw new InvalidInput(TicketField.ASSIGNEE.requestName(), "is not a member of this organisation");
        }
    }
}
