package io.worktrackr.tickets.web;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.worktrackr.common.FieldError;
import io.worktrackr.common.InvalidInput;
import io.worktrackr.common.Problem;
import io.worktrackr.common.Text;
import io.worktrackr.identity.Actor;
import io.worktrackr.identity.CurrentActor;
import io.worktrackr.queues.QueueDirectory;
import io.worktrackr.tickets.BulkChange;
import io.worktrackr.tickets.NewTicket;
import io.worktrackr.tickets.Priority;
import io.worktrackr.tickets.SlaCondition;
import io.worktrackr.tickets.Ticket;
import io.worktrackr.tickets.TicketChanges;
import io.worktrackr.tickets.TicketField;
import io.worktrackr.tickets.TicketFilter;
import io.worktrackr.tickets.TicketManagement;
import io.worktrackr.tickets.TicketQueries;
import io.worktrackr.tickets.TicketStatus;
import io.worktrackr.tickets.TicketView;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The tickets API. Thin: parse, get the actor, call one use case or query, map to responses. */
@RestController
class TicketsController {

    record CreateTicketRequest(
            String title,
            @Nullable String description,

            @Schema(description = "low, medium (default), high or urgent") @Nullable String priority,

            @Schema(description = "default: the default queue") @Nullable UUID queueId,

            @Nullable UUID assigneeId) {}

    /** The values a client saw of the fields it changes (raw, like the fields themselves). */
    @Schema(
            description = "The values you saw of the fields you change: a field someone else changed since (to "
                    + "something other than what you send) answers 409 `field-conflict`; other fields' changes do "
                    + "not stand in the way. `assigneeId: null` = you saw it unassigned.")
    record TicketExpectedRequest(
            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String status,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String priority,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) @Nullable UUID assigneeId,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            UUID queueId,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String title,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String description) {}

    /** The PATCH body as documented; parsed by {@link TicketChangesParser} (absent = unchanged, null assignee = unassign). */
    @Schema(
            description = "Three states per field: absent = left unchanged; a value = set; `null` only for "
                    + "`assigneeId` (= unassign), for any other field `null` is refused with 422. To be refused "
                    + "instead of overwriting someone else's change, send either `expected` (the values you saw of "
                    + "the fields you change: 409 `field-conflict` only when one of those was changed) or `version` "
                    + "(the version you saw: 409 `stale-ticket` on any change since), not both.")
    record PatchTicketRequest(
            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            Long version,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            TicketExpectedRequest expected,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String status,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String priority,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED, description = "null unassigns") @Nullable UUID assigneeId,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            UUID queueId,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String title,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String description) {}

    /** One bulk item: the PATCH fields plus the ticket id. */
    @Schema(description = "One item of a bulk change: the ticket `id` and the fields of a `PatchTicketRequest`.")
    record BulkItemRequest(
            UUID id,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            Long version,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            TicketExpectedRequest expected,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String status,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String priority,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED, description = "null unassigns") @Nullable UUID assigneeId,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            UUID queueId,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String title,

            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            String description) {}

    @Schema(name = "TicketPage")
    record ListResponse(
            List<TicketResponse> items,

            @Schema(description = "pass back as `cursor` for the next page; null on the last page") @Nullable String nextCursor) {}

    record QueueCount(UUID id, String name, long count) {}

    record CountsResponse(Map<String, Long> views, List<QueueCount> queues) {}

    /** The {@code assigneeId} filter's word for "nobody" (a filter value, never a stored id). */
    static final String UNASSIGNED = "none";

    private final TicketManagement management;
    private final TicketQueries queries;
    private final TicketAssembler assembler;
    private final QueueDirectory queues;
    private final CurrentActor currentActor;

    TicketsController(
            TicketManagement management,
            TicketQueries queries,
            TicketAssembler assembler,
            QueueDirectory queues,
            CurrentActor currentActor) {
        this.management = management;
        this.queries = queries;
        this.assembler = assembler;
        this.queues = queues;
        this.currentActor = currentActor;
    }

    @Operation(operationId = "createTicket", summary = "Open a ticket")
    @ApiResponse(responseCode = "201", description = "Created.")
    @PostMapping("/api/tickets")
    ResponseEntity<TicketResponse> create(@RequestBody CreateTicketRequest body) {
        Priority priority =
                body.priority() == null ? null : Priority.parse(TicketField.PRIORITY.requestName(), body.priority());
        Ticket ticket = management.create(
                currentActor.get(),
                new NewTicket(body.title(), body.description(), priority, body.queueId(), body.assigneeId()));
        return ResponseEntity.created(URI.create("/api/tickets/" + ticket.id())).body(assembler.toResponse(ticket));
    }

    @Operation(operationId = "getTicket", summary = "One ticket by id")
    @GetMapping("/api/tickets/{id}")
    TicketResponse get(@PathVariable UUID id) {
        return assembler.toResponse(queries.get(currentActor.get(), id));
    }

    @Operation(operationId = "getTicketByNumber", summary = "One ticket by its organisation's ticket number")
    @GetMapping("/api/ticket-numbers/{number}")
    TicketResponse getByNumber(@PathVariable long number) {
        return assembler.toResponse(queries.getByNumber(currentActor.get(), number));
    }

    /**
     * The former path of {@link #getByNumber}, kept working for existing clients but left out of the contract:
     * {@code /api/tickets/number/{n}} and {@code /api/tickets/{id}/comments} cannot be told apart by path shape.
     */
    @Hidden
    @GetMapping("/api/tickets/number/{number}")
    TicketResponse getByNumberAtFormerPath(@PathVariable long number) {
        return getByNumber(number);
    }

    @Operation(operationId = "changeTicket", summary = "Change a ticket (only the fields sent)")
    @ApiResponse(responseCode = "200", description = "Changed (or unchanged, when nothing differed).")
    @ApiResponse(
            responseCode = "409",
            description = "The ticket changed since `version` (`stale-ticket`), or a field changed since the "
                    + "`expected` value (`field-conflict`, with `conflicts`); nothing was saved, `ticket` is the "
                    + "current state.",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema =
                                    @Schema(
                                            anyOf = {
                                                TicketProblems.StaleTicketProblem.class,
                                                TicketProblems.FieldConflictProblem.class
                                            })))
    @ApiResponse(
            responseCode = "422",
            description = "A field is not acceptable (`invalid-input`), the lifecycle does not allow the status "
                    + "change (`illegal-transition`, with `allowed`), or the ticket is closed and the request changes "
                    + "a field without reopening it (`ticket-closed`).",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(anyOf = {Problem.class, TicketProblems.IllegalTransitionProblem.class})))
    @PatchMapping("/api/tickets/{id}")
    TicketResponse change(
            @PathVariable UUID id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = PatchTicketRequest.class)))
                    @RequestBody
                    JsonNode body) {
        Actor actor = currentActor.get();
        TicketChanges changes = TicketChangesParser.parse(body);
        return assembler.toResponse(management.change(actor, id, changes));
    }

    @Operation(
            operationId = "changeTickets",
            summary = "Change many tickets, all or nothing",
            description = "Each item is a `PatchTicketRequest` plus the ticket `id`; 1–500 items, one transaction.")
    @ApiResponse(responseCode = "200", description = "All changed, in the order of the request.")
    @ApiResponse(
            responseCode = "422",
            description = "The body is not a list of changes or an item cannot be parsed (`invalid-input`, with "
                    + "`items`), or an item failed (`bulk-rejected`, with `items`); nothing changed.",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(anyOf = {Problem.class, TicketProblems.BulkRejectedProblem.class})))
    @PatchMapping("/api/tickets/bulk")
    List<TicketResponse> changeAll(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            array =
                                                    @ArraySchema(
                                                            schema = @Schema(implementation = BulkItemRequest.class))))
                    @RequestBody
                    JsonNode body) {
        Actor actor = currentActor.get();
        List<BulkChange> items = parseBulk(body);
        return assembler.toResponses(management.changeAll(actor, items));
    }

    @Operation(operationId = "listTickets", summary = "List tickets by view, filters and sort, a page at a time")
    @GetMapping("/api/tickets")
    ListResponse list(
            @RequestParam(required = false) String view,
            @RequestParam(required = false) String queueId,
            @Parameter(description = "one or more statuses, comma-separated (`open,pending`): tickets in any of them")
                    @RequestParam(required = false)
                    String status,
            @RequestParam(required = false) String priority,
            @Parameter(description = "a member's user id, or `" + UNASSIGNED + "` for tickets without an assignee")
                    @RequestParam(required = false)
                    String assigneeId,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String sla,
            @Parameter(
                            description = "updated (default `-updated`), created, number, priority, status, title, "
                                    + "due, assignee (the assignee's name, unassigned first) or queue (the queue's "
                                    + "name); a leading `-` sorts descending")
                    @RequestParam(required = false)
                    String sort,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        boolean unassigned = UNASSIGNED.equals(assigneeId);
        TicketFilter filter = new TicketFilter(
                view == null ? TicketView.ALL : TicketView.parse(view),
                csv(queueId, v -> parseUuid("queueId", v)),
                csv(status, v -> TicketStatus.parse("status", v)),
                csv(priority, v -> Priority.parse("priority", v)),
                unassigned || assigneeId == null || assigneeId.isBlank()
                        ? null
                        : parseUuid("assigneeId", assigneeId, "must be a member's id or " + UNASSIGNED),
                q == null ? null : Text.requireOneLine("q", q),
                csv(sla, v -> SlaCondition.parse("sla", v)),
                unassigned);
        TicketQueries.Page page = queries.list(currentActor.get(), filter, sort, cursor, limit);
        return new ListResponse(assembler.toResponses(page.items()), page.nextCursor());
    }

    @Operation(operationId = "countTickets", summary = "Counts of every view and of each queue's active tickets")
    @GetMapping("/api/tickets/counts")
    CountsResponse counts() {
        Actor actor = currentActor.get();
        TicketQueries.Counts counts = queries.counts(actor);
        Map<String, Long> views = new LinkedHashMap<>();
        counts.views().forEach((view, n) -> views.put(view.code(), n));
        List<QueueCount> perQueue = queues.all(actor.organisationId()).stream()
                .filter(q -> !q.archived())
                .map(q ->
                        new QueueCount(q.id(), q.name(), counts.activePerQueue().getOrDefault(q.id(), 0L)))
                .toList();
        return new CountsResponse(views, perQueue);
    }

    private static List<BulkChange> parseBulk(JsonNode body) {
        if (body == null || !body.isArray()) {
            throw new InvalidInput(
                    "body", "must be a JSON array of changes, e.g. [{\"id\": \"…\", \"status\": \"closed\"}]");
        }
        if (body.isEmpty() || body.size() > TicketManagement.MAX_BULK_ITEMS) {
            throw new InvalidInput("body", "must hold between 1 and " + TicketManagement.MAX_BULK_ITEMS + " items");
        }
        List<BulkChange> items = new ArrayList<>();
        List<Map<String, Object>> failures = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            JsonNode item = body.get(i);
            try {
                JsonNode id = item.isObject() ? item.get("id") : null;
                if (id == null || id.isNull()) {
                    throw new InvalidInput("id", "is required");
                }
                items.add(new BulkChange(
                        TicketChangesParser.uuid("id", id), TicketChangesParser.parse(item, Set.of("id"))));
            } catch (InvalidInput e) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("index", i);
                entry.put(
                        "id",
                        item.isObject()
                                        && item.get("id") != null
                                        && item.get("id").isString()
                                ? item.get("id").stringValue()
                                : null);
                entry.put("errors", e.errors());
                failures.add(entry);
            }
        }
        if (!failures.isEmpty()) {
            throw (InvalidInput) new InvalidInput(failures.stream()
                            .flatMap(f -> ((List<?>) f.get("errors"))
                                    .stream()
                                            .map(err -> (FieldError) err)
                                            .map(err -> new FieldError(
                                                    "[" + f.get("index") + "]." + err.field(), err.message())))
                            .toList())
                    .with("items", failures);
        }
        return items;
    }

    private static <T> Set<T> csv(String value, Function<String, T> parse) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(value.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(parse)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static UUID parseUuid(String field, String value) {
        return parseUuid(field, value, "must be a UUID");
    }

    private static UUID parseUuid(String field, String value, String message) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, message);
        }
    }
}
