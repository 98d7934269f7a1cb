package io.worktrackr.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import io.worktrackr.testing.Api;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Bad input gets a problem naming the field and the reason, and changes nothing. */
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
        path = "/api/tickets/" + ticket.get("id").stringValue();
    }

    @Test
    void malformedJsonIs400() {
        Api.Response response = api.sendRaw("PATCH", path, "application/json", "{\"status\": ");
        Api.Response create = api.sendRaw("POST", "/api/tickets", "application/json", "{title: nope}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("type").stringValue()).endsWith("/malformed-json");
        assertThat(create.status()).isEqualTo(400);
        assertUnchanged();
    }

    @Test
    void unknownEnumValuesNameTheFieldAndTheAllowedValues() {
        Api.Response status = api.patch(path, Map.of("status", "done"));
        Api.Response priority = api.post("/api/tickets", Map.of("title", "x", "priority", "asap"));
        Api.Response view = api.get("/api/tickets?view=everything");
        Api.Response sort = api.get("/api/tickets?sort=colour");

        assertThat(status.status()).isEqualTo(422);
        assertThat(status.body().get("errors").get(0).get("field").stringValue())
                .isEqualTo("status");
        assertThat(status.body().get("errors").get(0).get("message").stringValue())
                .contains("open, in_progress, pending, resolved, closed");
        assertThat(priority.status()).isEqualTo(422);
        assertThat(priority.body().get("errors").get(0).get("field").stringValue())
                .isEqualTo("priority");
        assertThat(view.body().get("errors").get(0).get("field").stringValue()).isEqualTo("view");
        assertThat(sort.body().get("errors").get(0).get("field").stringValue()).isEqualTo("sort");
        assertUnchanged();
    }

    @Test
    void unknownFieldsAreRefusedByName() {
        Api.Response patch = api.patch(path, Map.of("status", "closed", "colour", "red"));
        Api.Response create = api.post("/api/tickets", Map.of("title", "x", "colour", "red"));

        assertThat(patch.status()).isEqualTo(422);
        assertThat(patch.body().get("errors").get(0).get("field").stringValue()).isEqualTo("colour");
        assertThat(create.status()).isEqualTo(422);
        assertThat(create.body().get("errors").get(0).get("field").stringValue())
                .isEqualTo("colour");
        assertUnchanged();
    }

    @Test
    void wrongTypesAndBlankTitlesNameTheField() {
        Api.Response version = api.patch(path, Map.of("version", "one", "status", "closed"));
        Api.Response title = api.patch(path, Map.of("title", "   "));
        Api.Response missingTitle = api.post("/api/tickets", Map.of("description", "no title"));
        Api.Response badUuid = api.post("/api/tickets", Map.of("title", "x", "queueId", "not-a-uuid"));
        Api.Response nullQueue = api.sendRaw("PATCH", path, "application/json", "{\"queueId\": null}");

        assertThat(version.body().get("errors").get(0).get("field").stringValue())
                .isEqualTo("version");
        assertThat(title.body().get("errors").get(0).get("field").stringValue()).isEqualTo("title");
        assertThat(missingTitle.status()).isEqualTo(422);
        assertThat(missingTitle.body().get("errors").get(0).get("field").stringValue())
                .isEqualTo("title");
        assertThat(badUuid.status()).isEqualTo(422);
        assertThat(badUuid.body().get("errors").get(0).get("field").stringValue())
                .isEqualTo("queueId");
        assertThat(nullQueue.status()).isEqualTo(422);
        assertThat(api.get("/api/tickets").body().get("items")).hasSize(1);
        assertUnchanged();
    }

    @Test
    void controlCharactersAreRefusedOnBothDatabasesAlike() {
        Api.Response title = api.patch(path, Map.of("title", "nul\u0000byte"));
        Api.Response description = api.patch(path, Map.of("description", "bell\u0007"));
        Api.Response lines = api.patch(path, Map.of("description", "line one\nline two\ttabbed", "version", 0));

        assertThat(title.status()).isEqualTo(422);
        assertThat(title.body().get("errors").get(0).get("field").stringValue()).isEqualTo("title");
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
                "[{\"id\": \"" + ticket.get("id").stringValue() + "\", \"version\": 1e400}]");
        Api.Response nulSearch = api.get("/api/tickets?q=%00");
        Api.Response nulQueue = api.post("/api/queues", Map.of("name", "a\u0000b"));
        Api.Response nulToken = org.admin.session().post("/api/me/tokens", Map.of("name", "a\u0000b"));

        assertThat(hugeVersion.status()).isEqualTo(422);
        assertThat(hugeVersion.body().get("errors").get(0).get("field").stringValue())
                .isEqualTo("version");
        assertThat(hugeBulkVersion.status()).isEqualTo(422);
        assertThat(nulSearch.status()).isEqualTo(422);
        assertThat(nulSearch.body().get("errors").get(0).get("field").stringValue())
                .isEqualTo("q");
        assertThat(nulQueue.status()).isEqualTo(422);
        assertThat(nulToken.status()).isEqualTo(422);
        assertUnchanged();
    }

    @Test
    void oversizedBodiesAre413() {
        String huge = "{\"title\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";

        Api.Response response = api.sendRaw("PATCH", path, "application/json", huge);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertUnchanged();
    }

    @Test
    void tooLongTextIs422() {
        Api.Response title = api.patch(path, Map.of("title", "t".repeat(301)));
        Api.Response description = api.patch(path, Map.of("description", "d".repeat(20_001)));

        assertThat(title.status()).isEqualTo(422);
        assertThat(description.status()).isEqualTo(422);
        assertThat(description.body().get("errors").get(0).get("field").stringValue())
                .isEqualTo("description");
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
        assertThat(api.patch("/api/tickets/bulk", Map.of("id", ticket.get("id").stringValue()))
                        .status())
                .isEqualTo(422);
        assertThat(api.sendRaw("PATCH", "/api/tickets/bulk", "application/json", "[]")
                        .status())
                .isEqualTo(422);
        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i < 501; i++) {
            many.append(i == 0 ? "" : ",")
                    .append("{\"id\":\"")
                    .append(ticket.get("id").stringValue())
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

    @Test
    void serverErrorsAndProblemsNeverCarryStackTraces() {
        Api.Response response = api.sendRaw("PATCH", path, "application/json", "{\"status\": ");
        assertThat(response.raw().body()).doesNotContain("Exception", "at io.worktrackr");
    }

    private void assertUnchanged() {
        JsonNode now = api.get(path).body();
        assertThat(now.get("version").longValue()).isZero();
        assertThat(now.get("status").stringValue()).isEqualTo("open");
        assertThat(now.get("title").stringValue()).isEqualTo("Target");
    }
}
