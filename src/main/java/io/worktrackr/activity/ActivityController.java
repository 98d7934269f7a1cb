package io.worktrackr.activity;

import io.swagger.v3.oas.annotations.Operation;
import io.worktrackr.identity.CurrentActor;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** GET a ticket's trail; the ticket's own access rule decides who may see it. */
@RestController
class ActivityController {

    private final ActivityQueries queries;
    private final CurrentActor currentActor;

    ActivityController(ActivityQueries queries, CurrentActor currentActor) {
        this.queries = queries;
        this.currentActor = currentActor;
    }

    @Operation(operationId = "listTicketActivity", summary = "A ticket's activity trail, newest first")
    @GetMapping("/api/tickets/{id}/activity")
    ActivityQueries.ActivityList activity(@PathVariable UUID id) {
        return queries.trail(currentActor.get(), id);
    }
}
