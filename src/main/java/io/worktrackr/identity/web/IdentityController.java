package io.worktrackr.identity.web;

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
import java.util.Map;
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

    @PostMapping("/api/signup")
    ResponseEntity<MeResponse> signUp(
            @Valid @RequestBody SignUpRequest body, HttpServletRequest request, HttpServletResponse response) {
        var signedUp = organisations.signUp(
                new OrganisationManagement.SignUp(body.organisationName(), body.name(), body.email(), body.password()));
        sessions.start(signedUp.adminId(), request, response);
        return ResponseEntity.created(URI.create("/api/me")).body(MeResponse.of(me.me()));
    }

    @PostMapping("/api/auth/login")
    MeResponse login(@Valid @RequestBody LoginRequest body, HttpServletRequest request, HttpServletResponse response) {
        sessions.start(signIn.authenticate(body.email(), body.password()), request, response);
        return MeResponse.of(me.me());
    }

    /** Hands the SPA its CSRF token (also set as the XSRF-TOKEN cookie). */
    @GetMapping("/api/auth/csrf")
    Map<String, String> csrf(CsrfToken token) {
        return Map.of("headerName", token.getHeaderName(), "token", token.getToken());
    }

    @GetMapping("/api/me")
    MeResponse me() {
        return MeResponse.of(me.me());
    }

    @PutMapping("/api/me/current-organisation")
    MeResponse chooseOrganisation(@Valid @RequestBody ChooseOrganisationRequest body) {
        currentActor.choose(body.organisationId());
        return MeResponse.of(me.me());
    }

    @PostMapping("/api/me/invitations/{organisationId}/accept")
    MeResponse acceptInvitation(@PathVariable UUID organisationId) {
        members.acceptInvitation(currentActor.userId(), organisationId);
        return MeResponse.of(me.me());
    }

    @GetMapping("/api/me/tokens")
    List<TokenResponse> tokens() {
        return tokens.list(currentActor.get()).stream()
                .map(t -> new TokenResponse(t.id(), t.name(), t.createdAt(), t.lastUsedAt()))
                .toList();
    }

    @PostMapping("/api/me/tokens")
    ResponseEntity<ApiTokens.IssuedToken> issueToken(@Valid @RequestBody CreateTokenRequest body) {
        var issued = tokens.issue(currentActor.get(), body.name());
        return ResponseEntity.created(URI.create("/api/me/tokens/" + issued.id()))
                .body(issued);
    }

    @DeleteMapping("/api/me/tokens/{id}")
    @ResponseStatus(org.springframework.http.HttpStatus.NO_CONTENT)
    void revokeToken(@PathVariable UUID id) {
        tokens.revoke(currentActor.get(), id);
    }
}
