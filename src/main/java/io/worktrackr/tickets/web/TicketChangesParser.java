package io.worktrackr.tickets.web;

import io.worktrackr.common.FieldError;
import io.worktrackr.common.InvalidInput;
import io.worktrackr.tickets.Priority;
import io.worktrackr.tickets.TicketChanges;
import io.worktrackr.tickets.TicketField;
import io.worktrackr.tickets.TicketStatus;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads a PATCH body by hand, because JSON PATCH semantics need three states per field (absent = leave alone,
 * null = clear, value = set) and every problem must name its field. Collects all errors, then fails once.
 */
final class TicketChangesParser {

    private static final String VERSION = "version";
    private static final String EXPECTED = "expected";

    /** What a change request may name: the expected version or values, and the ticket's changeable fields. */
    private static final List<String> FIELDS = Stream.concat(
                    Stream.of(VERSION, EXPECTED), TicketField.requestNames().stream())
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
        Map<TicketField, @Nullable String> expected = new EnumMap<>(TicketField.class);
        boolean expectedGiven = false;
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            String name = field.getKey();
            JsonNode value = field.getValue();
            try {
                if (VERSION.equals(name)) {
                    version = version(value);
                    continue;
                }
                if (EXPECTED.equals(name)) {
                    expectedGiven = true;
                    expected(value, expected, errors);
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
        if (version != null && expectedGiven) {
            errors.add(new FieldError(
                    EXPECTED,
                    "cannot be sent with version: send either the version you saw (any change since refuses) or the "
                            + "values you saw of the fields you change"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new TicketChanges(
                version, status, priority, assigneeGiven, assigneeId, queueId, title, description, expected);
    }

    /**
     * {@code "expected": {"status": "open", "assigneeId": null}}: the values the client saw, raw, each checked like
     * the field itself (a status code, a UUID…) so that a typo is a 422, not a conflict.
     */
    private static void expected(JsonNode value, Map<TicketField, @Nullable String> into, List<FieldError> errors) {
        if (!value.isObject()) {
            errors.add(
                    new FieldError(EXPECTED, "must be an object of the values you saw, e.g. {\"status\": \"open\"}"));
            return;
        }
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            String name = EXPECTED + "." + entry.getKey();
            JsonNode seen = entry.getValue();
            TicketField field = TicketField.fromRequestName(entry.getKey()).orElse(null);
            try {
                if (field == null) {
                    throw new InvalidInput(
                            name,
                            "is not a known field; known fields: " + String.join(", ", TicketField.requestNames()));
                }
                into.put(
                        field,
                        switch (field) {
                            case STATUS ->
                                TicketStatus.parse(name, text(name, seen)).code();
                            case PRIORITY ->
                                Priority.parse(name, text(name, seen)).code();
                            case ASSIGNEE ->
                                seen.isNull() ? null : uuid(name, seen).toString();
                            case QUEUE -> uuid(name, seen).toString();
                            case TITLE, DESCRIPTION -> text(name, seen);
                        });
            } catch (InvalidInput e) {
                errors.addAll(e.errors());
            }
        }
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
