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
import io.worktrackr.identity.Sessions;
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
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
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

    record ChangeMeRequest(
            @Size(max = 200) @Pattern(regexp = Text.ONE_LINE, message = Text.ONE_LINE_MESSAGE) @Nullable String name,

            @Schema(description = "IANA time zone, e.g. Europe/Berlin") @Nullable String timeZone,

            @Schema(description = "avatar initials colour `#rrggbb`") @Nullable String colour) {}

    record ChangePasswordRequest(
            @NotNull String currentPassword, @NotNull String newPassword) {}

    record SessionResponse(
            @Schema(description = "an id for this list; not the session's secret")
            String id,

            @Schema(description = "e.g. Firefox on Linux") String device,
            Instant createdAt,
            Instant lastUsedAt,

            @Schema(description = "true for the session making this request")
            boolean current) {}

    private final OrganisationManagement organisations;
    private final SignIn signIn;
    private final SessionSignIn sessions;
    private final MeService me;
    private final CurrentActor currentActor;
    private final ApiTokens tokens;
    private final MemberManagement members;
    private final Sessions browserSessions;

    IdentityController(
            OrganisationManagement organisations,
            SignIn signIn,
            SessionSignIn sessions,
            MeService me,
            CurrentActor currentActor,
            ApiTokens tokens,
            MemberManagement members,
            Sessions browserSessions) {
        this.members = members;
        this.browserSessions = browserSessions;
        this.organisations = organisations;
        this.signIn = signIn;
        this.sessions = sessions;
        this.me = me;
        this.currentActor = currentActor;
        this.tokens = tokens;
    }

    /** The one answer to every accepted sign-up. */
    static final String SIGNED_UP = "Signed up: sign in with your e-mail address and password. We sent a link to"
            + " confirm your address; if the address had an account already, the e-mail says so instead.";

    record SignUpAcceptedResponse(String message) {}

    @Operation(
            operationId = "signUp",
            summary = "Create an organisation with its first admin (then sign in); the same answer for an address"
                    + " that has an account")
    @ApiResponse(
            responseCode = "202",
            description = "Accepted. For a new address the organisation and the account exist now (sign in with"
                    + " `POST /api/auth/login`; the address stays unverified until the e-mailed link is used); for an"
                    + " address that has an account nothing is made and its owner is told by e-mail.")
    @ApiResponse(responseCode = "422", description = "A bad field (`invalid-input`).")
    @ApiResponse(
            responseCode = "429",
            description = "Too many sign-ups from this client: wait `retryAfterSeconds` (`too-many-requests`).")
    @PostMapping("/api/signup")
    @ResponseStatus(org.springframework.http.HttpStatus.ACCEPTED)
    SignUpAcceptedResponse signUp(@Valid @RequestBody SignUpRequest body, HttpServletRequest request) {
        organisations.signUp(
                new OrganisationManagement.SignUp(body.organisationName(), body.name(), body.email(), body.password()),
                request.getRemoteAddr());
        return new SignUpAcceptedResponse(SIGNED_UP);
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

    @Operation(
            operationId = "acceptInvitation",
            summary = "Accept an invitation to an organisation; a browser session then acts in it")
    @ApiResponse(responseCode = "200", description = "OK.")
    @ApiResponse(
            responseCode = "403",
            description = "The e-mail address is not proven yet (`email-unverified`); the e-mailed link still works.")
    @ApiResponse(responseCode = "404", description = "No invitation to this organisation (`not-found`).")
    @ApiResponse(
            responseCode = "410",
            description = "The invitation expired with its e-mailed link (`invitation-expired`); an admin can invite"
                    + " again.")
    @PostMapping("/api/me/invitations/{organisationId}/accept")
    MeResponse acceptInvitation(@PathVariable UUID organisationId) {
        members.acceptInvitation(currentActor.inBrowserSession().userId(), organisationId);
        currentActor.switchTo(organisationId);
        return MeResponse.of(me.me());
    }

    @Operation(operationId = "changeMe", summary = "Change one's name, time zone or avatar colour")
    @ApiResponse(responseCode = "200", description = "OK.")
    @ApiResponse(responseCode = "422", description = "A bad `name`, `timeZone` or `colour` (`invalid-input`).")
    @PatchMapping("/api/me")
    MeResponse changeMe(@Valid @RequestBody ChangeMeRequest body) {
        return MeResponse.of(
                me.changeProfile(new MeService.ProfileChange(body.name(), body.timeZone(), body.colour())));
    }

    @Operation(operationId = "changePassword", summary = "Change one's password; every other session of one's own ends")
    @ApiResponse(responseCode = "204", description = "Changed; this session stays signed in.")
    @ApiResponse(
            responseCode = "422",
            description = "Wrong `currentPassword`, or a `newPassword` of the wrong length (`invalid-input`).")
    @PutMapping("/api/me/password")
    @ResponseStatus(org.springframework.http.HttpStatus.NO_CONTENT)
    void changePassword(@Valid @RequestBody ChangePasswordRequest body) {
        currentActor.inBrowserSession(); // a leaked token must not take the account over
        me.changePassword(body.currentPassword(), body.newPassword(), currentActor.sessionId());
    }

    @Operation(operationId = "listSessions", summary = "List one's browser sessions, the most recently used first")
    @GetMapping("/api/me/sessions")
    List<SessionResponse> sessions() {
        return browserSessions.of(currentActor.inBrowserSession().userId(), currentActor.sessionId()).stream()
                .map(s -> new SessionResponse(s.id(), s.device(), s.createdAt(), s.lastUsedAt(), s.current()))
                .toList();
    }

    @Operation(operationId = "endSession", summary = "Sign out one of one's sessions")
    @ApiResponse(responseCode = "204", description = "Ended; that browser's next request answers `session-ended`.")
    @ApiResponse(responseCode = "404", description = "No such session of one's own (`not-found`).")
    @DeleteMapping("/api/me/sessions/{id}")
    @ResponseStatus(org.springframework.http.HttpStatus.NO_CONTENT)
    void endSession(@PathVariable String id) {
        browserSessions.end(currentActor.inBrowserSession().userId(), id);
    }

    @Operation(operationId = "endOtherSessions", summary = "Sign out all of one's other sessions")
    @ApiResponse(responseCode = "204", description = "Ended; this session stays signed in.")
    @DeleteMapping("/api/me/sessions")
    @ResponseStatus(org.springframework.http.HttpStatus.NO_CONTENT)
    void endOtherSessions() {
        browserSessions.endAllOf(currentActor.inBrowserSession().userId(), currentActor.sessionId());
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
