package io.worktrackr.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code worktrackr.identity.*}.
 *
 * @param cacheTtl how long a node may reuse what it read about an API token, a user's memberships and roles,
 *     and people's display names, before it reads them again. This bounds how long a revoked token, a removed
 *     membership or a changed role keeps working on <em>other</em> nodes (the node that made the change forgets
 *     at once), so no cross-node invalidation is needed. At most one second; {@code 0} turns the caches off.
 */
@ConfigurationProperties("worktrackr.identity")
record IdentityProperties(@DefaultValue("1s") Duration cacheTtl) {

    static final Duration MAX_CACHE_TTL = Duration.ofSeconds(1);

    IdentityProperties {
        if (cacheTtl.isNegative() || cacheTtl.compareTo(MAX_CACHE_TTL) > 0) {
            throw new IllegalArgumentException("worktrackr.identity.cache-ttl must be between 0 and 1s, not " + cacheTtl
                    + ": a revoked token or removed membership must stop working within a second");
        }
    }
}
