package io.worktrackr.notifications.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.worktrackr.identity.CurrentActor;
import io.worktrackr.identity.Person;
import io.worktrackr.notifications.Notification;
import io.worktrackr.notifications.NotificationKind;
import io.worktrackr.notifications.NotificationManagement;
import io.worktrackr.notifications.NotificationQueries;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in person's notifications in the acting organisation: {@code GET /api/notifications},
 * {@code GET /api/notifications/unread-count}, {@code POST /api/notifications/{id}/read},
 * {@code POST /api/notifications/read-all}.
 */
@RestController
class NotificationsController {

    record TicketRef(UUID id, long number, String title) {}

    record NotificationResponse(
            UUID id,
            String kind,
            List<String> kinds,
            TicketRef ticket,
            int ticketCount,
            @Nullable Person actor,
            String summary,
            Instant at,
            boolean read) {

        static NotificationResponse of(Notification n) {
            return new NotificationResponse(
                    n.id(),
                    n.kind().code(),
                    n.kinds().stream().map(NotificationKind::code).toList(),
                    new TicketRef(
                            n.ticket().id(), n.ticket().number(), n.ticket().title()),
                    n.ticketCount(),
                    n.actor(),
                    n.summary(),
                    n.at(),
                    n.readAt() != null);
        }
    }

    record NotificationPageResponse(
            List<NotificationResponse> items, @Nullable String nextCursor) {}

    record UnreadCountResponse(long count) {}

    /**
     * {@code upToId}: the newest notification the person has seen (those that arrived later stay unread); absent,
     * everything as of now. {@code ticketId}: only that ticket's (the ticket page).
     */
    record ReadAllRequest(@Nullable UUID upToId, @Nullable UUID ticketId) {}

    record ReadAllResponse(int marked) {}

    private final NotificationQueries queries;
    private final NotificationManagement management;
    private final CurrentActor currentActor;

    NotificationsController(NotificationQueries queries, NotificationManagement management, CurrentActor currentActor) {
        this.queries = queries;
        this.management = management;
        this.currentActor = currentActor;
    }

    @Operation(
            operationId = "listNotifications",
            summary = "The signed-in person's notifications, newest activity first, a page at a time")
    @GetMapping("/api/notifications")
    NotificationPageResponse list(
            @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        Notification.Page page = queries.list(currentActor.get(), unread, cursor, limit);
        return new NotificationPageResponse(
                page.items().stream().map(NotificationResponse::of).toList(), page.nextCursor());
    }

    @Operation(operationId = "countUnreadNotifications", summary = "How many of the person's notifications are unread")
    @GetMapping("/api/notifications/unread-count")
    UnreadCountResponse unreadCount() {
        return new UnreadCountResponse(queries.unreadCount(currentActor.get()));
    }

    @Operation(operationId = "markNotificationRead", summary = "Mark one notification read")
    @ApiResponse(responseCode = "204", description = "Read (also when it already was).")
    @PostMapping("/api/notifications/{id}/read")
    ResponseEntity<Void> read(@PathVariable UUID id) {
        management.markRead(currentActor.get(), id);
        return ResponseEntity.noContent().build();
    }

    @Operation(
            operationId = "markAllNotificationsRead",
            summary = "Mark read every unread notification up to a given one (or of one ticket)")
    @ApiResponse(responseCode = "200", description = "How many were marked read.")
    @ApiResponse(responseCode = "404", description = "`upToId` is not one of the person's notifications (`not-found`).")
    @PostMapping("/api/notifications/read-all")
    ReadAllResponse readAll(@RequestBody ReadAllRequest body) {
        return new ReadAllResponse(management.markAllRead(currentActor.get(), body.upToId(), body.ticketId()));
    }
}
