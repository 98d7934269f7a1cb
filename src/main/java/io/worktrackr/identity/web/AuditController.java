package io.worktrackr.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.worktrackr.identity.AuditQueries;
import io.worktrackr.identity.CurrentActor;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The organisation's audit trail of admin actions, newest first (admins only). */
@RestController
class AuditController {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

    record AuditActor(UUID id, String name) {}

    record AuditEntryResponse(
            UUID id,
            Instant at,
            AuditActor actor,

            @Schema(description = "a stable code, e.g. `member.role_changed`")
            String action,

            String summary,

            @Schema(description = "the facts of the action (ids, old and new values)")
            Map<String, Object> details) {}

    record AuditPageResponse(
            List<AuditEntryResponse> items,

            @Schema(description = "pass as `cursor` for the next (older) page; null on the last page") @Nullable String nextCursor) {}

    private final AuditQueries audit;
    private final CurrentActor currentActor;

    AuditController(AuditQueries audit, CurrentActor currentActor) {
        this.audit = audit;
        this.currentActor = currentActor;
    }

    @Operation(operationId = "listAudit", summary = "The organisation's audit trail, newest first (admin)")
    @ApiResponse(responseCode = "403", description = "Not an admin (`forbidden`).")
    @ApiResponse(responseCode = "422", description = "A bad `limit` or `cursor` (`invalid-input`).")
    @GetMapping("/api/audit")
    AuditPageResponse list(
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        var page = audit.page(currentActor.get(), cursor, limit);
        return new AuditPageResponse(
                page.items().stream()
                        .map(e -> new AuditEntryResponse(
                                e.id(),
                                e.at(),
                                new AuditActor(e.actor().id(), e.actor().name()),
                                e.action(),
                                e.summary(),
                                JSON.readValue(e.details(), OBJECT)))
                        .toList(),
                page.nextCursor());
    }
}
