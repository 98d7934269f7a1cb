package io.worktrackr.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.worktrackr.common.InvalidInput;
import io.worktrackr.common.Text;
import io.worktrackr.identity.Actor;
import io.worktrackr.identity.AssignedWork;
import io.worktrackr.identity.CurrentActor;
import io.worktrackr.identity.Invitations;
import io.worktrackr.identity.Member;
import io.worktrackr.identity.MemberDetail;
import io.worktrackr.identity.MemberManagement;
import io.worktrackr.identity.MemberStatus;
import io.worktrackr.identity.Role;
import io.worktrackr.identity.UserDirectory;
import io.worktrackr.identity.web.IdentityWeb.MemberResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The people of the acting organisation: everyone may list the active ones (to assign), admins manage them. */
@RestController
class MembersController {

    record AddMemberRequest(
            @NotBlank @Email @Size(max = 320) String email,

            @Size(max = 200) @Pattern(regexp = Text.ONE_LINE, message = Text.ONE_LINE_MESSAGE) String name,

            @NotBlank String role,
            String password) {}

    record ChangeMemberRequest(
            @Schema(description = "admin or agent") @Nullable String role,

            @Schema(
                    description = "active or deactivated",
                    allowableValues = {"active", "deactivated"})
            @Nullable String status) {}

    record MemberDetailResponse(
            UUID id,
            String name,
            String email,
            @Schema(allowableValues = {"admin", "agent"}) String role,

            @Schema(
                    allowableValues = {"active", "invited", "expired", "deactivated"},
                    description = "invited: not joined yet; expired: never joined, and the invitation expired with its"
                            + " e-mailed link (add the address again to renew it)")
            String status,

            @Nullable Instant lastSeenAt,

            @Schema(description = "active tickets assigned to this person")
            long assignedActiveCount) {

        static MemberDetailResponse of(MemberDetail member, Map<UUID, Long> assigned) {
            return new MemberDetailResponse(
                    member.id(),
                    member.name(),
                    member.email(),
                    member.role().code(),
                    member.status().code(),
                    member.lastSeenAt(),
                    assigned.getOrDefault(member.id(), 0L));
        }
    }

    record MemberPageResponse(
            List<MemberDetailResponse> items,

            @Schema(description = "pass as `cursor` for the next page; null on the last page") @Nullable String nextCursor) {}

    private final UserDirectory directory;
    private final MemberManagement management;
    private final CurrentActor currentActor;
    private final AssignedWork assignedWork;
    private final Invitations invitations;

    MembersController(
            UserDirectory directory,
            MemberManagement management,
            CurrentActor currentActor,
            AssignedWork assignedWork,
            Invitations invitations) {
        this.invitations = invitations;
        this.directory = directory;
        this.management = management;
        this.currentActor = currentActor;
        this.assignedWork = assignedWork;
    }

    @Operation(
            operationId = "listMembers",
            summary = "List the organisation's active members (the people tickets can be assigned to)")
    @GetMapping("/api/members")
    List<MemberResponse> members() {
        return directory.members(currentActor.get().organisationId()).stream()
                .map(MemberResponse::of)
                .toList();
    }

    @Operation(
            operationId = "listMemberDirectory",
            summary = "Search and page through the organisation's people of any status, by name (admin)")
    @ApiResponse(responseCode = "200", description = "OK.")
    @ApiResponse(responseCode = "403", description = "Not an admin (`forbidden`).")
    @ApiResponse(responseCode = "422", description = "A bad `status`, `limit` or `cursor` (`invalid-input`).")
    @GetMapping("/api/members/directory")
    MemberPageResponse memberDirectory(
            @Parameter(description = "a fragment of the name or e-mail address")
                    @RequestParam(required = false)
                    @Nullable String q,
            @Parameter(schema = @Schema(allowableValues = {"active", "invited", "expired", "deactivated"}))
                    @RequestParam(required = false)
                    @Nullable String status,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        Actor actor = currentActor.get();
        var page = directory.directory(
                actor,
                q,
                status == null || status.isBlank() ? null : MemberStatus.parse("status", status),
                cursor,
                limit);
        Map<UUID, Long> assigned = assignedWork.activeTicketsPerAssignee(actor.organisationId());
        return new MemberPageResponse(
                page.items().stream()
                        .map(m -> MemberDetailResponse.of(m, assigned))
                        .toList(),
                page.nextCursor());
    }

    @Operation(
            operationId = "addMember",
            summary = "Invite a person by e-mail address, with an initial password for a new account (admin)",
            description = "The same answer, and the same `invited` entry in the directory and in the open invitations,"
                    + " whether or not the address had an account. A new account joins when it first signs in with"
                    + " the initial password; an existing one keeps its own password and joins when that person"
                    + " accepts in the app with a proven address. Every address is e-mailed the same invitation link"
                    + " (whoever proves the address by it joins). The invitation expires with that link; adding an"
                    + " address whose invitation expired renews it.")
    @ApiResponse(responseCode = "201", description = "Invited.")
    @ApiResponse(responseCode = "403", description = "Not an admin (`forbidden`).")
    @ApiResponse(
            responseCode = "409",
            description = "Already a member or invited, the invitation not expired (`already-member`).")
    @ApiResponse(responseCode = "422", description = "A bad `email`, `name`, `role` or `password` (`invalid-input`).")
    @ApiResponse(
            responseCode = "429",
            description = "The organisation added too many people within an hour (`too-many-requests`).")
    @PostMapping("/api/members")
    ResponseEntity<MemberResponse> add(@Valid @RequestBody AddMemberRequest body) {
        Member member = management.add(
                currentActor.get(),
                new MemberManagement.AddMember(
                        body.email(), body.name(), Role.parse("role", body.role()), body.password()));
        return ResponseEntity.created(URI.create("/api/members/" + member.id())).body(MemberResponse.of(member));
    }

    @Operation(
            operationId = "changeMember",
            summary = "Change a member's role, or deactivate / reactivate them (admin)",
            description = "Deactivating ends the person's browser sessions and their API tokens of this organisation"
                    + " at once; their tickets stay assigned.")
    @ApiResponse(responseCode = "200", description = "Changed.")
    @ApiResponse(responseCode = "403", description = "Not an admin (`forbidden`).")
    @ApiResponse(responseCode = "404", description = "Not a member of this organisation (`not-found`).")
    @ApiResponse(
            responseCode = "409",
            description = "The organisation would lose its last active admin (`last-admin`).")
    @ApiResponse(responseCode = "422", description = "A bad `role` or `status` (`invalid-input`).")
    @PatchMapping("/api/members/{id}")
    MemberDetailResponse change(@PathVariable UUID id, @Valid @RequestBody ChangeMemberRequest body) {
        Actor actor = currentActor.get();
        if (body.role() == null && body.status() == null) {
            throw new InvalidInput("role", "give a role or a status");
        }
        Role role = body.role() == null ? null : Role.parse("role", body.role());
        MemberStatus status = body.status() == null ? null : parseStatus(body.status());
        MemberDetail changed = null;
        if (role != null) {
            changed = management.changeRole(actor, id, role);
        }
        if (status != null) {
            changed = management.changeStatus(actor, id, status);
        }
        return MemberDetailResponse.of(changed, assignedWork.activeTicketsPerAssignee(actor.organisationId()));
    }

    @Operation(
            operationId = "withdrawMemberInvitation",
            summary = "Withdraw the invitation of a person added as a member, open or expired (admin)",
            description = "As withdrawing the open invitation (`DELETE /api/invitations/{id}`): the address's"
                    + " invitation links stop working and the invitation in the app ends; the person leaves the"
                    + " directory. Also for an `expired` invitation, which has no open link any more.")
    @ApiResponse(responseCode = "204", description = "Withdrawn.")
    @ApiResponse(responseCode = "403", description = "Not an admin (`forbidden`).")
    @ApiResponse(
            responseCode = "404",
            description = "Nobody invited (`invited` or `expired`) with this id here (`not-found`).")
    @DeleteMapping("/api/members/{id}/invitation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void withdrawInvitation(@PathVariable UUID id) {
        invitations.withdrawInvitationOf(currentActor.get(), id);
    }

    private static MemberStatus parseStatus(String value) {
        if (!value.equals("active") && !value.equals("deactivated")) {
            throw new InvalidInput("status", "must be one of active, deactivated");
        }
        return MemberStatus.parse("status", value);
    }
}
