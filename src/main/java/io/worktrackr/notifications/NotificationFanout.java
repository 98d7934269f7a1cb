package io.worktrackr.notifications;

import io.worktrackr.automation.AutomationAlert;
import io.worktrackr.conversation.CommentEdited;
import io.worktrackr.conversation.CommentPosted;
import io.worktrackr.conversation.CommentRedacted;
import io.worktrackr.conversation.Visibility;
import io.worktrackr.identity.Member;
import io.worktrackr.identity.UserDirectory;
import io.worktrackr.sla.SlaAtRisk;
import io.worktrackr.sla.SlaBreached;
import io.worktrackr.tickets.AutomationCause;
import io.worktrackr.tickets.FieldChange;
import io.worktrackr.tickets.Ticket;
import io.worktrackr.tickets.TicketChanged;
import io.worktrackr.tickets.TicketCreated;
import io.worktrackr.tickets.TicketField;
import io.worktrackr.tickets.TicketQueries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Who is told what. A ticket's creation and change, an automation's alert and an SLA's are told after commit (from
 * the event publication registry: at least once, so every delivery is idempotent, see {@link Inbox}). What a
 * comment tells (its posting, edit and redaction) is written in the comment's own transaction instead: the inbox and
 * its e-mail outbox are already the outbox such a notification needs, so it stands or falls with the comment and
 * needs no stored publication, no three after-commit transactions to process and complete it, and no second read of
 * the assignee (bench, 2026-12-04: they made a comment that tells its assignee cost 1.45 times one that tells nobody).
 * A comment names at most its ticket's assignee and the people it mentions; the changes' deliveries, which a bulk
 * update multiplies by hundreds, stay after commit. Deliveries in one transaction lock their inboxes in one order
 * ({@link Inbox#deliverAll}), so two comments mentioning each other's assignees cannot deadlock; and after the
 * ticket's row, which the comment's activity entry locks first (as every change of the ticket does).
 *
 * <ul>
 * <li>a ticket assigned to a person (on creation or by a change) — the new assignee;</li>
 * <li>an {@code @mention} in a reply or note (also one an edit adds) — the person mentioned; a redaction
 *     withdraws it;</li>
 * <li>a public reply or internal note — the ticket's assignee (unless the comment mentions them: that says it);</li>
 * <li>a resolved or closed ticket reopened — its assignee;</li>
 * <li>an SLA at risk or breached — the assignee, or the organisation's admins if nobody is assigned
 *     (the SLA module's {@code SlaAtRisk} and {@code SlaBreached}).</li>
 * </ul>
 * The actor is never told of their own action, nor of what an automation rule did because of it (a rule that assigns
 * the person whose change it reacted to does not tell them they assigned themselves; the rule's {@code notify} action
 * still tells whom it names); someone no longer in the organisation is told nothing.
 */
@Component
class NotificationFanout {

    static final String COMMENT = "comment:";

    private final Inbox inbox;
    private final TicketQueries tickets;
    private final UserDirectory users;

    NotificationFanout(Inbox inbox, TicketQueries tickets, UserDirectory users) {
        this.inbox = inbox;
        this.tickets = tickets;
        this.users = users;
    }

    /**
     * Only a creation assigned to someone other than its creator tells anyone; the assignee is the one at creation,
     * from the event (the ticket may have been reassigned before this runs). A creation nobody else is assigned to
     * (nobody, or the agent who opened it for themselves) costs no stored publication.
     */
    @ApplicationModuleListener(
            id = "notifications.ticket-created",
            condition = "#event.assigneeId() != null and !#event.assigneeId().equals(#event.actorId())")
    void on(TicketCreated event) {
        UUID assignee = event.assigneeId();
        if (assignee != null) {
            inbox.deliver(new Delivery(
                    event.organisationId(),
                    assignee,
                    event.ticketId(),
                    NotificationKind.ASSIGNED,
                    "created:" + event.ticketId(),
                    event.actorId(),
                    event.at()));
        }
    }

    /**
     * Only changes that can notify anyone (the ticket given to someone other than who changed it, a reopening) are
     * recorded for this reaction: a status change, or an agent taking a ticket themselves, notifies nobody and would
     * otherwise cost each change a stored, dispatched and completed publication.
     */
    @ApplicationModuleListener(
            id = "notifications.ticket-changed",
            condition = "#event.assignedToAnother() or #event.reopened()")
    void on(TicketChanged event) {
        String source = "changed:" + event.ticketId() + "@" + event.at();
        UUID newAssignee = null;
        boolean assigneeChanged = false;
        boolean reopened = event.reopened();
        for (FieldChange change : event.changes()) {
            if (TicketField.ASSIGNEE.activityName().equals(change.field())) {
                assigneeChanged = true;
                newAssignee = change.newValue() == null ? null : UUID.fromString(change.newValue());
            }
        }
        if (newAssignee != null) {
            inbox.deliver(delivery(event, newAssignee, NotificationKind.ASSIGNED, source));
        }
        if (reopened) {
            UUID assignee =
                    assigneeChanged ? newAssignee : tickets.assigneeOf(event.organisationId(), event.ticketId());
            if (assignee != null) {
                inbox.deliver(delivery(event, assignee, NotificationKind.REOPENED, source));
            }
        }
    }

    /**
     * The mentioned and the ticket's assignee (when the comment was posted, read in its transaction) are told, in the
     * comment's own transaction (see the class comment). A comment that mentions nobody, on a ticket that had nobody
     * else assigned (the usual reply: an agent answering on their own ticket), tells nobody and costs nothing more.
     */
    @EventListener
    void on(CommentPosted event) {
        String source = COMMENT + event.commentId();
        NotificationKind toAssignee =
                event.visibility() == Visibility.PUBLIC ? NotificationKind.REPLIED : NotificationKind.NOTED;
        List<Delivery> deliveries = new ArrayList<>();
        for (UUID mentioned : event.mentioned()) {
            deliveries.add(comment(event, mentioned, NotificationKind.MENTIONED, source));
        }
        UUID assignee = event.assigneeId();
        if (assignee != null && !event.mentioned().contains(assignee)) {
            deliveries.add(comment(event, assignee, toAssignee, source));
        }
        inbox.deliverAll(deliveries);
    }

    private static Delivery comment(CommentPosted event, UUID recipient, NotificationKind kind, String source) {
        return new Delivery(
                event.organisationId(),
                recipient,
                event.ticketId(),
                kind,
                source,
                event.authorId(),
                event.at(),
                causedBy(event.automation()));
    }

    /** Who an edit newly mentions is told, in the edit's transaction. */
    @EventListener
    void on(CommentEdited event) {
        inbox.deliverAll(event.newlyMentioned().stream()
                .map(mentioned -> new Delivery(
                        event.organisationId(),
                        mentioned,
                        event.ticketId(),
                        NotificationKind.MENTIONED,
                        COMMENT + event.commentId(),
                        event.authorId(),
                        event.at()))
                .toList());
    }

    /** A redaction takes its comment's mentions back, in the redaction's transaction. */
    @EventListener
    void on(CommentRedacted event) {
        inbox.withdraw(event.organisationId(), NotificationKind.MENTIONED, COMMENT + event.commentId());
    }

    /** An automation rule's notify action, or the breaker pausing a rule: each recipient, no actor (the system). */
    @ApplicationModuleListener(id = "notifications.automation-alert")
    void on(AutomationAlert event) {
        inbox.deliverAll(event.recipients().stream()
                .map(recipient -> new Delivery(
                        event.organisationId(),
                        recipient,
                        event.ticketId(),
                        NotificationKind.AUTOMATION,
                        event.source(),
                        null,
                        event.at()))
                .toList());
    }

    @ApplicationModuleListener(id = "notifications.sla-at-risk")
    void on(SlaAtRisk event) {
        slaAlert(
                event.organisationId(),
                event.ticketId(),
                NotificationKind.SLA_AT_RISK,
                "sla-at-risk:" + event.clock() + ":" + event.dueAt(),
                event.atRiskAt());
    }

    @ApplicationModuleListener(id = "notifications.sla-breached")
    void on(SlaBreached event) {
        slaAlert(
                event.organisationId(),
                event.ticketId(),
                NotificationKind.SLA_BREACHED,
                "sla-breached:" + event.clock() + ":" + event.dueAt(),
                event.dueAt());
    }

    /**
     * An SLA alert: the ticket's assignee, or every admin of the organisation when nobody is assigned; no actor (the
     * system); one alert per ticket, kind, clock and due instant ({@code source}), so a resubmitted event changes
     * nothing.
     */
    void slaAlert(UUID organisationId, UUID ticketId, NotificationKind kind, String source, Instant at) {
        Optional<Ticket> ticket = tickets.find(organisationId, ticketId);
        if (ticket.isEmpty()) {
            return;
        }
        UUID assignee = ticket.get().assigneeId();
        List<UUID> recipients = new ArrayList<>();
        if (assignee != null) {
            recipients.add(assignee);
        } else {
            users.admins(organisationId).stream().map(Member::id).forEach(recipients::add);
        }
        inbox.deliverAll(recipients.stream()
                .map(recipient -> new Delivery(organisationId, recipient, ticketId, kind, source, null, at))
                .toList());
    }

    private static Delivery delivery(TicketChanged event, UUID recipient, NotificationKind kind, String source) {
        return new Delivery(
                event.organisationId(),
                recipient,
                event.ticketId(),
                kind,
                source,
                event.actorId(),
                event.at(),
                causedBy(event.automation()));
    }

    /** The person whose own change an automation rule reacted to (not told about the rule's doing), if any. */
    private static @Nullable UUID causedBy(@Nullable AutomationCause cause) {
        return cause == null ? null : cause.causedBy();
    }
}
