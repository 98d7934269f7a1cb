package io.worktrackr.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.IntegrationTest;
import io.worktrackr.testing.Json;
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
}
