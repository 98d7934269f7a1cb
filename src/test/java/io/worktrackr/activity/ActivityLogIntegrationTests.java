package io.worktrackr.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.worktrackr.testing.Api;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.IntegrationTest;
import io.worktrackr.testing.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import tools.jackson.databind.JsonNode;

class ActivityLogIntegrationTests extends IntegrationTest {

    @Test
    void theDatabaseRejectsUpdatesAndDeletesOfTheTrail() {
        Org org = fixtures.organisation();
        JsonNode ticket = org.ticket("Audited");
        UUID id = UUID.fromString(Json.string(ticket, "$.id"));

        assertThatThrownBy(() -> jdbc.sql("UPDATE activity_log SET action = 'forged' WHERE ticket_id = :id")
                        .param("id", id)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM activity_log WHERE ticket_id = :id")
                        .param("id", id)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");

        assertThat(jdbc.sql("SELECT action FROM activity_log WHERE ticket_id = :id")
                        .param("id", id)
                        .query(String.class)
                        .list())
                .containsExactly("created");
    }

    @Test
    void theTrailIsNewestFirstWithWhoAndWhen() {
        Org org = fixtures.organisation();
        JsonNode ticket = org.ticket("Trail");
        String path = "/api/tickets/" + Json.string(ticket, "$.id");
        org.admin.api().patch(path, Map.of("priority", "high"));
        org.admin.api().patch(path, Map.of("status", "pending"));

        JsonNode items = org.admin.api().get(path + "/activity").body().get("items");

        assertThat(items).hasSize(3);
        assertThat(Json.string(items, "$[0].field")).isEqualTo("status");
        assertThat(Json.string(items, "$[1].field")).isEqualTo("priority");
        assertThat(Json.string(items, "$[1].oldLabel")).isEqualTo("Medium");
        assertThat(Json.string(items, "$[1].newLabel")).isEqualTo("High");
        assertThat(Json.string(items, "$[2].action")).isEqualTo("created");
        assertThat(Json.string(items, "$[2].actor.name")).startsWith("Admin of");
        assertThat(Json.string(items, "$[2].at")).endsWith("Z");
    }

    @Test
    void theTrailPagesByCursorWithoutGapsOrRepeatsEvenWhileItGrows() {
        Org org = fixtures.organisation();
        JsonNode ticket = org.ticket("Long history");
        String path = "/api/tickets/" + ticket.get("id").stringValue();
        List<String> titles = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            titles.add("Long history " + i);
            assertThat(org.admin
                            .api()
                            .patch(path, Map.of("title", "Long history " + i))
                            .status())
                    .isEqualTo(200);
        }

        JsonNode first = org.admin.api().get(path + "/activity?limit=3").body();
        assertThat(first.get("items")).hasSize(3);
        assertThat(first.get("items").get(0).get("newValue").stringValue()).isEqualTo("Long history 6");
        String cursor = first.get("nextCursor").stringValue();

        // a change after the first page: it is newer, so it belongs on a first page, not after the cursor
        org.admin.api().patch(path, Map.of("title", "Long history 7"));

        JsonNode second =
                org.admin.api().get(path + "/activity?limit=3&cursor=" + cursor).body();
        JsonNode third = org.admin
                .api()
                .get(path + "/activity?limit=3&cursor="
                        + second.get("nextCursor").stringValue())
                .body();
        List<String> seen = new ArrayList<>();
        for (JsonNode page : List.of(first, second, third)) {
            page.get("items")
                    .forEach(item -> seen.add(item.get("action").stringValue() + ":"
                            + (item.get("newValue").isNull()
                                    ? ""
                                    : item.get("newValue").stringValue())));
        }
        assertThat(seen)
                .containsExactly(
                        "changed:Long history 6",
                        "changed:Long history 5",
                        "changed:Long history 4",
                        "changed:Long history 3",
                        "changed:Long history 2",
                        "changed:Long history 1",
                        "created:");
        assertThat(third.get("nextCursor").isNull()).isTrue();

        JsonNode all = org.admin.api().get(path + "/activity").body();
        assertThat(all.get("items")).as("default page holds 50").hasSize(8);
        assertThat(all.get("nextCursor").isNull()).isTrue();
    }

    @Test
    void aBadCursorOrLimitIsRefusedLikeTheTicketList() {
        Org org = fixtures.organisation();
        String path = "/api/tickets/" + org.ticket("Paged").get("id").stringValue() + "/activity";
        for (String query : List.of("?limit=0", "?limit=201", "?cursor=abc", "?cursor=-5")) {
            Api.Response response = org.admin.api().get(path + query);
            assertThat(response.status()).as(query).isEqualTo(422);
            assertThat(response.contentType()).as(query).startsWith("application/problem+json");
        }
    }
}
