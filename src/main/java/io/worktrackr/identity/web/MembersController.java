package io.worktrackr.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.worktrackr.common.Text;
import io.worktrackr.identity.CurrentActor;
import io.worktrackr.identity.Member;
import io.worktrackr.identity.MemberManagement;
import io.worktrackr.identity.Role;
import io.worktrackr.identity.UserDirectory;
import io.worktrackr.identity.web.IdentityWeb.MemberResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The people of the acting organisation: everyone may list them (to assign), admins manage them. */
@RestController
class MembersController {

    record AddMemberRequest(
            @NotBlank @Email @Size(max = 320) String email,

            @Size(max = 200) @Pattern(regexp = Text.ONE_LINE, message = Text.ONE_LINE_MESSAGE) String name,

            @NotBlank String role,
            String password) {}

    record ChangeRoleRequest(@NotBlank String role) {}

    private final UserDirectory directory;
    private final MemberManagement management;
    private final CurrentActor currentActor;

    MembersController(UserDirectory directory, MemberManagement management, CurrentActor currentActor) {
        this.directory = directory;
        this.management = management;
        this.currentActor = currentActor;
    }

    @Operation(
            operationId = "listMembers",
            summary = "List the organisation's members (the people tickets can be assigned to)")
    @GetMapping("/api/members")
    List<MemberResponse> members() {
        return directory.members(currentActor.get().organisationId()).stream()
                .map(MemberResponse::of)
                .toList();
    }

    @Operation(operationId = "addMember", summary = "Add a member, or invite an existing account (admin)")
    @ApiResponse(responseCode = "201", description = "Added or invited.")
    @ApiResponse(responseCode = "409", description = "Already a member or invited (`already-member`).")
    @PostMapping("/api/members")
    ResponseEntity<MemberResponse> add(@Valid @RequestBody AddMemberRequest body) {
        Member member = management.add(
                currentActor.get(),
                new MemberManagement.AddMember(
                        body.email(), body.name(), Role.parse("role", body.role()), body.password()));
        return ResponseEntity.created(URI.create("/api/members/" + member.id())).body(MemberResponse.of(member));
    }

    @Operation(operationId = "changeMemberRole", summary = "Change a member's role (admin)")
    @ApiResponse(responseCode = "200", description = "Changed.")
    @ApiResponse(responseCode = "409", description = "The organisation would lose its last admin (`last-admin`).")
    @PatchMapping("/api/members/{id}")
    MemberResponse changeRole(@PathVariable UUID id, @Valid @RequestBody ChangeRoleRequest body) {
        return MemberResponse.of(management.changeRole(currentActor.get(), id, Role.parse("role", body.role())));
    }
}
