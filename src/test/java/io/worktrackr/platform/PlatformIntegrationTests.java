package io.worktrackr.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.worktrackr.testing.Api;
import io.worktrackr.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

/** What only the whole application shows; problem answers and security headers are {@link ProblemsWebTests}. */
class PlatformIntegrationTests extends IntegrationTest {

    @Test
    void theOpenApiDocumentAndSwaggerUiAreServed() {
        Api.Response document = Api.session(port).get("/v3/api-docs");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.body().get("paths").has("/api/tickets/bulk")).isTrue();
        assertThat(document.body().get("paths").has("/api/tickets/counts")).isTrue();
        assertThat(document.body().get("components").get("schemas").has("PatchTicketRequest"))
                .isTrue();
        assertThat(document.body().get("components").get("schemas").has("BulkItemRequest"))
                .isTrue();
        assertThat(Api.session(port).get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void onlyHealthAndInfoOfTheActuatorArePublic() {
        assertThat(Api.session(port).get("/actuator/health").status()).isEqualTo(200);
        assertThat(Api.session(port).get("/actuator/env").status()).isIn(401, 403, 404);
        assertThat(Api.session(port).get("/actuator/beans").status()).isIn(401, 403, 404);
    }
}
