package io.worktrackr.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * A link that proves an e-mail address was made: {@code VERIFY} proves the account's own address (after sign-up,
 * or asked for again), {@code CHANGE} proves a new address the account wants to move to (the change happens only
 * when the link is used). <strong>Carries the secret token</strong>: consume it only with a synchronous
 * {@code @EventListener} in the same transaction (never {@code @ApplicationModuleListener} or any after-commit
 * listener: Spring Modulith's event publication registry would store the token in the database), and never log
 * it.
 *
 * @param email the address the link goes to (for {@code CHANGE}: the new address)
 * @param token the link's secret; the link is {@code <base-url>/confirm-email#token=<token>}
 */
public record EmailLinkIssued(
        UUID userId, String email, String name, Purpose purpose, String token, Instant expiresAt) {

    public enum Purpose {
        VERIFY,
        CHANGE
    }

    @Override
    public String toString() {
        return "EmailLinkIssued[userId=" + userId + ", purpose=" + purpose + ", expiresAt=" + expiresAt + "]";
    }
}
