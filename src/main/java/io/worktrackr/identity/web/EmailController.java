package io.worktrackr.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.worktrackr.identity.CurrentActor;
import io.worktrackr.identity.EmailVerifications;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Proving one's e-mail address: change it (a link goes to the new address; nothing changes until it is used), ask
 * for another link for the current address, and use a link (public: the link's holder may not be signed in).
 */
@RestController
class EmailController {

    /** The one answer to a change request, whether or not a link was sent. */
    static final String CHANGE_REQUESTED =
            "Check the inbox of the new address: your address changes when you open the link we sent there."
                    + " It works once, for 24 hours.";

    static final String VERIFICATION_REQUESTED =
            "Check your inbox: the link we sent proves your address. It works once, for 24 hours.";

    record ChangeEmailRequest(
            @NotBlank @Size(max = 320) String email,
            @NotNull String currentPassword) {}

    record EmailRequestedResponse(String message) {}

    record EmailConfirmationRequest(
            @NotBlank @Size(max = 100) String token) {}

    record EmailConfirmedResponse(
            @Schema(description = "the account's address now, proven")
            String email,

            @Schema(description = "true when the link changed the address (the old address was told)")
            boolean changed) {}

    private final EmailVerifications verifications;
    private final CurrentActor currentActor;

    EmailController(EmailVerifications verifications, CurrentActor currentActor) {
        this.verifications = verifications;
        this.currentActor = currentActor;
    }

    @Operation(
            operationId = "changeEmail",
            summary = "Ask to change one's e-mail address: a confirmation link goes to the new address")
    @ApiResponse(
            responseCode = "202",
            description = "Accepted; the same answer whether or not the new address belongs to another account"
                    + " (then nothing is sent). `GET /api/me` shows `pendingEmail` while the link is open.")
    @ApiResponse(responseCode = "403", description = "Called with an API token (`forbidden`).")
    @ApiResponse(
            responseCode = "422",
            description = "A bad `email`, or a wrong `currentPassword` (`invalid-input`); nothing changes.")
    @PostMapping("/api/me/email")
    @ResponseStatus(HttpStatus.ACCEPTED)
    EmailRequestedResponse change(@Valid @RequestBody ChangeEmailRequest body) {
        // a leaked token must not move the account to the thief's address
        verifications.requestChange(currentActor.inBrowserSession(), body.email(), body.currentPassword());
        return new EmailRequestedResponse(CHANGE_REQUESTED);
    }

    @Operation(
            operationId = "resendEmailVerification",
            summary = "Ask for another link that proves one's current e-mail address")
    @ApiResponse(
            responseCode = "202",
            description = "Accepted; nothing is sent when the address is proven already or 3 links went out within"
                    + " the hour.")
    @PostMapping("/api/me/email/verification")
    @ResponseStatus(HttpStatus.ACCEPTED)
    EmailRequestedResponse resend() {
        verifications.resendVerification(currentActor.get());
        return new EmailRequestedResponse(VERIFICATION_REQUESTED);
    }

    @Operation(
            operationId = "confirmEmail",
            summary =
                    "Use an e-mailed confirmation link: proves the address, or completes a change of address (public)")
    @ApiResponse(responseCode = "200", description = "Proven; for a change, the old address was told.")
    @ApiResponse(responseCode = "403", description = "CSRF token missing (`csrf`).")
    @ApiResponse(responseCode = "404", description = "Unknown, used or expired link (`email-link-invalid`).")
    @ApiResponse(
            responseCode = "409",
            description = "The new address belongs to another account meanwhile (`email-taken`).")
    @ApiResponse(responseCode = "422", description = "No `token` (`invalid-input`).")
    @PostMapping("/api/auth/email-confirmation")
    EmailConfirmedResponse confirm(@Valid @RequestBody EmailConfirmationRequest body) {
        var confirmed = verifications.confirm(body.token());
        return new EmailConfirmedResponse(confirmed.email(), confirmed.changed());
    }
}
