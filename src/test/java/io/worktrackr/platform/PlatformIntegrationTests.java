package io.worktrackr.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.worktrackr.testing.Api;
import io.worktrackr.testing.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
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
    void aChunkedJsonBodyOverTheLimitIs413NotA422() throws Exception {
        // issue 12 §5: no Content-Length to refuse up front, so the limit must hold while the body streams in
        String token = fixtures.organisation()
                .admin
                .session()
                .post("/api/me/tokens", Map.of("name", "chunked"))
                .string("$.token");
        byte[] body = ("{\"title\": \"" + "x".repeat(1536 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/tickets"))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                // an InputStream publisher has no length: the request goes chunked
                                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("payload-too-large");
    }

    @Test
    void aRequestTheFirewallRefusesIsA400Problem() throws Exception {
        // before any filter or controller: Spring Security's firewall ("//" in the path)
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "//api/tickets"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("/problems/http-400").contains("\"status\":400");
    }

    @Test
    void onlyHealthAndInfoOfTheActuatorArePublic() {
        assertThat(Api.session(port).get("/actuator/health").status()).isEqualTo(200);
        assertThat(Api.session(port).get("/actuator/env").status()).isIn(401, 403, 404);
        assertThat(Api.session(port).get("/actuator/beans").status()).isIn(401, 403, 404);
    }
}
