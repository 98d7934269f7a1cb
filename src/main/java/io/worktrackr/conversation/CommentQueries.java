package io.worktrackr.conversation;

import io.worktrackr.identity.Actor;
import io.worktrackr.identity.Person;
import io.worktrackr.identity.UserDirectory;
import io.worktrackr.tickets.TicketAccess;
import io.worktrackr.tickets.TicketAccess.TicketRef;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a ticket's conversation and renders it: the HTML is made from the stored Markdown at read time, so an
 * improved sanitiser protects old comments too. Mentions link only the people stored as mentioned.
 */
@Service
@Transactional(readOnly = true)
public class CommentQueries {

    /**
     * A comment as people read it: its Markdown rendered to sanitised HTML, with names next to ids. Written by a
     * person ({@code author}) or by an automation rule ({@code automation}); exactly one of the two is set.
     */
    public record RenderedComment(
            UUID id,
            UUID ticketId,
            @Nullable Person author,
            @Nullable AutomationAuthor automation,
            String visibility,
            String body,
            String html,
            List<Person> mentions,
            boolean edited,
            @Nullable Instant editedAt,
            boolean redacted,
            @Nullable Instant redactedAt,
            @Nullable Person redactedBy,
            Instant createdAt) {}

    /** An earlier text of a comment: when it was written and when it was replaced. */
    public record Revision(String body, Instant writtenAt, Instant replacedAt) {}

    private final CommentRepository comments;
    private final CommentRenderer renderer;
    private final TicketAccess access;
    private final UserDirectory users;

    CommentQueries(CommentRepository comments, CommentRenderer renderer, TicketAccess access, UserDirectory users) {
        this.comments = comments;
        this.renderer = renderer;
        this.access = access;
        this.users = users;
    }

    public List<RenderedComment> list(Actor actor, UUID ticketId) {
        TicketRef ticket = access.require(actor, ticketId);
        return render(comments.list(ticket.organisationId(), ticket.id()));
    }

    public RenderedComment get(Actor actor, UUID ticketId, UUID commentId) {
        return render(List.of(find(actor, ticketId, commentId))).get(0);
    }

    public List<Revision> revisions(Actor actor, UUID ticketId, UUID commentId) {
        Comment comment = find(actor, ticketId, commentId);
        return comments.revisions(comment.id()).stream()
                .map(r -> new Revision(r.body(), r.writtenAt(), r.replacedAt()))
                .toList();
    }

    private Comment find(Actor actor, UUID ticketId, UUID commentId) {
        TicketRef ticket = access.require(actor, ticketId);
        return comments.find(ticket.organisationId(), ticket.id(), commentId)
                .orElseThrow(() -> new CommentNotFound(commentId));
    }

    /**
     * A comment being posted, as {@link #get} will read it once committed, from what the writer holds: no read back.
     * Joins the writer's transaction.
     */
    RenderedComment posted(Comment comment, Set<UUID> mentioned) {
        return render(List.of(comment), Map.of(comment.id(), mentioned)).get(0);
    }

    /** Two batched look-ups (mentions, people) for the whole list: no N+1. */
    private List<RenderedComment> render(List<Comment> list) {
        return render(list, comments.mentioned(list.stream().map(Comment::id).toList()));
    }

    private List<RenderedComment> render(List<Comment> list, Map<UUID, Set<UUID>> mentioned) {
        Map<UUID, Person> people = users.people(Stream.concat(
                        list.stream().flatMap(c -> Stream.of(c.authorId(), c.redactedBy())),
                        mentioned.values().stream().flatMap(Set::stream))
                .filter(Objects::nonNull)
                .toList());
        return list.stream()
                .map(c -> {
                    // a redacted comment no longer says whom it mentioned
                    List<Person> mentions = c.redacted()
                            ? List.of()
                            : mentioned.getOrDefault(c.id(), Set.of()).stream()
                                    .map(people::get)
                                    .filter(Objects::nonNull)
                                    .sorted(Comparator.comparing(Person::name))
                                    .toList();
                    String html = c.redacted()
                            ? ""
                            : renderer.render(c.body(), CommentRenderer.handlesOf(mentions))
                                    .html();
                    return new RenderedComment(
                            c.id(),
                            c.ticketId(),
                            c.authorId() == null ? null : people.get(c.authorId()),
                            c.automation(),
                            c.visibility().code(),
                            c.body(),
                            html,
                            mentions,
                            c.edited(),
                            c.editedAt(),
                            c.redacted(),
                            c.redactedAt(),
                            c.redactedBy() == null ? null : people.get(c.redactedBy()),
                            c.createdAt());
                })
                .toList();
    }
}
