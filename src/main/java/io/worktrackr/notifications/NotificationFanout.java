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
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Who is told what, after commit (from the event publication registry: at least once, so every delivery is
 * idempotent, see {@link Inbox}):
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
     * The mentioned and the ticket's assignee are told. A comment that mentions nobody, on a ticket that had nobody
     * else assigned when it was posted (the usual reply: an agent answering on their own ticket), is not recorded for
     * this reaction: it would cost a stored, dispatched and completed publication to tell nobody. An automation's note
     * is always recorded (who is told depends on the person whose change the rule answered).
     */
    @ApplicationModuleListener(
            id = "notifications.comment-posted",
            condition = "!#event.mentioned().isEmpty() or #event.automation() != null"
                    + " or (#event.assigneeId() != null and !#event.assigneeId().equals(#event.authorId()))")
    void on(CommentPosted event) {
        String source = COMMENT + event.commentId();
        for (UUID mentioned : event.mentioned()) {
            inbox.deliver(new Delivery(
                    event.organisationId(),
                    mentioned,
                    event.ticketId(),
                    NotificationKind.MENTIONED,
                    source,
                    event.authorId(),
                    event.at(),
                    causedBy(event.automation())));
        }
        UUID assignee = tickets.assigneeOf(event.organisationId(), event.ticketId());
        if (assignee != null && !event.mentioned().contains(assignee)) {
            inbox.deliver(new Delivery(
                    event.organisationId(),
                    assignee,
                    event.ticketId(),
                    event.visibility() == Visibility.PUBLIC ? NotificationKind.REPLIED : NotificationKind.NOTED,
                    source,
                    event.authorId(),
                    event.at(),
                    causedBy(event.automation())));
        }
    }

    @ApplicationModuleListener(id = "notifications.comment-edited")
    void on(CommentEdited event) {
        for (UUID mentioned : event.newlyMentioned()) {
            inbox.deliver(new Delivery(
                    event.organisationId(),
                    mentioned,
                    event.ticketId(),
                    NotificationKind.MENTIONED,
                    COMMENT + event.commentId(),
                    event.authorId(),
                    event.at()));
        }
    }

    @ApplicationModuleListener(id = "notifications.comment-redacted")
    void on(CommentRedacted event) {
        inbox.withdraw(event.organisationId(), NotificationKind.MENTIONED, COMMENT + event.commentId());
    }

    /** An automation rule's notify action, or the breaker pausing a rule: each recipient, no actor (the system). */
    @ApplicationModuleListener(id = "notifications.automation-alert")
    void on(AutomationAlert event) {
        for (UUID recipient : event.recipients()) {
            inbox.deliver(new Delivery(
                    event.organisationId(),
                    recipient,
                    event.ticketId(),
                    NotificationKind.AUTOMATION,
                    event.source(),
                    null,
                    event.at()));
        }
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
        for (UUID recipient : recipients) {
            inbox.deliver(new Delivery(organisationId, recipient, ticketId, kind, source, null, at));
        }
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
