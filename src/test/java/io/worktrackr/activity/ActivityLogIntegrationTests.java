package io.worktrackr.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.IntegrationTest;
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
        UUID id = UUID.fromString(ticket.get("id").stringValue());

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
        String path = "/api/tickets/" + ticket.get("id").stringValue();
        org.admin.api().patch(path, Map.of("priority", "high"));
        org.admin.api().patch(path, Map.of("status", "pending"));

        JsonNode items = org.admin.api().get(path + "/activity").body().get("items");

        assertThat(items).hasSize(3);
        assertThat(items.get(0).get("field").stringValue()).isEqualTo("status");
        assertThat(items.get(1).get("field").stringValue()).isEqualTo("priority");
        assertThat(items.get(1).get("oldLabel").stringValue()).isEqualTo("Medium");
        assertThat(items.get(1).get("newLabel").stringValue()).isEqualTo("High");
        assertThat(items.get(2).get("action").stringValue()).isEqualTo("created");
        assertThat(items.get(2).get("actor").get("name").stringValue()).startsWith("Admin of");
        assertThat(items.get(2).get("at").stringValue()).endsWith("Z");
    }
}
