package io.worktrackr.tickets.web;

import io.worktrackr.common.FieldError;
import io.worktrackr.common.InvalidInput;
import io.worktrackr.tickets.Priority;
import io.worktrackr.tickets.TicketChanges;
import io.worktrackr.tickets.TicketField;
import io.worktrackr.tickets.TicketStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * Reads a PATCH body by hand, because JSON PATCH semantics need three states per field (absent = leave alone,
 * null = clear, value = set) and every problem must name its field. Collects all errors, then fails once.
 */
final class TicketChangesParser {

    private static final String VERSION = "version";

    /** What a change request may name: the expected version and the ticket's changeable fields. */
    private static final List<String> FIELDS = Stream.concat(Stream.of(VERSION), TicketField.requestNames().stream())
            .sorted()
            .toList();

    private TicketChangesParser() {}

    static TicketChanges parse(JsonNode body) {
        return parse(body, Set.of());
    }

    /** {@code alsoAllowed}: fields the caller reads itself (the bulk item's id). */
    static TicketChanges parse(JsonNode body, Set<String> alsoAllowed) {
        if (body == null || !body.isObject()) {
            throw new InvalidInput("body", "must be a JSON object");
        }
        List<FieldError> errors = new ArrayList<>();
        Long version = null;
        TicketStatus status = null;
        Priority priority = null;
        boolean assigneeGiven = false;
        UUID assigneeId = null;
        UUID queueId = null;
        String title = null;
        String description = null;
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            String name = field.getKey();
            JsonNode value = field.getValue();
            try {
                if (VERSION.equals(name)) {
                    version = version(value);
                    continue;
                }
                TicketField known = TicketField.fromRequestName(name).orElse(null);
                if (known == null) {
                    if (!alsoAllowed.contains(name)) {
                        throw new InvalidInput(
                                name, "is not a known field; known fields: " + String.join(", ", FIELDS));
                    }
                    continue;
                }
                switch (known) {
                    case STATUS -> status = TicketStatus.parse(name, text(name, value));
                    case PRIORITY -> priority = Priority.parse(name, text(name, value));
                    case ASSIGNEE -> {
                        assigneeGiven = true;
                        assigneeId = value.isNull() ? null : uuid(name, value);
                    }
                    case QUEUE -> queueId = uuid(name, value);
                    case TITLE -> title = text(name, value);
                    case DESCRIPTION -> description = text(name, value);
                }
            } catch (InvalidInput e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new TicketChanges(version, status, priority, assigneeGiven, assigneeId, queueId, title, description);
    }

    static UUID uuid(String field, JsonNode value) {
        try {
            return UUID.fromString(text(field, value));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "must be a UUID");
        }
    }

    private static Long version(JsonNode value) {
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0) {
            throw new InvalidInput(VERSION, "must be the ticket's version number (a whole number, 0 or more)");
        }
        return value.longValue();
    }

    private static String text(String field, JsonNode value) {
        if (!value.isString()) {
            throw new InvalidInput(field, value.isNull() ? "must not be null" : "must be a string");
        }
        return value.stringValue();
    }
}
