package io.worktrackr.conversation;

import io.worktrackr.common.JdbcTime;
import io.worktrackr.conversation.CommentQueries.RenderedComment;
import io.worktrackr.identity.Actor;
import io.worktrackr.identity.Member;
import io.worktrackr.identity.UserDirectory;
import io.worktrackr.tickets.AutomationCause;
import io.worktrackr.tickets.TicketAccess;
import io.worktrackr.tickets.TicketAccess.TicketRef;
import io.worktrackr.tickets.TicketManagement;
import io.worktrackr.tickets.TicketQueries;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The conversation's use cases, one transaction each: ticket access first, then the comment's own rules,
 * then the write, the mentions, and the event (the activity entry commits with it).
 */
@Service
public class CommentManagement {

    static final int MAX_HANDLES_LOOKED_UP = 200;

    private final CommentRepository comments;
    private final CommentRenderer renderer;
    private final CommentQueries queries;
    private final TicketAccess access;
    private final TicketManagement tickets;
    private final TicketQueries ticketQueries;
    private final UserDirectory users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommentManagement(
            CommentRepository comments,
            CommentRenderer renderer,
            CommentQueries queries,
            TicketAccess access,
            TicketManagement tickets,
            TicketQueries ticketQueries,
            UserDirectory users,
            ApplicationEventPublisher events,
            Clock clock) {
        this.comments = comments;
        this.renderer = renderer;
        this.queries = queries;
        this.access = access;
        this.tickets = tickets;
        this.ticketQueries = ticketQueries;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Posts a reply or note; the first public one by an agent stamps the ticket's first response. Answers the comment
     * as readers will see it, rendered from what was written (no read back).
     */
    @Transactional
    public RenderedComment post(Actor actor, UUID ticketId, String body, Visibility visibility) {
        TicketRef ticket = access.require(actor, ticketId);
        Instant now = JdbcTime.now(clock);
        Comment comment = Comment.post(ticket.organisationId(), ticket.id(), actor.userId(), visibility, body, now);
        Set<UUID> mentioned = mentionsIn(actor, comment.body());
        comments.insert(comment);
        comments.addMentions(comment, mentioned, now);
        if (visibility == Visibility.PUBLIC) {
            // every member is an agent (admins too); requesters, once they exist, will not stamp it
            tickets.recordFirstResponse(actor, ticket.id(), now);
        }
        // rendered before the event: its listeners lock the notified people's inboxes until the commit
        RenderedComment posted = queries.posted(comment, mentioned);
        events.publishEvent(new CommentPosted(
                comment.id(),
                ticket.id(),
                ticket.organisationId(),
                actor.userId(),
                visibility,
                now,
                mentioned,
                ticketQueries.assigneeOf(ticket.organisationId(), ticket.id())));
        return posted;
    }

    /**
     * An automation rule adds an internal note, in the caller's transaction: written by the rule (no person is its
     * author), named by the cause. No access check beyond the organisation, no first response (a note is internal),
     * mentions as in any note.
     */
    @Transactional
    public UUID postAutomatedNote(UUID organisationId, UUID ticketId, AutomationCause cause, String body) {
        TicketRef ticket = access.requireInOrganisation(organisationId, ticketId);
        Instant now = clock.instant();
        Comment comment = Comment.noteByAutomation(
                ticket.organisationId(),
                ticket.id(),
                new AutomationAuthor(cause.ruleId(), cause.ruleName()),
                body,
                now);
        Set<UUID> mentioned = mentionsIn(ticket.organisationId(), comment.body());
        comments.insert(comment);
        comments.addMentions(comment, mentioned, now);
        events.publishEvent(new CommentPosted(
                comment.id(),
                ticket.id(),
                ticket.organisationId(),
                null,
                Visibility.INTERNAL,
                now,
                mentioned,
                cause,
                ticketQueries.assigneeOf(ticket.organisationId(), ticket.id())));
        return comment.id();
    }

    /** The author replaces the text; the previous text is kept as a revision. The same text changes nothing. */
    @Transactional
    public void edit(Actor actor, UUID ticketId, UUID commentId, String body) {
        TicketRef ticket = access.require(actor, ticketId);
        Comment comment = comments.findForUpdate(ticket.organisationId(), ticket.id(), commentId)
                .orElseThrow(() -> new CommentNotFound(commentId));
        comment.requireEditableBy(actor);
        String text = Comment.checkBody(body);
        if (text.equals(comment.body())) {
            return;
        }
        Instant now = clock.instant();
        comments.edit(comment, text, now);
        Set<UUID> added = comments.addMentions(comment, mentionsIn(actor, text), now);
        events.publishEvent(
                new CommentEdited(comment.id(), ticket.id(), ticket.organisationId(), actor.userId(), now, added));
    }

    /** An admin removes a comment's content, its earlier revisions' too; who and when is recorded. */
    @Transactional
    public void redact(Actor actor, UUID ticketId, UUID commentId) {
        TicketRef ticket = access.require(actor, ticketId);
        Comment comment = comments.findForUpdate(ticket.organisationId(), ticket.id(), commentId)
                .orElseThrow(() -> new CommentNotFound(commentId));
        comment.requireRedactableBy(actor);
        Instant now = clock.instant();
        comments.redact(comment, actor.userId(), now);
        events.publishEvent(
                new CommentRedacted(comment.id(), ticket.id(), ticket.organisationId(), actor.userId(), now));
    }

    /** The members of the actor's organisation this text mentions. */
    private Set<UUID> mentionsIn(Actor actor, String body) {
        return mentionsIn(actor.organisationId(), body);
    }

    /**
     * The members of the organisation this text mentions: only the people its handles could name are looked up
     * (none for a text without one), so a comment costs the same in an organisation of ten or of thousands.
     */
    private Set<UUID> mentionsIn(UUID organisationId, String body) {
        Set<String> handles = CommentRenderer.handlesIn(body);
        if (handles.isEmpty()) {
            return Set.of();
        }
        // a text naming more people than any real mention does is resolved against the whole membership instead
        // of one query with thousands of parameters
        var candidates = (handles.size() > MAX_HANDLES_LOOKED_UP
                        ? users.members(organisationId)
                        : users.membersByHandles(organisationId, handles))
                .stream().map(Member::person).toList();
        return renderer.render(body, CommentRenderer.handlesOf(candidates)).mentioned();
    }
}
