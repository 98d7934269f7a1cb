package io.worktrackr.tickets;

import io.worktrackr.common.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * Where the next page starts: the sort it belongs to, the last row's sort key and id. Opaque to clients
 * (base64url); it carries no organisation data beyond what the caller already saw.
 */
record TicketCursor(String order, String key, UUID id) {

    static TicketCursor after(TicketSort.Order order, Ticket last) {
        return new TicketCursor(order.code(), order.sort().cursorKey(last), last.id());
    }

    /** After a row whose sort key was read from the row itself ({@link TicketSort#keyFromRow()}). */
    static TicketCursor after(TicketSort.Order order, String key, UUID id) {
        return new TicketCursor(order.code(), key, id);
    }

    String encode() {
        String raw = order + "\n" + id + "\n" + key;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static TicketCursor decode(String value, TicketSort.Order expected) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8).split("\n", 3);
            TicketCursor cursor = new TicketCursor(parts[0], parts[2], UUID.fromString(parts[1]));
            if (!cursor.order().equals(expected.code())) {
                throw new InvalidInput("cursor", "belongs to another sort order; start again without a cursor");
            }
            expected.sort().sqlValue(cursor.key());
            return cursor;
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException | java.time.DateTimeException e) {
            throw new InvalidInput("cursor", "is not a cursor this server issued");
        }
    }
}
