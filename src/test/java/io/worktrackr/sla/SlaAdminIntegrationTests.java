package io.worktrackr.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.worktrackr.testing.Api;
import io.worktrackr.testing.Fixtures;
import io.worktrackr.testing.IntegrationTest;
import io.worktrackr.testing.Json;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Policies and calendars over HTTP: agents read, admins write, bad fields are 422 naming them, walls hold. */
class SlaAdminIntegrationTests extends IntegrationTest {

    private static Map<String, Object> targets(int first, int resolution) {
        Map<String, Object> t = Map.of("firstResponseMinutes", first, "resolutionMinutes", resolution);
        return Map.of("urgent", t, "high", t, "medium", t, "low", t);
    }

    @Test
    void aNewOrganisationHasTheDefaultPolicyAndCalendarWhichAgentsMayReadButNotChange() {
        Fixtures.Org org = fixtures.organisation();
        Api.Response policies = org.admin.api().get("/api/sla/policies");
        assertThat(policies.size("$")).isEqualTo(1);
        assertThat(policies.string("$[0].name")).isEqualTo("Default");
        assertThat(policies.number("$[0].targets.urgent.firstResponseMinutes")).isEqualTo(60);
        assertThat(policies.number("$[0].targets.low.resolutionMinutes")).isEqualTo(2400);
        Api.Response calendars = org.admin.api().get("/api/sla/calendars");
        assertThat(calendars.string("$[0].timeZone")).isEqualTo("UTC");
        assertThat(calendars.size("$[0].hours")).isEqualTo(5);

        Fixtures.User agent = org.agent("Agnes");
        assertThat(agent.api().get("/api/sla/policies").status()).isEqualTo(200);
        Api.Response refused = agent.api()
                .post(
                        "/api/sla/calendars",
                        Map.of(
                                "name",
                                "x",
                                "timeZone",
                                "UTC",
                                "hours",
                                List.of(Map.of("day", "monday", "start", "09:00", "end", "17:00"))));
        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void calendarsAreValidatedFieldByField() {
        Fixtures.Org org = fixtures.organisation();
        Api.Response bad = org.admin
                .api()
                .post(
                        "/api/sla/calendars",
                        Map.of(
                                "name",
                                "Split",
                                "timeZone",
                                "Mars/Olympus",
                                "hours",
                                List.of(Map.of("day", "monday", "start", "17:00", "end", "09:00")),
                                "holidays",
                                List.of("2026-13-01")));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.strings("$.errors[*].field")).contains("timeZone", "hours[0]", "holidays[0]");

        Api.Response overlapping = org.admin
                .api()
                .post(
                        "/api/sla/calendars",
                        Map.of(
                                "name",
                                "Overlap",
                                "timeZone",
                                "Europe/Berlin",
                                "hours",
                                List.of(
                                        Map.of("day", "monday", "start", "08:00", "end", "12:00"),
                                        Map.of("day", "monday", "start", "11:00", "end", "15:00"))));
        assertThat(overlapping.status()).isEqualTo(422);
        assertThat(overlapping.string("$.errors[0].field")).isEqualTo("hours");

        Api.Response empty = org.admin
                .api()
                .post("/api/sla/calendars", Map.of("name", "Never", "timeZone", "UTC", "hours", List.of()));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.string("$.errors[0].field")).isEqualTo("hours");
        assertThat(org.admin.api().get("/api/sla/calendars").size("$")).isEqualTo(1);
    }

    @Test
    void aPolicyForOneQueueMatchesFirstOnceOrderedFirst() {
        clock.freeze(Instant.parse("2026-06-01T10:00:00Z"));
        Fixtures.Org org = fixtures.organisation();
        Api api = org.admin.api();
        Api.Response calendar = api.post(
                "/api/sla/calendars",
                Map.of(
                        "name",
                        "Always",
                        "timeZone",
                        "Europe/Berlin",
                        "hours",
                        List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday").stream()
                                .map(d -> Map.of("day", d, "start", "00:00", "end", "24:00"))
                                .toList(),
                        "holidays",
                        List.of("2026-12-25")));
        assertThat(calendar.status()).as(calendar.toString()).isEqualTo(201);
        Api.Response zero = api.post(
                "/api/sla/policies",
                Map.of("name", "VIP", "calendarId", calendar.string("$.id"), "targets", targets(0, 10)));
        assertThat(zero.status()).isEqualTo(422);
        assertThat(zero.strings("$.errors[*].field")).contains("targets.urgent.firstResponseMinutes");
        Api.Response longer = api.post(
                "/api/sla/policies",
                Map.of("name", "VIP", "calendarId", calendar.string("$.id"), "targets", targets(20, 10)));
        assertThat(longer.status()).isEqualTo(422);

        String queue = org.queues.values().iterator().next().toString();
        Api.Response vip = api.post(
                "/api/sla/policies",
                Map.of(
                        "name",
                        "VIP",
                        "calendarId",
                        calendar.string("$.id"),
                        "queueIds",
                        List.of(queue),
                        "targets",
                        targets(10, 30)));
        assertThat(vip.status()).as(vip.toString()).isEqualTo(201);
        assertThat(vip.number("$.position")).isEqualTo(1);
        // still second: the default matches everything first
        assertThat(org.ticket(Map.of("title", "Before", "queueId", queue))
                        .get("sla")
                        .get("policy")
                        .get("name")
                        .stringValue())
                .isEqualTo("Default");

        String defaultId = api.get("/api/sla/policies").string("$[0].id");
        Api.Response reordered =
                api.put("/api/sla/policies/order", Map.of("ids", List.of(vip.string("$.id"), defaultId)));
        assertThat(reordered.strings("$[*].name")).containsExactly("VIP", "Default");
        Api.Response after = api.get("/api/tickets/"
                + org.ticket(Map.of("title", "After", "queueId", queue))
                        .get("id")
                        .stringValue());
        assertThat(after.string("$.sla.policy.name")).isEqualTo("VIP");
        assertThat(Instant.parse(after.string("$.sla.firstResponse.dueAt")))
                .isEqualTo(Instant.parse("2026-06-01T10:10:00Z"));

        // every change is in the organisation's audit trail (issue 9), newest first
        assertThat(api.get("/api/audit").strings("$.items[*].action"))
                .containsSubsequence("sla.policies_reordered", "sla.policy_created", "sla.calendar_created");

        // in use: neither the policy nor its calendar can go
        assertThat(api.delete("/api/sla/policies/" + vip.string("$.id")).status())
                .isEqualTo(409);
        assertThat(api.delete("/api/sla/calendars/" + calendar.string("$.id")).status())
                .isEqualTo(409);
    }

    @Test
    void thePreviewOfDueTimesIsWhatANewTicketsClockGets() {
        // Friday 16:30 UTC: half an hour of the default calendar's week (Mon–Fri 09–17, UTC) is left
        clock.freeze(Instant.parse("2026-06-05T16:30:00Z"));
        Fixtures.Org org = fixtures.organisation();
        String calendar = org.admin.api().get("/api/sla/calendars").string("$[0].id");
        String path = "/api/sla/calendars/" + calendar + "/due-times";

        Api.Response preview = org.agent("Agnes").api().get(path + "?minutes=60&minutes=480");

        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(Instant.parse(preview.string("$.from"))).isEqualTo(Instant.parse("2026-06-05T16:30:00Z"));
        assertThat(preview.string("$.timeZone")).isEqualTo("UTC");
        assertThat(preview.size("$.dueTimes")).isEqualTo(2);
        assertThat(preview.number("$.dueTimes[0].businessMinutes")).isEqualTo(60);
        assertThat(preview.number("$.dueTimes[1].businessMinutes")).isEqualTo(480);
        assertThat(Instant.parse(preview.string("$.dueTimes[0].dueAt")))
                .isEqualTo(Instant.parse("2026-06-08T09:30:00Z"));
        assertThat(Instant.parse(preview.string("$.dueTimes[1].dueAt")))
                .isEqualTo(Instant.parse("2026-06-08T16:30:00Z"));
        // the default policy: urgent is first response in 60 business minutes, high resolution in 480
        JsonNode urgent = org.ticket(Map.of("title", "Now", "priority", "urgent"));
        assertThat(Json.string(urgent, "$.sla.firstResponse.dueAt")).isEqualTo(preview.string("$.dueTimes[0].dueAt"));

        for (String bad : List.of("", "?minutes=0", "?minutes=525601", "?minutes=" + "1,".repeat(16) + "1")) {
            Api.Response refused = org.admin.api().get(path + bad);
            assertThat(refused.status()).as(bad).isEqualTo(422);
            assertThat(refused.string("$.errors[0].field")).isEqualTo("minutes");
        }
    }

    @Test
    void anotherOrganisationsPoliciesCalendarsAndExplanationsAreNotFound() {
        Fixtures.Org mine = fixtures.organisation();
        Fixtures.Org theirs = fixtures.organisation();
        String policy = theirs.admin.api().get("/api/sla/policies").string("$[0].id");
        String calendar = theirs.admin.api().get("/api/sla/calendars").string("$[0].id");
        String ticket = theirs.ticket("Theirs").get("id").stringValue();
        assertThat(mine.admin.api().get("/api/sla/policies/" + policy).status()).isEqualTo(404);
        assertThat(mine.admin.api().get("/api/sla/calendars/" + calendar).status())
                .isEqualTo(404);
        assertThat(mine.admin
                        .api()
                        .get("/api/sla/calendars/" + calendar + "/due-times?minutes=60")
                        .status())
                .isEqualTo(404);
        assertThat(mine.admin.api().delete("/api/sla/policies/" + policy).status())
                .isEqualTo(404);
        assertThat(mine.admin.api().delete("/api/sla/calendars/" + calendar).status())
                .isEqualTo(404);
        assertThat(mine.admin.api().get("/api/tickets/" + ticket + "/sla").status())
                .isEqualTo(404);
        assertThat(theirs.admin.api().get("/api/tickets/" + ticket + "/sla").status())
                .isEqualTo(200);
    }
}
