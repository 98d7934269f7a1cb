package io.worktrackr.automation;

import static org.assertj.core.api.Assertions.assertThat;

import io.worktrackr.testing.Api;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.Fixtures.User;
import io.worktrackr.testing.IntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rule administration over HTTP: admins write (versioned, ordered, checked field by field), agents read. */
class AutomationRulesIntegrationTests extends IntegrationTest {

    static final String RULES = "/api/automation/rules";

    Org org;
    Api admin;

    @BeforeEach
    void organisation() {
        org = fixtures.organisation();
        admin = org.admin.api();
    }

    static Map<String, Object> rule(String name, Map<String, Object> trigger, List<?> conditions, List<?> actions) {
        Map<String, Object> rule = new HashMap<>();
        rule.put("name", name);
        rule.put("enabled", true);
        rule.put("trigger", trigger);
        rule.put("match", "all");
        rule.put("conditions", conditions);
        rule.put("actions", actions);
        return rule;
    }

    static Map<String, Object> trigger(String type) {
        Map<String, Object> trigger = new HashMap<>();
        trigger.put("type", type);
        trigger.put("businessHours", false);
        return trigger;
    }

    static Map<String, Object> raisePriority(String name) {
        return rule(
                name,
                trigger("ticket_created"),
                List.of(Map.of("field", "title", "operator", "contains", "value", "urgent")),
                List.of(Map.of("type", "set_priority", "value", "high")));
    }

    @Test
    void anAdminCreatesReadsReplacesAndDeletesARuleAndEachEditIsANewVersion() {
        Api.Response created = admin.post(RULES, raisePriority("Urgent words"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo(RULES + "/" + created.string("$.id"));
        assertThat(created.number("$.version")).isEqualTo(1);
        assertThat(created.number("$.position")).isZero();
        assertThat(created.bool("$.enabled")).isTrue();
        assertThat(created.string("$.trigger.type")).isEqualTo("ticket_created");
        assertThat(created.string("$.conditions[0].value")).isEqualTo("urgent");
        assertThat(created.string("$.actions[0].type")).isEqualTo("set_priority");
        assertThat(created.number("$.firedLast7Days")).isZero();
        assertThat(created.body().get("lastFiredAt").isNull()).isTrue();
        assertThat(created.body().get("disabledReason").isNull()).isTrue();
        String path = RULES + "/" + created.string("$.id");

        Map<String, Object> changed = raisePriority("Urgent words, renamed");
        changed.put("enabled", false);
        changed.put("version", 1);
        Api.Response replaced = admin.put(path, changed);
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        assertThat(replaced.number("$.version")).isEqualTo(2);
        assertThat(replaced.string("$.name")).isEqualTo("Urgent words, renamed");
        assertThat(replaced.bool("$.enabled")).isFalse();
        assertThat(admin.get(path).number("$.version")).isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM automation_rule_versions WHERE rule_id = :id")
                        .param("id", created.uuid("$.id"))
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);

        // an edit from the version before is refused, and changes nothing
        changed.put("name", "Lost update");
        Api.Response stale = admin.put(path, changed);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.string("$.type")).endsWith("/conflict");
        assertThat(admin.get(path).string("$.name")).isEqualTo("Urgent words, renamed");

        assertThat(admin.delete(path).status()).isEqualTo(204);
        assertThat(admin.get(path).status()).isEqualTo(404);
        assertThat(admin.get(RULES).size("$.items")).isZero();
    }

    @Test
    void aScriptMayLeaveOutWhatItsTriggerDoesNotUse() {
        // only time-based triggers count in business hours; an event trigger sent as just its type is a valid rule
        Api.Response created = admin.post(
                RULES,
                rule(
                        "Just the type",
                        Map.of("type", "ticket_created"),
                        List.of(),
                        List.of(Map.of("type", "set_priority", "value", "high"))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.bool("$.trigger.businessHours")).isFalse();
        assertThat(admin.get(RULES + "/" + created.string("$.id")).string("$.trigger.type"))
                .isEqualTo("ticket_created");
    }

    @Test
    void rulesAreListedInTheirOrderAndAnAdminReordersThem() {
        String first = admin.post(RULES, raisePriority("First")).string("$.id");
        String second = admin.post(RULES, raisePriority("Second")).string("$.id");
        String third = admin.post(RULES, raisePriority("Third")).string("$.id");
        assertThat(admin.get(RULES).strings("$.items[*].name")).containsExactly("First", "Second", "Third");

        Api.Response reordered = admin.put(RULES + "/order", Map.of("ids", List.of(third, first, second)));
        assertThat(reordered.status()).as(reordered.toString()).isEqualTo(200);
        assertThat(reordered.strings("$.items[*].name")).containsExactly("Third", "First", "Second");
        assertThat(admin.get(RULES).strings("$.items[*].position")).containsExactly("0", "1", "2");

        Api.Response partial = admin.put(RULES + "/order", Map.of("ids", List.of(third, first)));
        assertThat(partial.status()).isEqualTo(422);
        assertThat(partial.string("$.errors[0].field")).isEqualTo("ids");
        assertThat(admin.get(RULES).strings("$.items[*].name")).containsExactly("Third", "First", "Second");
    }

    @Test
    void agentsReadRulesButOnlyAdminsWriteThem() {
        User agent = org.agent("Agnes");
        String id = admin.post(RULES, raisePriority("Admins only")).string("$.id");
        String path = RULES + "/" + id;

        assertThat(agent.api().get(RULES).size("$.items")).isEqualTo(1);
        assertThat(agent.api().get(path).string("$.name")).isEqualTo("Admins only");

        Map<String, Object> replaced = raisePriority("Taken over");
        replaced.put("version", 1);
        assertThat(agent.api().post(RULES, raisePriority("Mine")).status()).isEqualTo(403);
        assertThat(agent.api().put(path, replaced).status()).isEqualTo(403);
        assertThat(agent.api().delete(path).status()).isEqualTo(403);
        assertThat(agent.api().put(RULES + "/order", Map.of("ids", List.of(id))).status())
                .isEqualTo(403);
        assertThat(agent.api().post(RULES + "/dry-run", Map.of("ruleId", id)).status())
                .isEqualTo(403);
        assertThat(admin.get(RULES).strings("$.items[*].name")).containsExactly("Admins only");
    }

    @Test
    void everyBadFieldIsRefusedByItsPathAndNothingIsStored() {
        Map<String, Object> timed = trigger("time_in_status");
        timed.put("status", "resolved");
        timed.put("minutes", 0);
        Map<String, Object> bad = rule(
                "Bad",
                timed,
                List.of(
                        Map.of("field", "status", "operator", "is", "value", "open"),
                        Map.of("field", "priority", "operator", "is", "value", "sky-high")),
                List.of(Map.of(
                        "type", "assign", "value", java.util.UUID.randomUUID().toString())));
        Api.Response refused = admin.post(RULES, bad);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.strings("$.errors[*].field"))
                .containsExactlyInAnyOrder("trigger.minutes", "conditions[1].value", "actions[0].value");

        Map<String, Object> noActions = rule("No actions", trigger("ticket_created"), List.of(), List.of());
        noActions.put("name", " ");
        Api.Response empty = admin.post(RULES, noActions);
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.strings("$.errors[*].field")).containsExactlyInAnyOrder("name", "actions");

        Map<String, Object> wrongOperator = rule(
                "Wrong operator",
                trigger("sleeping"),
                List.of(Map.of("field", "title", "operator", "is_nobody")),
                List.of(Map.of("type", "unassign")));
        Api.Response operator = admin.post(RULES, wrongOperator);
        assertThat(operator.strings("$.errors[*].field"))
                .containsExactlyInAnyOrder("trigger.type", "conditions[0].operator");

        Map<String, Object> archivedQueue = rule(
                "Archived queue",
                trigger("ticket_created"),
                List.of(),
                List.of(Map.of("type", "set_queue", "value", org.queues.get("Billing"))));
        assertThat(admin.patch("/api/queues/" + org.queues.get("Billing"), Map.of("archived", true))
                        .status())
                .isEqualTo(200);
        Api.Response archived = admin.post(RULES, archivedQueue);
        assertThat(archived.status()).isEqualTo(422);
        assertThat(archived.string("$.errors[0].field")).isEqualTo("actions[0].value");
        assertThat(archived.string("$.errors[0].message")).contains("archived");

        assertThat(admin.get(RULES).size("$.items")).isZero();
    }

    @Test
    void aReplacementWithoutTheVersionItSawIsRefused() {
        String path =
                RULES + "/" + admin.post(RULES, raisePriority("Versioned")).string("$.id");
        Api.Response missing = admin.put(path, raisePriority("No version"));
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.string("$.errors[0].field")).isEqualTo("version");
        assertThat(admin.get(path).number("$.version")).isEqualTo(1);
    }
}
