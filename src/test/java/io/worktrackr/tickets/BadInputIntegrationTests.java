package io.worktrackr.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import io.worktrackr.testing.Api;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.IntegrationTest;
import io.worktrackr.testing.Json;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Bad input to the ticket endpoints gets a problem naming the field and the reason, and changes nothing in the
 * database. How the platform maps malformed JSON, oversized bodies, unknown fields and server errors is
 * {@code platform.ProblemsWebTests}; the PATCH body rules are {@code tickets.web.TicketChangesParserTests}.
 */
class BadInputIntegrationTests extends IntegrationTest {

    Org org;
    Api api;
    JsonNode ticket;
    String path;

    @BeforeEach
    void organisation() {
        org = fixtures.organisation();
        api = org.admin.api();
        ticket = org.ticket("Target");
        path = "/api/tickets/" + Json.string(ticket, "$.id");
    }

    @Test
    void unknownEnumValuesNameTheFieldAndTheAllowedValues() {
        Api.Response status = api.patch(path, Map.of("status", "done"));
        Api.Response priority = api.post("/api/tickets", Map.of("title", "x", "priority", "asap"));
        Api.Response view = api.get("/api/tickets?view=everything");
        Api.Response sort = api.get("/api/tickets?sort=colour");

        assertThat(status.status()).isEqualTo(422);
        assertThat(status.string("$.errors[0].field")).isEqualTo("status");
        assertThat(status.string("$.errors[0].message")).contains("open, in_progress, pending, resolved, closed");
        assertThat(priority.status()).isEqualTo(422);
        assertThat(priority.string("$.errors[0].field")).isEqualTo("priority");
        assertThat(view.string("$.errors[0].field")).isEqualTo("view");
        assertThat(sort.string("$.errors[0].field")).isEqualTo("sort");
        assertUnchanged();
    }

    @Test
    void wrongTypesAndBlankTitlesNameTheField() {
        Api.Response version = api.patch(path, Map.of("version", "one", "status", "closed"));
        Api.Response title = api.patch(path, Map.of("title", "   "));
        Api.Response missingTitle = api.post("/api/tickets", Map.of("description", "no title"));
        Api.Response badUuid = api.post("/api/tickets", Map.of("title", "x", "queueId", "not-a-uuid"));
        Api.Response nullQueue = api.sendRaw("PATCH", path, "application/json", "{\"queueId\": null}");

        assertThat(version.string("$.errors[0].field")).isEqualTo("version");
        assertThat(title.string("$.errors[0].field")).isEqualTo("title");
        assertThat(missingTitle.status()).isEqualTo(422);
        assertThat(missingTitle.string("$.errors[0].field")).isEqualTo("title");
        assertThat(badUuid.status()).isEqualTo(422);
        assertThat(badUuid.string("$.errors[0].field")).isEqualTo("queueId");
        assertThat(nullQueue.status()).isEqualTo(422);
        assertThat(api.get("/api/tickets").size("$.items")).isEqualTo(1);
        assertUnchanged();
    }

    @Test
    void controlCharactersAreRefusedOnBothDatabasesAlike() {
        Api.Response title = api.patch(path, Map.of("title", "nul\u0000byte"));
        Api.Response description = api.patch(path, Map.of("description", "bell\u0007"));
        Api.Response lines = api.patch(path, Map.of("description", "line one\nline two\ttabbed", "version", 0));

        assertThat(title.status()).isEqualTo(422);
        assertThat(title.string("$.errors[0].field")).isEqualTo("title");
        assertThat(description.status()).isEqualTo(422);
        assertThat(lines.status()).isEqualTo(200);
    }

    @Test
    void outOfRangeNumbersAndNulCharactersAnywhereAre422NotServerErrorsOrConflicts() {
        Api.Response hugeVersion = api.sendRaw(
                "PATCH", path, "application/json", "{\"version\": 99999999999999999999, \"status\": \"closed\"}");
        Api.Response hugeBulkVersion = api.sendRaw(
                "PATCH",
                "/api/tickets/bulk",
                "application/json",
                "[{\"id\": \"" + Json.string(ticket, "$.id") + "\", \"version\": 1e400}]");
        Api.Response nulSearch = api.get("/api/tickets?q=%00");
        Api.Response nulQueue = api.post("/api/queues", Map.of("name", "a\u0000b"));
        Api.Response nulToken = org.admin.session().post("/api/me/tokens", Map.of("name", "a\u0000b"));

        assertThat(hugeVersion.status()).isEqualTo(422);
        assertThat(hugeVersion.string("$.errors[0].field")).isEqualTo("version");
        assertThat(hugeBulkVersion.status()).isEqualTo(422);
        assertThat(nulSearch.status()).isEqualTo(422);
        assertThat(nulSearch.body().get("errors").get(0).get("field").stringValue())
                .isEqualTo("q");
        assertThat(nulQueue.status()).isEqualTo(422);
        assertThat(nulToken.status()).isEqualTo(422);
        assertUnchanged();
    }

    @Test
    void tooLongTextIs422() {
        Api.Response title = api.patch(path, Map.of("title", "t".repeat(301)));
        Api.Response description = api.patch(path, Map.of("description", "d".repeat(20_001)));

        assertThat(title.status()).isEqualTo(422);
        assertThat(description.status()).isEqualTo(422);
        assertThat(description.string("$.errors[0].field")).isEqualTo("description");
        assertUnchanged();
    }

    @Test
    void malformedIdsInPathsAre404AndInQueriesAre422() {
        assertThat(api.get("/api/tickets/not-a-uuid").status()).isEqualTo(404);
        assertThat(api.get("/api/tickets?assigneeId=nobody").status()).isEqualTo(422);
        assertThat(api.get("/api/tickets?cursor=garbage").status()).isEqualTo(422);
        assertThat(api.get("/api/tickets?limit=100000").status()).isEqualTo(422);
    }

    @Test
    void bulkBodiesMustBeNonEmptyArraysOfAtMost500() {
        assertThat(api.patch("/api/tickets/bulk", Map.of("id", Json.string(ticket, "$.id")))
                        .status())
                .isEqualTo(422);
        assertThat(api.sendRaw("PATCH", "/api/tickets/bulk", "application/json", "[]")
                        .status())
                .isEqualTo(422);
        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i < 501; i++) {
            many.append(i == 0 ? "" : ",")
                    .append("{\"id\":\"")
                    .append(Json.string(ticket, "$.id"))
                    .append("\",\"status\":\"closed\"}");
        }
        assertThat(api.sendRaw(
                                "PATCH",
                                "/api/tickets/bulk",
                                "application/json",
                                many.append("]").toString())
                        .status())
                .isEqualTo(422);
        assertUnchanged();
    }

    private void assertUnchanged() {
        JsonNode now = api.get(path).body();
        assertThat(Json.number(now, "$.version")).isZero();
        assertThat(Json.string(now, "$.status")).isEqualTo("open");
        assertThat(Json.string(now, "$.title")).isEqualTo("Target");
    }
}
