package io.worktrackr.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.worktrackr.identity.CurrentActor;
import io.worktrackr.identity.OrganisationManagement;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The acting organisation's settings: everyone reads them, admins change them. */
@RestController
class OrganisationController {

    record OrganisationResponse(
            UUID id,
            String name,

            @Schema(description = "IANA time zone, e.g. Europe/Berlin; the default business calendar zone")
            String timeZone) {

        static OrganisationResponse of(OrganisationManagement.Settings settings) {
            return new OrganisationResponse(settings.id(), settings.name(), settings.timeZone());
        }
    }

    record ChangeOrganisationRequest(
            @Nullable String name,

            @Schema(description = "IANA time zone, e.g. Europe/Berlin") @Nullable String timeZone) {}

    private final OrganisationManagement organisations;
    private final CurrentActor currentActor;

    OrganisationController(OrganisationManagement organisations, CurrentActor currentActor) {
        this.organisations = organisations;
        this.currentActor = currentActor;
    }

    @Operation(operationId = "getOrganisation", summary = "The acting organisation's settings")
    @GetMapping("/api/organisation")
    OrganisationResponse get() {
        return OrganisationResponse.of(organisations.settings(currentActor.get()));
    }

    @Operation(operationId = "changeOrganisation", summary = "Rename the organisation or change its time zone (admin)")
    @ApiResponse(responseCode = "200", description = "Changed.")
    @ApiResponse(responseCode = "403", description = "Not an admin (`forbidden`).")
    @ApiResponse(responseCode = "422", description = "A bad `name` or an unknown `timeZone` (`invalid-input`).")
    @PatchMapping("/api/organisation")
    OrganisationResponse change(@RequestBody ChangeOrganisationRequest body) {
        return OrganisationResponse.of(organisations.changeSettings(
                currentActor.get(), new OrganisationManagement.ChangeSettings(body.name(), body.timeZone())));
    }
}
