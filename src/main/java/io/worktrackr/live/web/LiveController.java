package io.worktrackr.live.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.worktrackr.common.InvalidInput;
import io.worktrackr.identity.CurrentActor;
import io.worktrackr.live.LiveStreams;
import io.worktrackr.live.PresenceBoard;
import io.worktrackr.live.Viewer;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /api/live}: the acting organisation's live events as Server-Sent Events (format in docs/api.md);
 * {@code POST /api/live/presence}: the caller views, composes on, or left a ticket.
 */
@RestController
class LiveController {

    /**
     * A presence heartbeat: send it when a ticket page opens, every 10 s while it is open, when {@code composing}
     * changes, and with {@code leaving: true} when the page closes.
     */
    record PresenceRequest(
            @Nullable UUID ticketId,
            @Nullable Boolean composing,
            @Nullable Boolean leaving) {}

    record ViewerResponse(UUID id, String name, boolean composing) {

        static ViewerResponse of(Viewer viewer) {
            return new ViewerResponse(viewer.id(), viewer.name(), viewer.composing());
        }
    }

    record PresenceResponse(UUID ticketId, List<ViewerResponse> viewers) {}

    private final LiveStreams streams;
    private final PresenceBoard presence;
    private final CurrentActor currentActor;

    LiveController(LiveStreams streams, PresenceBoard presence, CurrentActor currentActor) {
        this.streams = streams;
        this.presence = presence;
        this.currentActor = currentActor;
    }

    @Operation(
            operationId = "openLiveStream",
            summary = "The acting organisation's live events (Server-Sent Events; see docs/api.md)")
    @ApiResponse(
            responseCode = "200",
            description = "An endless `text/event-stream`: `ticket.created`, `ticket.changed`, `counts.changed`, "
                    + "`comment.added`, `notification.created`, `presence`, `resync`; comment lines as heartbeats.",
            content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE, schema = @Schema(type = "string")))
    @GetMapping(value = "/api/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(
            @Parameter(description = "The id of the last event received (browsers send it when they reconnect).")
                    @RequestHeader(value = "Last-Event-ID", required = false)
                    @Nullable String lastEventId) {
        return streams.open(currentActor.get(), lastEventId);
    }

    @Operation(
            operationId = "reportPresence",
            summary = "Say that you view (or compose on, or left) a ticket; answers its viewers")
    @ApiResponse(responseCode = "200", description = "The ticket's viewers now (you included, unless leaving).")
    @ApiResponse(responseCode = "404", description = "No such ticket in the acting organisation (`not-found`).")
    @PostMapping("/api/live/presence")
    PresenceResponse report(@RequestBody PresenceRequest body) {
        if (body.ticketId() == null) {
            throw new InvalidInput("ticketId", "is required");
        }
        List<Viewer> viewers = Boolean.TRUE.equals(body.leaving())
                ? presence.leave(currentActor.get(), body.ticketId())
                : presence.beat(currentActor.get(), body.ticketId(), Boolean.TRUE.equals(body.composing()));
        return new PresenceResponse(
                body.ticketId(), viewers.stream().map(ViewerResponse::of).toList());
    }
}
