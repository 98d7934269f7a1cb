package io.worktrackr.tickets.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import io.worktrackr.common.FieldError;
import io.worktrackr.common.ProblemType;
import io.worktrackr.identity.Actor;
import io.worktrackr.identity.CurrentActor;
import io.worktrackr.tickets.BulkRejected;
import io.worktrackr.tickets.IllegalTicketTransition;
import io.worktrackr.tickets.StaleTicket;
import io.worktrackr.tickets.TicketQueries;
import io.worktrackr.tickets.TicketStatus;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
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

    TicketProblems(TicketQueries queries, TicketAssembler assembler, CurrentActor currentActor) {
        this.queries = queries;
        this.assembler = assembler;
        this.currentActor = currentActor;
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
