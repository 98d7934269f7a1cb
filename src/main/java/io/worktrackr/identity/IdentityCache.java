package io.worktrackr.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.worktrackr.common.AfterCommit;
import io.worktrackr.identity.IdentityRepository.MembershipView;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What this node read about who is acting, kept for at most {@link IdentityProperties#cacheTtl()} (≤ 1 s), so
 * that a busy client costs no identity queries per request while a revoked token, a removed membership or a
 * changed role still stops working within a second on every node.
 *
 * <ul>
 * <li>Entries expire a fixed time after they were <em>read from the database</em> (expire-after-write, never
 *     refreshed by use), so the bound holds however busy a token is. Other nodes need no message: their copies
 *     expire on their own within the same second.</li>
 * <li>This node forgets at once what it changes itself (revoke, role change, accepted invitation), after the
 *     commit, so that a reader cannot put the old value back between the change and the commit.</li>
 * <li>Only successful look-ups are kept: an unknown or revoked token is never cached, so guessing tokens
 *     cannot fill memory, and a token is keyed by its SHA-256, never by the secret itself.</li>
 * <li>Bounded in size; what falls out is simply read again.</li>
 * </ul>
 */
@Component
class IdentityCache {

    /** A token as this node knows it; {@code lastUsedAt} is updated in place (never re-put, see above). */
    static final class CachedToken {
        final ApiTokens.TokenOwner owner;
        volatile @Nullable Instant lastUsedAt;

        CachedToken(ApiTokens.TokenOwner owner, @Nullable Instant lastUsedAt) {
            this.owner = owner;
            this.lastUsedAt = lastUsedAt;
        }
    }

    private final SharedLoadCache<String, CachedToken> tokens;
    private final SharedLoadCache<UUID, List<MembershipView>> memberships;
    private final Cache<UUID, Person> people;
    private final boolean enabled;

    IdentityCache(IdentityProperties properties) {
        this.enabled = !properties.cacheTtl().isZero();
        this.tokens = new SharedLoadCache<>(properties.cacheTtl(), 10_000);
        this.memberships = new SharedLoadCache<>(properties.cacheTtl(), 10_000);
        this.people = Caffeine.newBuilder()
                .expireAfterWrite(properties.cacheTtl())
                .maximumSize(10_000)
                .build();
    }

    /** The token with this hash, read by {@code load} unless read within the TTL; empty results are not kept. */
    @Nullable CachedToken token(String tokenHash, Function<String, @Nullable CachedToken> load) {
        if (!enabled) {
            return load.apply(tokenHash);
        }
        // one load per token at a time, shared by concurrent requests; a revocation that commits while a request
        // reads the token drops that read too (SharedLoadCache), so it cannot put the token back afterwards
        return tokens.get(tokenHash, load::apply);
    }

    List<MembershipView> memberships(UUID userId, Function<UUID, List<MembershipView>> load) {
        if (!enabled) {
            return load.apply(userId);
        }
        List<MembershipView> found = memberships.get(userId, load);
        return found == null ? List.of() : found;
    }

    /** People by id: the ones read within the TTL from here, the others with one call of {@code load}. */
    Map<UUID, Person> people(Collection<UUID> ids, Function<List<UUID>, List<Person>> load) {
        if (!enabled) {
            return index(load.apply(List.copyOf(ids)));
        }
        Map<UUID, Person> found = new HashMap<>(people.getAllPresent(ids));
        List<UUID> missing =
                ids.stream().filter(id -> !found.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            Map<UUID, Person> loaded = index(load.apply(missing));
            people.putAll(loaded);
            found.putAll(loaded);
        }
        return found;
    }

    /** Forgets a token on this node once the current transaction (if any) has committed. */
    void forgetToken(UUID tokenId) {
        AfterCommit.run(() -> tokens.removeIf(t -> t.owner.tokenId().equals(tokenId)));
    }

    /** Forgets all of a user's tokens on this node once the current transaction has committed. */
    void forgetTokensOf(UUID userId) {
        AfterCommit.run(() -> tokens.removeIf(t -> t.owner.userId().equals(userId)));
    }

    /** Forgets a user's memberships (and name) on this node once the current transaction has committed. */
    void forgetUser(UUID userId) {
        AfterCommit.run(() -> {
            memberships.invalidate(userId);
            people.invalidate(userId);
        });
    }

    private static Map<UUID, Person> index(List<Person> list) {
        Map<UUID, Person> map = new HashMap<>();
        list.forEach(p -> map.put(p.id(), p));
        return map;
    }
}
