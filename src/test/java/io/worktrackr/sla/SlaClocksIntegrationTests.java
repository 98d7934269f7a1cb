package io.worktrackr.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.worktrackr.testing.Api;
import io.worktrackr.testing.Fixtures;
import io.worktrackr.testing.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The clocks through the real API on the default policy (Monday–Friday 09:00–17:00 UTC; urgent 1 h / 4 h, at risk
 * at 25 % or 15 min left): start, pause while pending, resume with used time kept, reopen, re-match on priority,
 * first reply, the at-risk and breached views and counts, the due sort.
 */
class SlaClocksIntegrationTests extends IntegrationTest {

    /** Monday 1 June 2026, 10:00 UTC. */
    private static final Instant MONDAY_10 = Instant.parse("2026-06-01T10:00:00Z");

    private Api.Response ticket(Fixtures.Org org, String id) {
        return org.admin.api().get("/api/tickets/" + id);
    }

    @Test
    void aNewTicketRunsBothClocksOnTheDefaultPolicysBusinessHours() {
        clock.freeze(MONDAY_10);
        Fixtures.Org org = fixtures.organisation();
        JsonNode created = org.ticket(Map.of("title", "Printer on fire", "priority", "urgent"));
        String id = created.get("id").stringValue();
        Api.Response t = ticket(org, id);
        assertThat(t.string("$.sla.policy.name")).isEqualTo("Default");
        assertThat(t.string("$.sla.firstResponse.state")).isEqualTo("running");
        assertThat(Instant.parse(t.string("$.sla.firstResponse.dueAt"))).isEqualTo(MONDAY_10.plus(Duration.ofHours(1)));
        assertThat(Instant.parse(t.string("$.sla.firstResponse.atRiskAt")))
                .isEqualTo(MONDAY_10.plus(Duration.ofMinutes(45)));
        assertThat(Instant.parse(t.string("$.sla.resolution.dueAt"))).isEqualTo(MONDAY_10.plus(Duration.ofHours(4)));
        assertThat(t.number("$.sla.resolution.leftBusinessMinutes")).isEqualTo(240);

        // a medium ticket at 16:00: 8 business hours of first response end Tuesday 16:00
        clock.set(Instant.parse("2026-06-01T16:00:00Z"));
        String medium = org.ticket(Map.of("title", "Slow laptop")).get("id").stringValue();
        assertThat(Instant.parse(ticket(org, medium).string("$.sla.firstResponse.dueAt")))
                .isEqualTo(Instant.parse("2026-06-02T16:00:00Z"));
    }

    @Test
    void pendingPausesBothClocksAndLeavingItResumesWithTheUsedTimeKept() {
        clock.freeze(MONDAY_10);
        Fixtures.Org org = fixtures.organisation();
        String id = org.ticket(Map.of("title", "Need logs", "priority", "urgent"))
                .get("id")
                .stringValue();
        String path = "/api/tickets/" + id;
        clock.set(MONDAY_10.plus(Duration.ofMinutes(20)));
        org.admin.api().patch(path, Map.of("status", "pending"));
        Api.Response paused = ticket(org, id);
        assertThat(paused.string("$.sla.firstResponse.state")).isEqualTo("paused");
        assertThat(paused.string("$.sla.resolution.state")).isEqualTo("paused");
        assertThat(paused.number("$.sla.resolution.usedBusinessMinutes")).isEqualTo(20);
        assertThat(org.admin.api().get("/api/tickets?view=all&sla=paused").size("$.items"))
                .isEqualTo(1);

        // three hours later it is still 20 minutes used; back to open at 13:20 → 40 min left → due 14:00
        clock.set(MONDAY_10.plus(Duration.ofMinutes(200)));
        assertThat(ticket(org, id).number("$.sla.resolution.usedBusinessMinutes"))
                .isEqualTo(20);
        org.admin.api().patch(path, Map.of("status", "open"));
        Api.Response resumed = ticket(org, id);
        assertThat(resumed.string("$.sla.firstResponse.state")).isEqualTo("running");
        assertThat(Instant.parse(resumed.string("$.sla.firstResponse.dueAt")))
                .isEqualTo(MONDAY_10.plus(Duration.ofMinutes(200 + 40)));
        assertThat(Instant.parse(resumed.string("$.sla.resolution.dueAt")))
                .isEqualTo(MONDAY_10.plus(Duration.ofMinutes(200 + 220)));

        // the explanation shows running, the pause, and running again
        Api.Response explained = org.admin.api().get(path + "/sla");
        assertThat(explained.status()).isEqualTo(200);
        assertThat(explained.strings("$.clocks[1].segments[*].kind"))
                .containsExactly("running", "paused_pending", "running");
        assertThat(explained.string("$.clocks[1].kind")).isEqualTo("resolution");
    }

    @Test
    void theAnswerToAChangeShowsTheClocksTheChangeCommittedLikeTheNextRead() {
        clock.freeze(MONDAY_10);
        Fixtures.Org org = fixtures.organisation();
        Api.Response created = org.admin.api().post("/api/tickets", Map.of("title", "Answer me", "priority", "urgent"));
        assertThat(created.string("$.sla.resolution.state")).isEqualTo("running");
        String path = "/api/tickets/" + created.string("$.id");
        assertThat(created.body().get("sla"))
                .isEqualTo(ticket(org, created.string("$.id")).body().get("sla"));

        // each answer is built from the clocks its change wrote (no read-back): it must equal what a read then shows
        clock.set(MONDAY_10.plus(Duration.ofMinutes(20)));
        for (String status : List.of("pending", "in_progress", "resolved", "open", "pending")) {
            Api.Response answer = org.admin.api().patch(path, Map.of("status", status));
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body().get("sla"))
                    .as("the answer to %s", status)
                    .isEqualTo(org.admin.api().get(path).body().get("sla"));
        }
        Api.Response last = org.admin.api().get(path);
        assertThat(last.string("$.sla.resolution.state")).isEqualTo("paused");
        assertThat(last.number("$.sla.resolution.usedBusinessMinutes")).isEqualTo(20);
        Api.Response raised = org.admin.api().patch(path, Map.of("priority", "low"));
        assertThat(raised.body().get("sla"))
                .isEqualTo(org.admin.api().get(path).body().get("sla"));
    }

    @Test
    void resolvingMeetsTheClocksAndReopeningResumesResolutionWithItsUsedTime() {
        clock.freeze(MONDAY_10);
        Fixtures.Org org = fixtures.organisation();
        String id = org.ticket(Map.of("title", "Reset password", "priority", "urgent"))
                .get("id")
                .stringValue();
        String path = "/api/tickets/" + id;
        clock.set(MONDAY_10.plus(Duration.ofMinutes(30)));
        org.admin.api().patch(path, Map.of("status", "resolved"));
        Api.Response resolved = ticket(org, id);
        assertThat(resolved.string("$.sla.resolution.state")).isEqualTo("met");
        assertThat(resolved.string("$.sla.firstResponse.state")).isEqualTo("met");

        clock.set(MONDAY_10.plus(Duration.ofMinutes(90)));
        org.admin.api().patch(path, Map.of("status", "open"));
        Api.Response reopened = ticket(org, id);
        assertThat(reopened.string("$.sla.resolution.state")).isEqualTo("running");
        assertThat(reopened.string("$.sla.firstResponse.state")).isEqualTo("met");
        // 30 min used, 210 left from 11:30 → 15:00
        assertThat(Instant.parse(reopened.string("$.sla.resolution.dueAt")))
                .isEqualTo(MONDAY_10.plus(Duration.ofMinutes(90 + 210)));
    }

    @Test
    void resolvingWhilePendingEndsThePauseAndStopsTheClocksUntilTheTicketIsReopened() {
        clock.freeze(MONDAY_10);
        Fixtures.Org org = fixtures.organisation();
        String path = "/api/tickets/"
                + org.ticket(Map.of("title", "Waiting, then solved", "priority", "urgent"))
                        .get("id")
                        .stringValue();
        clock.set(MONDAY_10.plus(Duration.ofMinutes(20)));
        org.admin.api().patch(path, Map.of("status", "pending"));
        // one change ends the pending pause and starts the stop (written together on PostgreSQL)
        clock.set(MONDAY_10.plus(Duration.ofMinutes(40)));
        assertThat(org.admin.api().patch(path, Map.of("status", "resolved")).string("$.sla.resolution.state"))
                .isEqualTo("met");
        clock.set(MONDAY_10.plus(Duration.ofMinutes(60)));
        Api.Response reopened = org.admin.api().patch(path, Map.of("status", "open"));
        assertThat(reopened.string("$.sla.resolution.state")).isEqualTo("running");
        // 20 min used before the pause: 220 left from 11:00
        assertThat(Instant.parse(reopened.string("$.sla.resolution.dueAt")))
                .isEqualTo(MONDAY_10.plus(Duration.ofMinutes(60 + 220)));

        Api.Response explained = org.admin.api().get(path + "/sla");
        assertThat(explained.strings("$.clocks[1].segments[*].kind"))
                .containsExactly("running", "paused_pending", "paused_stopped", "running");
        assertThat(Instant.parse(explained.string("$.clocks[1].segments[1].to")))
                .isEqualTo(MONDAY_10.plus(Duration.ofMinutes(40)));
        assertThat(Instant.parse(explained.string("$.clocks[1].segments[2].from")))
                .isEqualTo(MONDAY_10.plus(Duration.ofMinutes(40)));
        assertThat(Instant.parse(explained.string("$.clocks[1].segments[2].to")))
                .isEqualTo(MONDAY_10.plus(Duration.ofMinutes(60)));
    }

    @Test
    void aPriorityChangeRematchesFromTheTimeAlreadyUsed() {
        clock.freeze(MONDAY_10);
        Fixtures.Org org = fixtures.organisation();
        String id = org.ticket(Map.of("title", "VPN flaky", "priority", "low"))
                .get("id")
                .stringValue();
        clock.set(MONDAY_10.plus(Duration.ofMinutes(30)));
        org.admin.api().patch("/api/tickets/" + id, Map.of("priority", "urgent"));
        Api.Response t = ticket(org, id);
        // urgent: 60 min first response, 30 used → due 11:00
        assertThat(Instant.parse(t.string("$.sla.firstResponse.dueAt"))).isEqualTo(MONDAY_10.plus(Duration.ofHours(1)));
        assertThat(t.number("$.sla.firstResponse.usedBusinessMinutes")).isEqualTo(30);
    }

    @Test
    void theFirstPublicReplyMeetsFirstResponseButANoteDoesNot() {
        clock.freeze(MONDAY_10);
        Fixtures.Org org = fixtures.organisation();
        String id = org.ticket(Map.of("title", "Where is my order", "priority", "urgent"))
                .get("id")
                .stringValue();
        clock.set(MONDAY_10.plus(Duration.ofMinutes(10)));
        org.admin.api().post("/api/tickets/" + id + "/comments", Map.of("body", "internal", "visibility", "internal"));
        assertThat(ticket(org, id).string("$.sla.firstResponse.state")).isEqualTo("running");
        clock.set(MONDAY_10.plus(Duration.ofMinutes(70)));
        Api api = org.admin.api();
        assertThat(api.get("/api/tickets?view=breached").strings("$.items[*].id"))
                .containsExactly(id);
        assertThat(api.get("/api/tickets/counts").number("$.views.breached")).isEqualTo(1);
        Api.Response reply =
                api.post("/api/tickets/" + id + "/comments", Map.of("body", "On its way", "visibility", "public"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        Api.Response t = ticket(org, id);
        assertThat(t.string("$.sla.firstResponse.state")).isEqualTo("met_late");
        assertThat(t.string("$.sla.resolution.state")).isEqualTo("running");
        // the reply moved the ticket's instants to the resolution clock's, written with the stamp: out of the
        // breached view, its count with it
        assertThat(api.get("/api/tickets?view=breached").strings("$.items[*].id"))
                .isEmpty();
        assertThat(api.get("/api/tickets/counts").number("$.views.breached")).isZero();
        assertThat(api.get("/api/tickets?view=all&sla=at_risk,breached").strings("$.items[*].id"))
                .isEmpty();
        // a second reply changes nothing
        api.post("/api/tickets/" + id + "/comments", Map.of("body", "Shipped", "visibility", "public"));
        assertThat(ticket(org, id).string("$.sla.firstResponse.state")).isEqualTo("met_late");
    }

    @Test
    void atRiskAndBreachedViewsCountsFilterAndDueSortFollowTheClock() {
        clock.freeze(MONDAY_10);
        Fixtures.Org org = fixtures.organisation();
        String urgent = org.ticket(Map.of("title", "Urgent one", "priority", "urgent"))
                .get("id")
                .stringValue();
        String high = org.ticket(Map.of("title", "High one", "priority", "high"))
                .get("id")
                .stringValue();
        String low = org.ticket(Map.of("title", "Low one", "priority", "low"))
                .get("id")
                .stringValue();
        Api api = org.admin.api();
        assertThat(api.get("/api/tickets?view=all&sort=due").strings("$.items[*].id"))
                .containsExactly(urgent, high, low);
        assertThat(api.get("/api/tickets/counts").number("$.views.at_risk")).isZero();

        // 10:50: the urgent one's first response (due 11:00, at risk from 10:45) is at risk
        clock.set(MONDAY_10.plus(Duration.ofMinutes(50)));
        assertThat(api.get("/api/tickets?view=at_risk").strings("$.items[*].id"))
                .containsExactly(urgent);
        assertThat(api.get("/api/tickets/counts").number("$.views.at_risk")).isEqualTo(1);
        assertThat(api.get("/api/tickets/counts").number("$.views.breached")).isZero();

        // 11:05: breached, not at risk any more
        clock.set(MONDAY_10.plus(Duration.ofMinutes(65)));
        assertThat(api.get("/api/tickets?view=breached").strings("$.items[*].id"))
                .containsExactly(urgent);
        assertThat(api.get("/api/tickets?view=all&sla=at_risk,breached").strings("$.items[*].id"))
                .containsExactly(urgent);
        assertThat(api.get("/api/tickets/counts").number("$.views.breached")).isEqualTo(1);
        assertThat(api.get("/api/tickets/counts").number("$.views.at_risk")).isZero();
        assertThat(api.get("/api/tickets/" + urgent).string("$.sla.firstResponse.state"))
                .isEqualTo("breached");

        // resolved tickets leave the views and sort last by due; keyset pages go on through them
        api.patch("/api/tickets/" + urgent, Map.of("status", "resolved"));
        assertThat(api.get("/api/tickets/counts").number("$.views.breached")).isZero();
        Api.Response page1 = api.get("/api/tickets?view=all&sort=due&limit=2");
        assertThat(page1.strings("$.items[*].id")).containsExactly(high, low);
        Api.Response page2 = api.get("/api/tickets?view=all&sort=due&limit=2&cursor=" + page1.string("$.nextCursor"));
        assertThat(page2.strings("$.items[*].id")).containsExactly(urgent);
    }

    @Test
    void withoutASortTheAtRiskAndBreachedViewsComeNearestDueFirstAndPageByCursorWithoutGapsOrRepeats() {
        // urgent tickets: first response due 60 min after creation, at risk from 45 min; two share their instants
        clock.freeze(MONDAY_10);
        Fixtures.Org org = fixtures.organisation();
        Api api = org.admin.api();
        String due1100 = urgentTicket(org, 0);
        String due1105 = urgentTicket(org, 5);
        String due1110a = urgentTicket(org, 10);
        String due1110b = urgentTicket(org, 10);
        String due1115 = urgentTicket(org, 15);
        String due1120 = urgentTicket(org, 20);
        // the most recently changed at-risk ticket is not the nearest due: "-updated" would put it first
        clock.set(MONDAY_10.plus(Duration.ofMinutes(62)));
        api.patch("/api/tickets/" + due1115, Map.of("title", "Touched last"));

        // 11:04: 11:05, 11:10 (two) and 11:15 are at risk; 11:00 is breached, 11:20 not at risk before 11:05
        clock.set(MONDAY_10.plus(Duration.ofMinutes(64)));
        List<String> atRisk = api.get("/api/tickets?view=at_risk").strings("$.items[*].id");
        assertThat(atRisk).hasSize(4);
        assertThat(atRisk.get(0)).isEqualTo(due1105);
        assertThat(atRisk.subList(1, 3)).containsExactlyInAnyOrder(due1110a, due1110b);
        assertThat(atRisk.get(3)).isEqualTo(due1115);
        assertThat(pages(api, "view=at_risk", 1)).isEqualTo(atRisk);
        assertThat(api.get("/api/tickets?view=at_risk&sort=due").strings("$.items[*].id"))
                .isEqualTo(atRisk);

        // 11:16: all but the last are breached, the longest overdue first; 11:20 is at risk
        clock.set(MONDAY_10.plus(Duration.ofMinutes(76)));
        List<String> breached = api.get("/api/tickets?view=breached").strings("$.items[*].id");
        assertThat(breached).hasSize(5);
        assertThat(breached.subList(0, 2)).containsExactly(due1100, due1105);
        assertThat(breached.subList(2, 4)).containsExactlyInAnyOrder(due1110a, due1110b);
        assertThat(breached.get(4)).isEqualTo(due1115);
        assertThat(pages(api, "view=breached", 2)).isEqualTo(breached);
        assertThat(pages(api, "view=all&sla=breached&sort=due", 2)).isEqualTo(breached);
        assertThat(api.get("/api/tickets?view=at_risk").strings("$.items[*].id"))
                .containsExactly(due1120);
        // an explicit sort still wins over the view's default
        List<String> latestFirst = new ArrayList<>(breached);
        java.util.Collections.reverse(latestFirst);
        assertThat(api.get("/api/tickets?view=breached&sort=-due").strings("$.items[*].id"))
                .isEqualTo(latestFirst);
    }

    private String urgentTicket(Fixtures.Org org, int minutesAfterTen) {
        clock.set(MONDAY_10.plus(Duration.ofMinutes(minutesAfterTen)));
        return org.ticket(Map.of("title", "Urgent at +" + minutesAfterTen, "priority", "urgent"))
                .get("id")
                .stringValue();
    }

    /** Every page of a list, put together, following the cursors. */
    private static List<String> pages(Api api, String query, int size) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 20; page++) {
            Api.Response response =
                    api.get("/api/tickets?limit=" + size + "&" + query + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            ids.addAll(response.strings("$.items[*].id"));
            if (response.body().get("nextCursor").isNull()) {
                return ids;
            }
            cursor = response.string("$.nextCursor");
        }
        throw new AssertionError("more than 20 pages of " + query);
    }

    @Test
    void anUnknownSlaFilterIsRefusedNamingTheField() {
        Fixtures.Org org = fixtures.organisation();
        Api.Response refused = org.admin.api().get("/api/tickets?sla=late");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.string("$.errors[0].field")).isEqualTo("sla");
    }
}
