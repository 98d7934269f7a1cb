package io.worktrackr.identity;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A person of the organisation as admins see them: role, status and when they were last seen. */
public record MemberDetail(
        UUID id,
        String name,
        String email,
        Role role,
        MemberStatus status,
        @Nullable Instant lastSeenAt) {}
