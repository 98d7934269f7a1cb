package io.worktrackr.identity;

import static io.worktrackr.common.JdbcTime.fromDb;
import static io.worktrackr.common.JdbcTime.toDb;

import io.worktrackr.common.NotFound;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens for scripts. The token is shown once; only its SHA-256 is stored (a token has 256
 * random bits, so a fast hash is enough). A token acts as its user in the organisation it was made in.
 */
@Service
public class ApiTokens {

    public record TokenInfo(
            UUID id,
            String name,
            Instant createdAt,
            @Nullable Instant lastUsedAt) {}

    public record IssuedToken(UUID id, String name, Instant createdAt, String token) {}

    record TokenOwner(UUID tokenId, UUID userId, UUID organisationId) {}

    static final String PREFIX = "wt_";
    private static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final IdentityCache cache;
    private final AuditTrail audit;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, Clock clock, IdentityCache cache, AuditTrail audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.cache = cache;
        this.audit = audit;
    }

    @Transactional
    public IssuedToken issue(Actor actor, String requestedName) {
        String name = io.worktrackr.common.Text.requireName("name", requestedName);
        if (name.isEmpty()) {
            throw new io.worktrackr.common.InvalidInput("name", "must not be blank");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO api_tokens (id, user_id, organisation_id, name, token_hash, created_at)
                VALUES (:id, :user, :org, :name, :hash, :now)""")
                .param("id", id)
                .param("user", actor.userId())
                .param("org", actor.organisationId())
                .param("name", name.trim())
                .param("hash", sha256(token))
                .param("now", toDb(now))
                .update();
        audit.record(actor, "token.created", "Created the API token '" + name.trim() + "'", Map.of("tokenId", id));
        return new IssuedToken(id, name.trim(), now, token);
    }

    @Transactional(readOnly = true)
    public List<TokenInfo> list(Actor actor) {
        return jdbc.sql("""
                SELECT id, name, created_at, last_used_at FROM api_tokens
                WHERE user_id = :user AND organisation_id = :org AND revoked_at IS NULL
                ORDER BY created_at DESC""")
                .param("user", actor.userId())
                .param("org", actor.organisationId())
                .query((rs, i) -> new TokenInfo(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        fromDb(rs, "created_at"),
                        fromDb(rs, "last_used_at")))
                .list();
    }

    @Transactional
    public void revoke(Actor actor, UUID tokenId) {
        int revoked = jdbc.sql("""
                UPDATE api_tokens SET revoked_at = :now
                WHERE id = :id AND user_id = :user AND organisation_id = :org AND revoked_at IS NULL""")
                .param("now", toDb(clock.instant()))
                .param("id", tokenId)
                .param("user", actor.userId())
                .param("org", actor.organisationId())
                .update();
        if (revoked == 0) {
            throw new NotFound("Token " + tokenId);
        }
        audit.record(actor, "token.revoked", "Revoked an API token", Map.of("tokenId", tokenId));
        cache.forgetToken(tokenId);
    }

    /** Revokes every token of the person, in every organisation (their account was taken over by its owner). */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    int revokeEveryTokenOf(UUID userId) {
        int revoked = jdbc.sql("UPDATE api_tokens SET revoked_at = :now WHERE user_id = :user AND revoked_at IS NULL")
                .param("now", toDb(clock.instant()))
                .param("user", userId)
                .update();
        cache.forgetTokensOf(userId);
        return revoked;
    }

    /** Revokes every token the person made in this organisation (deactivation); forgotten on this node at once. */
    @Transactional
    public int revokeAllOf(UUID userId, UUID organisationId) {
        int revoked = jdbc.sql("""
                UPDATE api_tokens SET revoked_at = :now
                WHERE user_id = :user AND organisation_id = :org AND revoked_at IS NULL""")
                .param("now", toDb(clock.instant()))
                .param("user", userId)
                .param("org", organisationId)
                .update();
        cache.forgetTokensOf(userId);
        return revoked;
    }

    /**
     * Who this token belongs to, if it is known and not revoked. A token read within the identity cache's TTL
     * (≤ 1 s, {@link IdentityCache}) costs no query; no transaction either way (each statement stands alone).
     */
    Optional<TokenOwner> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        IdentityCache.CachedToken known = cache.token(sha256(token), this::find);
        if (known == null) {
            return Optional.empty();
        }
        touch(known);
        return Optional.of(known.owner);
    }

    private IdentityCache.@Nullable CachedToken find(String hash) {
        return jdbc.sql("""
                SELECT id, user_id, organisation_id, last_used_at FROM api_tokens
                WHERE token_hash = :hash AND revoked_at IS NULL""")
                .param("hash", hash)
                .query((rs, i) -> new IdentityCache.CachedToken(
                        new TokenOwner(
                                rs.getObject("id", UUID.class),
                                rs.getObject("user_id", UUID.class),
                                rs.getObject("organisation_id", UUID.class)),
                        fromDb(rs, "last_used_at")))
                .optional()
                .orElse(null);
    }

    /**
     * Records use at most once a minute, so busy scripts do not turn every read into a write: the statement
     * runs only when the last use this node knows of is older than that (and the row's own condition keeps
     * several nodes from writing more than once a minute between them).
     */
    private void touch(IdentityCache.CachedToken known) {
        Instant now = clock.instant();
        Instant threshold = now.minus(LAST_USED_GRANULARITY);
        Instant lastUsed = known.lastUsedAt;
        if (lastUsed != null && !lastUsed.isBefore(threshold)) {
            return;
        }
        known.lastUsedAt = now;
        jdbc.sql("""
                UPDATE api_tokens SET last_used_at = :now
                WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :threshold)""")
                .param("now", toDb(now))
                .param("id", known.owner.tokenId())
                .param("threshold", toDb(threshold))
                .update();
        jdbc.sql("UPDATE users SET last_seen_at = :now WHERE id = :id")
                .param("now", toDb(now))
                .param("id", known.owner.userId())
                .update();
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
