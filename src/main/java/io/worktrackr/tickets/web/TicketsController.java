package io.worktrackr.tickets.web;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.worktrackr.common.FieldError;
import io.worktrackr.common.InvalidInput;
import io.worktrackr.common.Text;
import io.worktrackr.identity.Actor;
import io.worktrackr.identity.CurrentActor;
import io.worktrackr.queues.QueueDirectory;
import io.worktrackr.tickets.BulkChange;
import io.worktrackr.tickets.BulkRejected;
import io.worktrackr.tickets.NewTicket;
import io.worktrackr.tickets.Priority;
import io.worktrackr.tickets.StaleTicket;
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
import java.util.function.Supplier;
import java.util.stream.Collectors;
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

    record CreateTicketRequest(String title, String description, String priority, UUID queueId, UUID assigneeId) {}

    /** The PATCH body as documented; parsed by {@link TicketChangesParser} (absent = unchanged, null assignee = unassign). */
    record PatchTicketRequest(
            Long version,
            String status,
            String priority,
            UUID assigneeId,
            UUID queueId,
            String title,
            String description) {}

    /** One bulk item: the PATCH fields plus the ticket id. */
    record BulkItemRequest(
            UUID id,
            Long version,
            String status,
            String priority,
            UUID assigneeId,
            UUID queueId,
            String title,
            String description) {}

    record ListResponse(List<TicketResponse> items, String nextCursor) {}

    record QueueCount(UUID id, String name, long count) {}

    record CountsResponse(Map<String, Long> views, List<QueueCount> queues) {}

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

    @PostMapping("/api/tickets")
    ResponseEntity<TicketResponse> create(@RequestBody CreateTicketRequest body) {
        Priority priority =
                body.priority() == null ? null : Priority.parse(TicketField.PRIORITY.requestName(), body.priority());
        Ticket ticket = management.create(
                currentActor.get(),
                new NewTicket(body.title(), body.description(), priority, body.queueId(), body.assigneeId()));
        return ResponseEntity.created(URI.create("/api/tickets/" + ticket.id())).body(assembler.toResponse(ticket));
    }

    @GetMapping("/api/tickets/{id}")
    TicketResponse get(@PathVariable UUID id) {
        return assembler.toResponse(queries.get(currentActor.get(), id));
    }

    @GetMapping("/api/tickets/number/{number}")
    TicketResponse getByNumber(@PathVariable long number) {
        return assembler.toResponse(queries.getByNumber(currentActor.get(), number));
    }

    @PatchMapping("/api/tickets/{id}")
    TicketResponse change(
            @PathVariable UUID id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = PatchTicketRequest.class)))
                    @RequestBody
                    JsonNode body) {
        Actor actor = currentActor.get();
        TicketChanges changes = TicketChangesParser.parse(body);
        return withCurrentStateOnConflict(actor, () -> assembler.toResponse(management.change(actor, id, changes)));
    }

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
        return withCurrentStateOnConflict(actor, () -> assembler.toResponses(management.changeAll(actor, items)));
    }

    @GetMapping("/api/tickets")
    ListResponse list(
            @RequestParam(required = false) String view,
            @RequestParam(required = false) String queueId,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String priority,
            @RequestParam(required = false) String assigneeId,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        TicketFilter filter = new TicketFilter(
                view == null ? TicketView.ALL : TicketView.parse(view),
                csv(queueId, v -> parseUuid("queueId", v)),
                csv(status, v -> TicketStatus.parse("status", v)),
                csv(priority, v -> Priority.parse("priority", v)),
                assigneeId == null || assigneeId.isBlank() ? null : parseUuid("assigneeId", assigneeId),
                q == null ? null : Text.requireOneLine("q", q));
        TicketQueries.Page page = queries.list(currentActor.get(), filter, sort, cursor, limit);
        return new ListResponse(assembler.toResponses(page.items()), page.nextCursor());
    }

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

    /** A 409 carries the ticket as it is now; a rejected bulk carries it for each stale item. */
    private <T> T withCurrentStateOnConflict(Actor actor, Supplier<T> useCase) {
        try {
            return useCase.get();
        } catch (StaleTicket e) {
            throw e.with("ticket", assembler.toResponse(queries.get(actor, e.ticketId())));
        } catch (BulkRejected e) {
            List<UUID> stale = e.items().stream()
                    .map(BulkRejected.FailedItem::staleTicketId)
                    .filter(java.util.Objects::nonNull)
                    .toList();
            Map<UUID, TicketResponse> current = assembler.toResponses(queries.getAll(actor, stale)).stream()
                    .collect(Collectors.toMap(TicketResponse::id, Function.identity()));
            List<Map<String, Object>> items = new ArrayList<>();
            for (BulkRejected.FailedItem item : e.items()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("index", item.index());
                entry.put("id", item.id());
                entry.put("errors", item.errors());
                if (item.staleTicketId() != null) {
                    entry.put("ticket", current.get(item.staleTicketId()));
                }
                items.add(entry);
            }
            throw e.with("items", items);
        }
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
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "must be a UUID");
        }
    }
}
