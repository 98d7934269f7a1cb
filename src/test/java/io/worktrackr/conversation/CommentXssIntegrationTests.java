package io.worktrackr.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.worktrackr.testing.Api;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.IntegrationTest;
import io.worktrackr.testing.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every classic XSS vector, posted through the API, comes back as harmless HTML, on posting and on listing. */
class CommentXssIntegrationTests extends IntegrationTest {

    @Test
    void everyClassicXssVectorIsNeutralisedInTheRenderedHtml() {
        Org org = fixtures.organisation();
        String ticketPath = "/api/tickets/" + org.ticket("XSS").get("id").stringValue();

        for (String vector : XssVectors.VECTORS) {
            Api.Response posted =
                    org.admin.api().post(ticketPath + "/comments", Map.of("body", vector, "visibility", "public"));
            assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
            // the raw text is kept as written, less invisible control characters (NUL cannot be stored)
            assertThat(posted.string("$.body")).isEqualTo(vector.replace("\u0000", ""));
            XssVectors.assertHarmless(posted.string("$.html"));
        }

        JsonNode items = org.admin.api().get(ticketPath + "/comments").body().get("items");
        assertThat(items).hasSize(XssVectors.VECTORS.size());
        items.forEach(item -> XssVectors.assertHarmless(Json.string(item, "$.html")));
    }

    @Test
    void anEditCannotSmuggleScriptInEither() {
        Org org = fixtures.organisation();
        String ticketPath = "/api/tickets/" + org.ticket("XSS edit").get("id").stringValue();
        JsonNode comment = org.admin
                .api()
                .post(ticketPath + "/comments", Map.of("body", "harmless", "visibility", "public"))
                .body();

        Api.Response edited = org.admin
                .api()
                .patch(
                        ticketPath + "/comments/" + Json.string(comment, "$.id"),
                        Map.of("body", "<img src=x onerror=alert(1)> [x](javascript:alert(1))"));

        assertThat(edited.status()).isEqualTo(200);
        XssVectors.assertHarmless(edited.string("$.html"));
    }
}
