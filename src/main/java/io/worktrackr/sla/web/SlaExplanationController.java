package io.worktrackr.sla.web;

import io.swagger.v3.oas.annotations.Operation;
import io.worktrackr.identity.CurrentActor;
import io.worktrackr.sla.SlaQueries;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Why a ticket is due when it is: its clocks, and the segments of time that produced each due instant. */
@RestController
class SlaExplanationController {

    private final SlaQueries queries;
    private final CurrentActor currentActor;

    SlaExplanationController(SlaQueries queries, CurrentActor currentActor) {
        this.queries = queries;
        this.currentActor = currentActor;
    }

    @Operation(
            operationId = "explainTicketSla",
            summary = "A ticket's SLA clocks explained: policy, target, due, state, used and left, and the timeline")
    @GetMapping("/api/tickets/{id}/sla")
    SlaExplanationResponse explain(@PathVariable UUID id) {
        return SlaExplanationResponse.of(queries.explain(currentActor.get(), id));
    }
}
