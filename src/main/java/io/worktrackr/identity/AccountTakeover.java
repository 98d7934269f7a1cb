package io.worktrackr.identity;

import static io.worktrackr.common.JdbcTime.toDb;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Someone proves, by a link sent to it, the address of an account whose address was never proven, and takes the
 * account over (issue 12 §1, pre-hijacking). The account may have been made by an outsider with an address that
 * is not theirs, so the proven owner inherits nothing the unproven account held or made possible:
 *
 * <ul>
 *   <li>every organisation the account was an (active or deactivated) member of is left — its membership row is
 *       deleted, so only a new invitation, which the owner must accept, brings them back. The organisation and its
 *       data stay as they are (tickets keep their assignee, the trails their actor); the organisation's audit trail
 *       records the departure. An organisation left without an admin stays readable to nobody until support steps
 *       in (there is no self-service recovery for it);
 *   <li>every browser session and API token ends, every open password-reset link and e-mail link (a pending change
 *       of address could move the account away again) stops working;
 *   <li>the name and password are the new owner's; the profile's colour and time zone are reset;
 *   <li>{@link AccountTakenOver} tells the other modules (notification preferences are reset to the defaults).
 * </ul>
 *
 * Open invitations to the address stay: they were addressed to it, and the owner decides on them.
 */
@Component
class AccountTakeover {

    /** What ended. */
    record Ended(int sessions, int tokens, List<UUID> organisationsLeft) {}

    private final JdbcClient jdbc;
    private final IdentityRepository repository;
    private final EmailVerifications verifications;
    private final Sessions sessions;
    private final ApiTokens apiTokens;
    private final AuditTrail audit;
    private final IdentityCache cache;
    private final ApplicationEventPublisher events;

    AccountTakeover(
            JdbcClient jdbc,
            IdentityRepository repository,
            EmailVerifications verifications,
            Sessions sessions,
            ApiTokens apiTokens,
            AuditTrail audit,
            IdentityCache cache,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.verifications = verifications;
        this.sessions = sessions;
        this.apiTokens = apiTokens;
        this.audit = audit;
        this.cache = cache;
        this.events = events;
    }

    /**
     * Hands the unverified account {@code userId} to whoever proved its address with an invitation link of {@code
     * joiningOrganisationId}: with {@code name} and {@code passwordHash}, proven, holding nothing of before.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Ended takeOver(UUID userId, UUID joiningOrganisationId, String name, String passwordHash, Instant now) {
        String email = repository.findPerson(userId).map(Person::email).orElseThrow();
        String zone = repository
                .organisationSettings(joiningOrganisationId)
                .map(IdentityRepository.OrganisationSettings::timeZone)
                .orElse("UTC");
        List<UUID> left = new ArrayList<>();
        for (UUID organisationId : jdbc.sql("""
                        SELECT organisation_id FROM memberships
                        WHERE user_id = :user AND accepted_at IS NOT NULL AND organisation_id <> :joining
                        ORDER BY organisation_id""")
                .param("user", userId)
                .param("joining", joiningOrganisationId)
                .query(UUID.class)
                .list()) {
            // the admins' rows first, in the order every admin change takes them: no deadlock with a demotion
            repository.lockAndCountAdmins(organisationId);
            int deleted = jdbc.sql("""
                    DELETE FROM memberships
                    WHERE organisation_id = :org AND user_id = :user AND accepted_at IS NOT NULL""")
                    .param("org", organisationId)
                    .param("user", userId)
                    .update();
            if (deleted == 1) {
                left.add(organisationId);
                audit.record(
                        organisationId,
                        userId,
                        "member.left_on_takeover",
                        email + " left: the owner of the address proved it and took over the account, which had"
                                + " never proven it",
                        Map.of("userId", userId, "email", email));
            }
        }
        jdbc.sql("""
                UPDATE users SET name = :name, password_hash = :hash, colour = NULL, time_zone = :zone
                WHERE id = :id""")
                .param("name", name)
                .param("hash", passwordHash)
                .param("zone", zone)
                .param("id", userId)
                .update();
        verifications.markVerified(userId, now);
        verifications.endOpenLinks(userId, now);
        jdbc.sql("UPDATE password_resets SET used_at = :now WHERE user_id = :user AND used_at IS NULL")
                .param("now", toDb(now))
                .param("user", userId)
                .update();
        int endedSessions = sessions.endAllOf(userId, null);
        int revokedTokens = apiTokens.revokeEveryTokenOf(userId);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("userId", userId);
        details.put("email", email);
        details.put("sessionsEnded", endedSessions);
        details.put("tokensRevoked", revokedTokens);
        details.put("organisationsLeft", left.size());
        audit.record(
                joiningOrganisationId,
                userId,
                "account.taken_over",
                email + " proved the address with the invitation link and took over an account that had never"
                        + " proven it; ended: sessions " + endedSessions + ", API tokens " + revokedTokens
                        + ", memberships elsewhere " + left.size(),
                details);
        events.publishEvent(new AccountTakenOver(userId, List.copyOf(left)));
        cache.forgetUser(userId);
        return new Ended(endedSessions, revokedTokens, List.copyOf(left));
    }
}
