package io.worktrackr.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.worktrackr.common.Text;
import io.worktrackr.identity.CurrentActor;
import io.worktrackr.identity.Invitations;
import io.worktrackr.identity.MeService;
import io.worktrackr.identity.Person;
import io.worktrackr.identity.Role;
import io.worktrackr.identity.web.IdentityWeb.MeResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Invitations by one-time link: admins issue, list and revoke them; anyone holding a link previews and accepts it. */
@RestController
class InvitationsController {

    record InviteRequest(
            @NotBlank @Email @Size(max = 320) String email,

            @Schema(allowableValues = {"admin", "agent"}) @NotBlank String role) {}

    record InvitationCreatedResponse(
            UUID id,
            String email,
            String role,
            Instant expiresAt,

            @Schema(
                    description = "the one-time link (web route `/invitations/accept#token=…`); shown only in"
                            + " this answer")
            String acceptUrl) {}

    record InvitedBy(UUID id, String name) {}

    record InvitationResponse(
            UUID id, String email, String role, InvitedBy invitedBy, Instant createdAt, Instant expiresAt) {}

    record InvitationTokenRequest(@NotBlank @Size(max = 100) String token) {}

    record InvitationPreviewResponse(
            String organisationName,
            String email,

            @Schema(
                    description = "true: sign in as this address, then accept (a proven account, or any account when"
                            + " the link was shown to the admin: such a link takes nothing over); false: give name"
                            + " and password")
            boolean accountExists,

            @Schema(
                    description = "true: an account with this address exists but never proved it, and this link went"
                            + " to the address alone. Signed in as it, accepting keeps it; otherwise accepting (name"
                            + " and password) takes it over and it keeps nothing of before: its password, sessions,"
                            + " API tokens and other memberships end")
            boolean unconfirmedAccount,

            @Schema(
                    description = "true (only with `unconfirmedAccount`): that account is the one this organisation"
                            + " made when its admin added the address, and it never signed in: the invitee has no"
                            + " account of their own yet, and choosing a name and password here makes it theirs")
            boolean accountMadeByInvitation) {}

    record AcceptInvitationRequest(
            @NotBlank @Size(max = 100) String token,

            @Size(max = 200) @Pattern(regexp = Text.ONE_LINE, message = Text.ONE_LINE_MESSAGE) @Nullable String name,

            @Nullable String password) {}

    private final Invitations invitations;
    private final CurrentActor currentActor;
    private final SessionSignIn sessions;
    private final MeService me;

    InvitationsController(Invitations invitations, CurrentActor currentActor, SessionSignIn sessions, MeService me) {
        this.invitations = invitations;
        this.currentActor = currentActor;
        this.sessions = sessions;
        this.me = me;
    }

    @Operation(operationId = "createInvitation", summary = "Invite someone by a one-time link (admin)")
    @ApiResponse(responseCode = "201", description = "Invited; the link is in `acceptUrl`, valid for 7 days.")
    @ApiResponse(responseCode = "403", description = "Not an admin (`forbidden`).")
    @ApiResponse(responseCode = "409", description = "Already an active member (`already-member`).")
    @ApiResponse(responseCode = "422", description = "A bad `email` or `role` (`invalid-input`).")
    @PostMapping("/api/invitations")
    ResponseEntity<InvitationCreatedResponse> create(@Valid @RequestBody InviteRequest body) {
        var issued = invitations.issue(currentActor.get(), body.email(), Role.parse("role", body.role()));
        String acceptUrl = ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/invitations/accept")
                        .toUriString()
                + "#token=" + issued.token();
        return ResponseEntity.created(URI.create("/api/invitations/" + issued.id()))
                .body(new InvitationCreatedResponse(
                        issued.id(), issued.email(), issued.role().code(), issued.expiresAt(), acceptUrl));
    }

    @Operation(operationId = "listInvitations", summary = "List the open invitations, newest first (admin)")
    @ApiResponse(responseCode = "200", description = "OK.")
    @ApiResponse(responseCode = "403", description = "Not an admin (`forbidden`).")
    @GetMapping("/api/invitations")
    List<InvitationResponse> list() {
        return invitations.pending(currentActor.get()).stream()
                .map(p -> new InvitationResponse(
                        p.id(), p.email(), p.role().code(), invitedBy(p.invitedBy()), p.createdAt(), p.expiresAt()))
                .toList();
    }

    @Operation(
            operationId = "revokeInvitation",
            summary = "Withdraw an open invitation: its link stops working and the invitee can no longer accept it"
                    + " in the app (admin)")
    @ApiResponse(responseCode = "204", description = "Revoked.")
    @ApiResponse(responseCode = "403", description = "Not an admin (`forbidden`).")
    @ApiResponse(responseCode = "404", description = "No open invitation with this id here (`not-found`).")
    @DeleteMapping("/api/invitations/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable UUID id) {
        invitations.revoke(currentActor.get(), id);
    }

    @Operation(
            operationId = "previewInvitation",
            summary = "What an invitation link invites to (public; the token travels in the body, never the URL)")
    @ApiResponse(responseCode = "200", description = "OK.")
    @ApiResponse(responseCode = "404", description = "Unknown, used, revoked or expired link (`not-found`).")
    @PostMapping("/api/invitations/preview")
    InvitationPreviewResponse preview(@Valid @RequestBody InvitationTokenRequest body) {
        var preview = invitations.preview(body.token());
        return new InvitationPreviewResponse(
                preview.organisationName(),
                preview.email(),
                preview.accountExists(),
                preview.unconfirmedAccount(),
                preview.accountMadeByInvitation());
    }

    @Operation(
            operationId = "acceptInvitationLink",
            summary = "Accept an invitation link: join, sign in and act in the organisation (public)",
            description = "A new person gives `name` and `password`; an existing account must be signed in as the"
                    + " invited address. An account that never proved its address is taken over by whoever accepts"
                    + " signed out (with `name` and `password`) a link that went to the address alone: its sessions,"
                    + " API tokens, open links and other memberships end. A link shown to the admin takes nothing"
                    + " over. The link works once.")
    @ApiResponse(responseCode = "200", description = "Joined and signed in; acting in the new organisation.")
    @ApiResponse(
            responseCode = "401",
            description = "The address has an account: sign in as it first (`not-authenticated`).")
    @ApiResponse(responseCode = "403", description = "Signed in as somebody else (`forbidden`).")
    @ApiResponse(responseCode = "404", description = "Unknown, used, revoked or expired link (`not-found`).")
    @ApiResponse(
            responseCode = "422",
            description = "A new person's `name` or `password` is missing or bad (`invalid-input`).")
    @PostMapping("/api/invitations/accept")
    MeResponse accept(
            @Valid @RequestBody AcceptInvitationRequest body,
            HttpServletRequest request,
            HttpServletResponse response) {
        var signedIn = currentActor.signedInUserId();
        var accepted = invitations.accept(body.token(), signedIn.orElse(null), body.name(), body.password());
        if (signedIn.isEmpty()) {
            sessions.start(accepted.userId(), request, response);
        }
        currentActor.switchTo(accepted.organisationId());
        return MeResponse.of(me.me());
    }

    private static InvitedBy invitedBy(Person person) {
        return new InvitedBy(person.id(), person.name());
    }
}
