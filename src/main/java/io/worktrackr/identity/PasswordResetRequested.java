package io.worktrackr.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone asked for a "forgot password" link for an existing account. <strong>Carries the secret token</strong>,
 * so that the e-mail can be written in the same transaction as the token: consume it only with a synchronous
 * {@code @EventListener} (never {@code @ApplicationModuleListener} or any after-commit listener: Spring Modulith's
 * event publication registry would store the token in the database), and never log it.
 *
 * @param token the link's secret; the link is {@code <base-url>/reset-password#token=<token>}
 */
public record PasswordResetRequested(UUID userId, String email, String name, String token, Instant expiresAt) {

    @Override
    public String toString() {
        return "PasswordResetRequested[userId=" + userId + ", expiresAt=" + expiresAt + "]";
    }
}
