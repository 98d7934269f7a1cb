package io.worktrackr.tickets.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import io.worktrackr.common.FieldError;
import io.worktrackr.common.ProblemType;
import io.worktrackr.identity.Actor;
import io.worktrackr.identity.CurrentActor;
import io.worktrackr.identity.Person;
import io.worktrackr.identity.UserDirectory;
import io.worktrackr.tickets.BulkRejected;
import io.worktrackr.tickets.FieldConflict;
import io.worktrackr.tickets.IllegalTicketTransition;
import io.worktrackr.tickets.Priority;
import io.worktrackr.tickets.StaleTicket;
import io.worktrackr.tickets.Ticket;
import io.worktrackr.tickets.TicketField;
import io.worktrackr.tickets.TicketFieldHistory;
import io.worktrackr.tickets.TicketQueries;
import io.worktrackr.tickets.TicketStatus;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns the tickets module's domain exceptions into typed RFC 9457 problems, for the tickets API only (the
 * platform's handler answers everything else). The problem types come from the {@link ProblemType} catalogue.
 */
@RestControllerAdvice(basePackages = "io.worktrackr.tickets")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class TicketProblems {

    /** 409 {@code stale-ticket}: nothing was saved; {@code ticket} is the ticket as it is now. */
    @Schema(description = "409 stale-ticket: nothing was saved; `ticket` is the ticket as it is now.")
    public record StaleTicketProblem(
            URI type,
            String title,
            int status,
            String detail,
            @Schema(format = "uri-reference") URI instance,
            TicketResponse ticket) {}

    /**
     * 409 {@code field-conflict}: a field this request changes was changed by someone else since the client saw it;
     * nothing was saved.
     */
    @Schema(
            description = "409 field-conflict: someone else changed a field this request changes since you saw it; "
                    + "nothing was saved. `conflicts` says per field what you saw, what you sent, what it is now and "
                    + "who changed it; `ticket` is the ticket as it is now.")
    public record FieldConflictProblem(
            URI type,
            String title,
            int status,
            String detail,
            @Schema(format = "uri-reference") URI instance,
            List<FieldError> errors,
            List<TicketFieldConflictResponse> conflicts,
            TicketResponse ticket) {}

    /** One field in conflict: raw values as in the request ({@code null} assignee = unassigned). */
    public record TicketFieldConflictResponse(
            @Schema(description = "the field's request name: status, priority, assigneeId, queueId, title, description")
            String field,

            @Schema(description = "the value you saw (sent in `expected`)") @Nullable String expected,

            @Schema(description = "the value you sent; null if you did not change the field (a precondition)") @Nullable String yours,

            @Schema(description = "the value it holds now") @Nullable String theirs,

            @Schema(description = "`theirs` as a person reads it: a status or priority label, a name") @Nullable String theirsLabel,

            @Schema(description = "who changed it last; null when the system (an automation rule) did")
            TicketResponse.@Nullable PersonRef changedBy,

            @Nullable Instant changedAt,

            @Schema(description = "the automation rule that changed it, when no person did") @Nullable String automationRule) {}

    /** 422 {@code illegal-transition}: the lifecycle does not allow the move; {@code allowed} lists where it may go. */
    @Schema(description = "422 illegal-transition: the lifecycle does not allow this status change.")
    public record IllegalTransitionProblem(
            URI type,
            String title,
            int status,
            String detail,
            @Schema(format = "uri-reference") URI instance,
            List<FieldError> errors,

            @Schema(description = "the statuses the ticket may move to instead")
            List<String> allowed) {}

    /** 422 {@code bulk-rejected}: nothing changed; every failing item is listed. */
    @Schema(description = "422 bulk-rejected: nothing changed; every failing item is listed.")
    public record BulkRejectedProblem(
            URI type,
            String title,
            int status,
            String detail,
            @Schema(format = "uri-reference") URI instance,
            List<RejectedItem> items) {}

    /** One failing item of a bulk update; {@code ticket} (its current state) only when it was stale. */
    public record RejectedItem(
            @Schema(description = "position in the request array, from 0")
            int index,

            UUID id,
            List<FieldError> errors,

            @Schema(description = "present only when the item failed because the ticket changed meanwhile")
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Nullable TicketResponse ticket) {}

    private final TicketQueries queries;
    private final TicketAssembler assembler;
    private final CurrentActor currentActor;
    private final UserDirectory users;

    TicketProblems(TicketQueries queries, TicketAssembler assembler, CurrentActor currentActor, UserDirectory users) {
        this.queries = queries;
        this.assembler = assembler;
        this.currentActor = currentActor;
        this.users = users;
    }

    @ExceptionHandler(StaleTicket.class)
    ResponseEntity<Object> stale(StaleTicket e, HttpServletRequest request) {
        ProblemType type = ProblemType.STALE_TICKET;
        TicketResponse current = assembler.toResponse(queries.get(currentActor.get(), e.ticketId()));
        return respond(
                type,
                new StaleTicketProblem(
                        type.uri(), type.title(), type.status(), e.getMessage(), instance(request), current));
    }

    @ExceptionHandler(FieldConflict.class)
    ResponseEntity<Object> fieldConflict(FieldConflict e, HttpServletRequest request) {
        ProblemType type = ProblemType.FIELD_CONFLICT;
        Ticket now = queries.get(currentActor.get(), e.ticketId());
        TicketResponse current = assembler.toResponse(now);
        Map<UUID, Person> people = users.people(e.conflicts().stream()
                .map(FieldConflict.Conflict::lastChange)
                .filter(Objects::nonNull)
                .map(TicketFieldHistory.LastChange::actorId)
                .filter(Objects::nonNull)
                .toList());
        List<TicketFieldConflictResponse> conflicts = e.conflicts().stream()
                .map(c -> {
                    TicketFieldHistory.LastChange last = c.lastChange();
                    Person by = last == null || last.actorId() == null ? null : people.get(last.actorId());
                    return new TicketFieldConflictResponse(
                            c.field().requestName(),
                            c.expected(),
                            c.yours(),
                            c.theirs(),
                            label(c.field(), c.theirs(), current),
                            by == null ? null : new TicketResponse.PersonRef(by.id(), by.name(), by.email()),
                            last == null ? null : last.at(),
                            last == null ? null : last.automationRule());
                })
                .toList();
        String detail = conflicts.stream()
                        .map(c -> (c.changedBy() != null
                                        ? c.changedBy().name()
                                        : c.automationRule() != null
                                                ? "Automation rule “" + c.automationRule() + "”"
                                                : "Someone else")
                                + " changed the " + words(c.field()) + " of #" + e.number() + " to "
                                + (c.theirsLabel() == null ? "nothing" : "“" + c.theirsLabel() + "”")
                                + " after you loaded it.")
                        .collect(Collectors.joining(" "))
                + " Nothing was saved.";
        List<FieldError> errors = conflicts.stream()
                .map(c -> new FieldError(c.field(), "was changed by someone else meanwhile"))
                .toList();
        return respond(
                type,
                new FieldConflictProblem(
                        type.uri(),
                        type.title(),
                        type.status(),
                        detail,
                        instance(request),
                        errors,
                        conflicts,
                        current));
    }

    private static String words(String requestName) {
        return switch (requestName) {
            case "assigneeId" -> "assignee";
            case "queueId" -> "queue";
            default -> requestName;
        };
    }

    /** What the field holds now as a person reads it (the current ticket carries the names). */
    private static @Nullable String label(TicketField field, @Nullable String raw, TicketResponse now) {
        if (raw == null) {
            return null;
        }
        return switch (field) {
            case STATUS -> TicketStatus.fromCode(raw).label();
            case PRIORITY -> Priority.fromCode(raw).label();
            case ASSIGNEE ->
                now.assignee() != null && now.assignee().id().toString().equals(raw)
                        ? now.assignee().name()
                        : raw;
            case QUEUE -> now.queue().id().toString().equals(raw) ? now.queue().name() : raw;
            case TITLE, DESCRIPTION -> raw;
        };
    }

    @ExceptionHandler(IllegalTicketTransition.class)
    ResponseEntity<Object> illegalTransition(IllegalTicketTransition e, HttpServletRequest request) {
        ProblemType type = ProblemType.ILLEGAL_TRANSITION;
        return respond(
                type,
                new IllegalTransitionProblem(
                        type.uri(),
                        type.title(),
                        type.status(),
                        e.getMessage(),
                        instance(request),
                        List.of(e.fieldError()),
                        e.allowed().stream().map(TicketStatus::code).toList()));
    }

    @ExceptionHandler(BulkRejected.class)
    ResponseEntity<Object> bulkRejected(BulkRejected e, HttpServletRequest request) {
        Actor actor = currentActor.get();
        List<UUID> stale = e.failures().stream()
                .map(BulkRejected.FailedItem::staleTicketId)
                .filter(Objects::nonNull)
                .toList();
        Map<UUID, TicketResponse> current = assembler.toResponses(queries.getAll(actor, stale)).stream()
                .collect(Collectors.toMap(TicketResponse::id, Function.identity()));
        List<RejectedItem> items = e.failures().stream()
                .map(item -> new RejectedItem(
                        item.index(),
                        item.id(),
                        item.errors(),
                        item.staleTicketId() == null ? null : current.get(item.staleTicketId())))
                .toList();
        ProblemType type = ProblemType.BULK_REJECTED;
        return respond(
                type,
                new BulkRejectedProblem(
                        type.uri(), type.title(), type.status(), e.getMessage(), instance(request), items));
    }

    private static ResponseEntity<Object> respond(ProblemType type, Object body) {
        return ResponseEntity.status(type.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }

    private static @Schema(format = "uri-reference") URI instance(HttpServletRequest request) {
        return URI.create(request.getRequestURI());
    }
}
