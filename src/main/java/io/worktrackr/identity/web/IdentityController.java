package io.worktrackr.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.worktrackr.common.Text;
import io.worktrackr.identity.ApiTokens;
import io.worktrackr.identity.CurrentActor;
import io.worktrackr.identity.MeService;
import io.worktrackr.identity.MemberManagement;
import io.worktrackr.identity.OrganisationManagement;
import io.worktrackr.identity.SignIn;
import io.worktrackr.identity.web.IdentityWeb.MeResponse;
import io.worktrackr.identity.web.IdentityWeb.TokenResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Sign-up, sign-in, "me", the acting organisation and personal API tokens. */
@RestController
class IdentityController {

    record SignUpRequest(
            @NotBlank @Size(max = 200) @Pattern(regexp = Text.ONE_LINE, message = Text.ONE_LINE_MESSAGE) String organisationName,

            @NotBlank @Size(max = 200) @Pattern(regexp = Text.ONE_LINE, message = Text.ONE_LINE_MESSAGE) String name,

            @NotBlank @Email @Size(max = 320) String email,
            @NotNull String password) {}

    record LoginRequest(@NotBlank String email, @NotNull String password) {}

    record CsrfResponse(
            @Schema(example = "X-XSRF-TOKEN") String headerName,

            @Schema(description = "also in the XSRF-TOKEN cookie")
            String token) {}

    record ChooseOrganisationRequest(@NotNull UUID organisationId) {}

    record CreateTokenRequest(
            @NotBlank @Size(max = 100) @Pattern(regexp = Text.ONE_LINE, message = Text.ONE_LINE_MESSAGE) String name) {}

    private final OrganisationManagement organisations;
    private final SignIn signIn;
    private final SessionSignIn sessions;
    private final MeService me;
    private final CurrentActor currentActor;
    private final ApiTokens tokens;
    private final MemberManagement members;

    IdentityController(
            OrganisationManagement organisations,
            SignIn signIn,
            SessionSignIn sessions,
            MeService me,
            CurrentActor currentActor,
            ApiTokens tokens,
            MemberManagement members) {
        this.members = members;
        this.organisations = organisations;
        this.signIn = signIn;
        this.sessions = sessions;
        this.me = me;
        this.currentActor = currentActor;
        this.tokens = tokens;
    }

    @Operation(operationId = "signUp", summary = "Create an organisation with its first admin, and sign in")
    @ApiResponse(responseCode = "201", description = "Signed up and signed in as the new admin.")
    @ApiResponse(responseCode = "409", description = "The e-mail address has an account already (`email-taken`).")
    @PostMapping("/api/signup")
    ResponseEntity<MeResponse> signUp(
            @Valid @RequestBody SignUpRequest body, HttpServletRequest request, HttpServletResponse response) {
        var signedUp = organisations.signUp(
                new OrganisationManagement.SignUp(body.organisationName(), body.name(), body.email(), body.password()));
        sessions.start(signedUp.adminId(), request, response);
        return ResponseEntity.created(URI.create("/api/me")).body(MeResponse.of(me.me()));
    }

    @Operation(operationId = "signIn", summary = "Sign in with e-mail and password (starts a browser session)")
    @ApiResponse(responseCode = "200", description = "Signed in.")
    @ApiResponse(responseCode = "401", description = "Wrong e-mail or password (`not-authenticated`).")
    @ApiResponse(
            responseCode = "429",
            description =
                    "Too many sign-in attempts for this e-mail address or from this client: wait `retryAfterSeconds`"
                            + " (`too-many-sign-in-attempts`).")
    @PostMapping("/api/auth/login")
    MeResponse login(@Valid @RequestBody LoginRequest body, HttpServletRequest request, HttpServletResponse response) {
        sessions.start(signIn.authenticate(body.email(), body.password(), request.getRemoteAddr()), request, response);
        return MeResponse.of(me.me());
    }

    /** Hands the SPA its CSRF token (also set as the XSRF-TOKEN cookie). */
    @Operation(operationId = "getCsrfToken", summary = "Get the CSRF token (and set the XSRF-TOKEN cookie)")
    @GetMapping("/api/auth/csrf")
    CsrfResponse csrf(@Parameter(hidden = true) CsrfToken token) {
        return new CsrfResponse(token.getHeaderName(), token.getToken());
    }

    @Operation(operationId = "getMe", summary = "The signed-in user, their organisations and invitations")
    @GetMapping("/api/me")
    MeResponse me() {
        return MeResponse.of(me.me());
    }

    @Operation(operationId = "chooseOrganisation", summary = "Choose the organisation a browser session acts in")
    @PutMapping("/api/me/current-organisation")
    MeResponse chooseOrganisation(@Valid @RequestBody ChooseOrganisationRequest body) {
        currentActor.choose(body.organisationId());
        return MeResponse.of(me.me());
    }

    @Operation(operationId = "acceptInvitation", summary = "Accept an invitation to an organisation")
    @PostMapping("/api/me/invitations/{organisationId}/accept")
    MeResponse acceptInvitation(@PathVariable UUID organisationId) {
        members.acceptInvitation(currentActor.inBrowserSession().userId(), organisationId);
        return MeResponse.of(me.me());
    }

    @Operation(operationId = "listApiTokens", summary = "List one's personal API tokens")
    @GetMapping("/api/me/tokens")
    List<TokenResponse> tokens() {
        return tokens.list(currentActor.inBrowserSession()).stream()
                .map(t -> new TokenResponse(t.id(), t.name(), t.createdAt(), t.lastUsedAt()))
                .toList();
    }

    @Operation(
            operationId = "createApiToken",
            summary = "Create a personal API token (its secret is shown only in this answer)")
    @ApiResponse(responseCode = "201", description = "Created.")
    @PostMapping("/api/me/tokens")
    ResponseEntity<ApiTokens.IssuedToken> issueToken(@Valid @RequestBody CreateTokenRequest body) {
        var issued = tokens.issue(currentActor.inBrowserSession(), body.name());
        return ResponseEntity.created(URI.create("/api/me/tokens/" + issued.id()))
                .body(issued);
    }

    @Operation(operationId = "revokeApiToken", summary = "Revoke a personal API token")
    @DeleteMapping("/api/me/tokens/{id}")
    @ResponseStatus(org.springframework.http.HttpStatus.NO_CONTENT)
    void revokeToken(@PathVariable UUID id) {
        tokens.revoke(currentActor.inBrowserSession(), id);
    }
}
