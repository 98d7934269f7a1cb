package io.worktrackr.demo;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code worktrackr.demo.enabled}: true = seed if there is no data yet; false = never; unset = seed only the
 * embedded database (never PostgreSQL unless asked with WORKTRACKR_DEMO=true).
 */
@ConfigurationProperties("worktrackr.demo")
record DemoProperties(@Nullable Boolean enabled) {}
