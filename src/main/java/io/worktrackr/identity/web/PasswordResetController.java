package io.worktrackr.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.worktrackr.identity.PasswordResets;
import jakarta.servlet.http.HttpServletRequest;
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
 * "Forgot password": ask for a link by e-mail (the same answer whether the address has an account or not), then
 * set a new password with the link's token. Public (no session), CSRF-protected like sign-in.
 */
@RestController
class PasswordResetController {

    /** The one answer to every accepted request. */
    static final String REQUESTED =
            "If this address has an account, a link to reset its password is on its way. It works once, for 1 hour.";

    record PasswordResetRequest(@NotBlank @Size(max = 320) String email) {}

    record PasswordResetRequestedResponse(String message) {}

    record PasswordResetConfirmRequest(
            @NotBlank @Size(max = 100) String token,
            @NotNull String newPassword) {}

    private final PasswordResets resets;

    PasswordResetController(PasswordResets resets) {
        this.resets = resets;
    }

    @Operation(
            operationId = "requestPasswordReset",
            summary = "Ask for a password reset link by e-mail (same answer whether the address has an account)")
    @ApiResponse(
            responseCode = "202",
            description = "Accepted; if the address has an account (and is not over its limit), an e-mail with a"
                    + " link `<base-url>/reset-password#token=…` is queued.")
    @ApiResponse(responseCode = "403", description = "CSRF token missing (`csrf`).")
    @ApiResponse(responseCode = "422", description = "No `email` (`invalid-input`).")
    @ApiResponse(
            responseCode = "429",
            description = "Too many requests from this client: wait `retryAfterSeconds` (`too-many-password-resets`).")
    @PostMapping("/api/auth/password-reset")
    @ResponseStatus(HttpStatus.ACCEPTED)
    PasswordResetRequestedResponse request(@Valid @RequestBody PasswordResetRequest body, HttpServletRequest request) {
        resets.request(body.email(), request.getRemoteAddr());
        return new PasswordResetRequestedResponse(REQUESTED);
    }

    @Operation(
            operationId = "confirmPasswordReset",
            summary = "Set a new password with a reset link's token; ends every session of the person")
    @ApiResponse(responseCode = "204", description = "Password set; sign in with it.")
    @ApiResponse(responseCode = "403", description = "CSRF token missing (`csrf`).")
    @ApiResponse(
            responseCode = "404",
            description = "The link is unknown, used or expired (`password-reset-link-invalid`).")
    @ApiResponse(
            responseCode = "422",
            description = "`newPassword` breaks the password rules (`invalid-input`); the link stays usable.")
    @PostMapping("/api/auth/password-reset/confirm")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void confirm(@Valid @RequestBody PasswordResetConfirmRequest body) {
        resets.confirm(body.token(), body.newPassword());
    }
}
