package io.worktrackr.activity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.worktrackr.activity.ActivityQueries;
import io.worktrackr.activity.ActivityQueries.ActivityEntry;
import io.worktrackr.identity.CurrentActor;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** GET a ticket's trail, a page at a time; the ticket's own access rule decides who may see it. */
@RestController
class ActivityController {

    /** Who acted; {@code id} is null for the system (e.g. an SLA breach recorded by the scan). */
    record ActorRef(@Nullable UUID id, String name) {}

    /** The automation rule that made an entry's change (at the version that acted) and why. */
    record ActivityAutomationResponse(UUID ruleId, String ruleName, int ruleVersion, String because) {}

    record ActivityResponse(
            UUID id,
            String action,
            @Nullable String field,
            @Nullable String oldValue,
            @Nullable String newValue,
            @Nullable String oldLabel,
            @Nullable String newLabel,

            @Schema(
                    description = "why the system wrote the entry, where the action does not say: for `sla_due_moved`,"
                            + " what an admin changed (`policy` or `calendar`); null otherwise")
            @Nullable String reason,

            ActorRef actor,
            Instant at,
            @Nullable ActivityAutomationResponse automation) {

        static ActivityResponse of(ActivityEntry e) {
            return new ActivityResponse(
                    e.id(),
                    e.action(),
                    e.field(),
                    e.oldValue(),
                    e.newValue(),
                    e.oldLabel(),
                    e.newLabel(),
                    e.reason(),
                    new ActorRef(e.actorId(), e.actorName()),
                    e.at(),
                    e.automation() == null
                            ? null
                            : new ActivityAutomationResponse(
                                    e.automation().ruleId(),
                                    e.automation().ruleName(),
                                    e.automation().ruleVersion(),
                                    e.automation().because()));
        }
    }

    /** One page, newest first; pass {@code nextCursor} as {@code cursor} for older entries (null: no more). */
    record ActivityList(
            List<ActivityResponse> items, @Nullable String nextCursor) {}

    private final ActivityQueries queries;
    private final CurrentActor currentActor;

    ActivityController(ActivityQueries queries, CurrentActor currentActor) {
        this.queries = queries;
        this.currentActor = currentActor;
    }

    @Operation(operationId = "listTicketActivity", summary = "A ticket's activity trail, newest first")
    @GetMapping("/api/tickets/{id}/activity")
    ActivityList activity(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        ActivityQueries.ActivityPage page = queries.trail(currentActor.get(), id, cursor, limit);
        return new ActivityList(page.items().stream().map(ActivityResponse::of).toList(), page.nextCursor());
    }
}
