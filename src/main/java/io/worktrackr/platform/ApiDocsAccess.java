package io.worktrackr.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The OpenAPI document ({@code /v3/api-docs}) and Swagger UI ({@code /swagger-ui}) are public only where that is
 * wanted: {@code worktrackr.api-docs.enabled} (env {@code WORKTRACKR_API_DOCS}) decides; unset, they are on for
 * the embedded H2 database (the zero-set-up demo) and off on PostgreSQL (a real deployment). Off, both answer 404
 * like any unknown path. The contract itself lives in docs/openapi.json either way.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ApiDocsAccess extends OncePerRequestFilter {

    private final boolean enabled;

    ApiDocsAccess(
            @Value("${worktrackr.api-docs.enabled:#{null}}") @Nullable Boolean configured,
            @Value("${spring.datasource.url:}") String databaseUrl) {
        this.enabled = enabled(configured, databaseUrl);
    }

    /** On when configured so; unset: on for the embedded H2 database only. */
    static boolean enabled(@Nullable Boolean configured, String databaseUrl) {
        return configured != null ? configured : databaseUrl.startsWith("jdbc:h2:");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return enabled || !(path.startsWith("/v3/api-docs") || path.startsWith("/swagger-ui"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
