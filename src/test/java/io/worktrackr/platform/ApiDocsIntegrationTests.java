package io.worktrackr.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.worktrackr.testing.Api;
import io.worktrackr.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Swagger UI and the OpenAPI document are public only when configured (issue 12 §6): off, both answer 404 and the
 * API itself is unaffected. The default (on for the embedded demo, off on PostgreSQL) is {@link
 * ApiDocsAccess#enabled}'s rule, tested here too.
 */
@TestPropertySource(properties = "worktrackr.api-docs.enabled=false")
class ApiDocsIntegrationTests extends IntegrationTest {

    @Test
    void switchedOffTheDocumentAndSwaggerUiAre404AndTheApiWorks() {
        assertThat(Api.session(port).get("/v3/api-docs").status()).isEqualTo(404);
        assertThat(Api.session(port).get("/v3/api-docs/swagger-config").status())
                .isEqualTo(404);
        assertThat(Api.session(port).get("/swagger-ui/index.html").status()).isEqualTo(404);
        assertThat(Api.session(port).get("/swagger-ui").status()).isEqualTo(404);
        assertThat(Api.session(port).get("/api/auth/csrf").status()).isEqualTo(200);
    }

    @Test
    void byDefaultTheyAreOnForTheEmbeddedDemoAndOffOnPostgresql() {
        assertThat(ApiDocsAccess.enabled(null, "jdbc:h2:file:./data/worktrackr;MODE=PostgreSQL"))
                .isTrue();
        assertThat(ApiDocsAccess.enabled(null, "jdbc:postgresql://db:5432/worktrackr"))
                .isFalse();
        assertThat(ApiDocsAccess.enabled(true, "jdbc:postgresql://db:5432/worktrackr"))
                .isTrue();
        assertThat(ApiDocsAccess.enabled(false, "jdbc:h2:mem:x")).isFalse();
    }
}
