package io.worktrackr.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.worktrackr.identity.Actor;
import io.worktrackr.identity.Role;
import io.worktrackr.testing.Api;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.Fixtures.User;
import io.worktrackr.testing.IntegrationTest;
import io.worktrackr.testing.Json;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Organisations are walls: another organisation's things answer exactly like things that do not exist. */
class CrossOrganisationIntegrationTests extends IntegrationTest {

    Org victim;
    User intruder;
    JsonNode ticket;
    String ticketPath;

    @BeforeEach
    void twoOrganisations() {
        victim = fixtures.organisation();
        ticket = victim.ticket(Map.of("title", "Secret", "description", "the launch code is 1234"));
        ticketPath = "/api/tickets/" + Json.string(ticket, "$.id");
        intruder = fixtures.organisation().agent("Mallory");
    }

    @Test
    void readingAnotherOrganisationsTicketIs404LikeAMissingOne() {
        Api.Response foreign = intruder.api().get(ticketPath);
        Api.Response missing = intruder.api().get("/api/tickets/" + UUID.randomUUID());

        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.string("$.title")).isEqualTo(missing.string("$.title"));
        assertThat(foreign.raw().body()).doesNotContain("Secret", "launch");
        assertThat(intruder.api()
                        .get("/api/tickets/number/" + Json.number(ticket, "$.number"))
                        .status())
                .isEqualTo(404);
        assertThat(intruder.api()
                        .get("/api/ticket-numbers/" + Json.number(ticket, "$.number"))
                        .status())
                .isEqualTo(404);
        assertThat(intruder.api().get(ticketPath + "/activity").status()).isEqualTo(404);
        // a later page of the trail is behind the same wall
        assertThat(intruder.api()
                        .get(ticketPath + "/activity?limit=1&cursor=" + Long.MAX_VALUE)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aTicketThisNodeHasAlreadyFoundIsStill404ToAnotherOrganisation() {
        // the owner's reads leave the ticket in TicketAccess's cache of found tickets
        assertThat(victim.admin.api().get(ticketPath + "/activity").status()).isEqualTo(200);
        assertThat(victim.admin.api().get(ticketPath + "/comments").status()).isEqualTo(200);

        assertThat(intruder.api().get(ticketPath + "/activity").status()).isEqualTo(404);
        assertThat(intruder.api().get(ticketPath + "/comments").status()).isEqualTo(404);
        assertThat(intruder.api()
                        .post(ticketPath + "/comments", Map.of("body", "hello", "visibility", "public"))
                        .status())
                .isEqualTo(404);
        assertThat(victim.admin.api().get(ticketPath + "/comments").size("$.items"))
                .isZero();
    }

    @Autowired
    TicketManagement tickets;

    @Autowired
    TicketAccess access;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aTicketWhoseCreationRolledBackIsNotKeptAsFound() {
        Actor actor = new Actor(victim.admin.id(), victim.id, Role.ADMIN);
        UUID[] created = new UUID[1];
        transactions.executeWithoutResult(status -> {
            created[0] = tickets.create(actor, new NewTicket("Never was", "rolled back", null, null, null))
                    .id();
            assertThat(access.require(actor, created[0]).id()).isEqualTo(created[0]);
            status.setRollbackOnly();
        });

        assertThatThrownBy(() -> access.require(actor, created[0])).isInstanceOf(TicketNotFound.class);
        assertThat(victim.admin
                        .api()
                        .get("/api/tickets/" + created[0] + "/activity")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void changingAnotherOrganisationsTicketIs404AndChangesNothing() {
        assertThat(intruder.api().patch(ticketPath, Map.of("status", "closed")).status())
                .isEqualTo(404);
        Api.Response bulk = intruder.api()
                .patch("/api/tickets/bulk", List.of(Map.of("id", Json.string(ticket, "$.id"), "status", "closed")));
        assertThat(bulk.status()).isEqualTo(422);
        assertThat(bulk.string("$.items[0].errors[0].message")).contains("not found");

        assertThat(victim.admin.api().get(ticketPath).string("$.status")).isEqualTo("open");
        assertThat(victim.admin.api().get(ticketPath).number("$.version")).isZero();
    }

    @Test
    void listsCountsAndSearchesNeverShowAnotherOrganisationsTickets() {
        assertThat(intruder.api().get("/api/tickets?view=all").size("$.items")).isZero();
        assertThat(intruder.api().get("/api/tickets?q=Secret").size("$.items")).isZero();
        assertThat(intruder.api()
                        .get("/api/tickets?q=%23" + Json.number(ticket, "$.number"))
                        .size("$.items"))
                .isZero();
        assertThat(intruder.api().get("/api/tickets/counts").number("$.views.all"))
                .isZero();
        assertThat(intruder.api()
                        .get("/api/tickets?queueId=" + victim.queues.get("General"))
                        .size("$.items"))
                .isZero();
    }

    @Test
    void presenceOnAnotherOrganisationsTicketIs404AndItsLiveEventsNeverArrive() {
        String ticketId = Json.string(ticket, "$.id");
        try (io.worktrackr.testing.EventStream stream = intruder.session().stream("/api/live")) {
            Api.Response foreign = intruder.api().post("/api/live/presence", Map.of("ticketId", ticketId));
            Api.Response missing = intruder.api()
                    .post(
                            "/api/live/presence",
                            Map.of("ticketId", UUID.randomUUID().toString()));
            assertThat(foreign.status()).isEqualTo(404);
            assertThat(missing.status()).isEqualTo(404);
            assertThat(foreign.string("$.type")).isEqualTo(missing.string("$.type"));

            victim.admin.api().patch(ticketPath, Map.of("version", 0, "status", "pending"));
            victim.admin.api().post("/api/live/presence", Map.of("ticketId", ticketId));
            // the intruder's own ticket is the first event the intruder's stream carries (one node, in order)
            String own =
                    intruder.api().post("/api/tickets", Map.of("title", "Mine")).string("$.id");
            io.worktrackr.testing.EventStream.Event first = stream.next(java.time.Duration.ofSeconds(10));
            assertThat(first.name()).isEqualTo("ticket.created");
            assertThat(first.string("$.id")).isEqualTo(own);
        }
    }

    @Test
    void anotherOrganisationsQueuesAndPeopleCannotBeUsedOrSeen() {
        Api.Response intoForeignQueue = intruder.api()
                .post(
                        "/api/tickets",
                        Map.of(
                                "title",
                                "x",
                                "queueId",
                                victim.queues.get("General").toString()));
        Api.Response toForeignAssignee = intruder.api()
                .post(
                        "/api/tickets",
                        Map.of("title", "x", "assigneeId", victim.admin.id().toString()));
        Api.Response renameForeignQueue = fixtures.organisation()
                .admin
                .api()
                .patch("/api/queues/" + victim.queues.get("General"), Map.of("name", "Pwned"));

        assertThat(intoForeignQueue.status()).isEqualTo(422);
        assertThat(toForeignAssignee.status()).isEqualTo(422);
        assertThat(renameForeignQueue.status()).isEqualTo(404);
        assertThat(intruder.api().get("/api/members").raw().body()).doesNotContain(victim.admin.email());
        assertThat(intruder.api().get("/api/queues").body().toString())
                .doesNotContain(victim.queues.get("General").toString());
        assertThat(fixtures.organisation()
                        .admin
                        .api()
                        .patch("/api/members/" + victim.admin.id(), Map.of("role", "agent"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void anotherOrganisationsNotificationsCannotBeReadOrMarked() {
        var victimAgent = victim.agent("Alice");
        assertThat(victim.admin
                        .api()
                        .patch(ticketPath, Map.of("assigneeId", victimAgent.id().toString()))
                        .status())
                .isEqualTo(200);
        String id = org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .pollInterval(java.time.Duration.ofMillis(25))
                .until(
                        () -> victimAgent.api().get("/api/notifications").body().get("items"),
                        items -> items.size() == 1)
                .get(0)
                .get("id")
                .stringValue();

        assertThat(intruder.api().get("/api/notifications").raw().body())
                .doesNotContain(id)
                .doesNotContain("Secret");
        assertThat(intruder.api().get("/api/notifications/unread-count").number("$.count"))
                .isZero();
        assertThat(intruder.api()
                        .post("/api/notifications/" + id + "/read", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(intruder.api()
                        .post("/api/notifications/read-all", Map.of("upToId", id))
                        .status())
                .isEqualTo(404);
        assertThat(victimAgent.api().get("/api/notifications/unread-count").number("$.count"))
                .isEqualTo(1);
    }

    @Test
    void anotherOrganisationsOutboxEmailsAre404AndCannotBeRetriedOrDiscarded() {
        // an invitation's e-mail waits in the victim's outbox (no SMTP server in these tests)
        assertThat(victim.admin
                        .api()
                        .post("/api/invitations", Map.of("email", "outbox-invitee@example.test", "role", "agent"))
                        .status())
                .isEqualTo(201);
        String id = org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .pollInterval(java.time.Duration.ofMillis(25))
                .until(
                        () -> victim.admin
                                .api()
                                .get("/api/admin/email-outbox")
                                .body()
                                .get("items"),
                        items -> items.size() == 1)
                .get(0)
                .get("id")
                .stringValue();
        Api mallory = fixtures.organisation().member("Mallory admin", "admin").api();

        assertThat(mallory.get("/api/admin/email-outbox").raw().body())
                .doesNotContain(id)
                .doesNotContain("outbox-invitee");
        Api.Response retry = mallory.post("/api/admin/email-outbox/" + id + "/retry", Map.of());
        assertThat(retry.status()).as(retry.toString()).isEqualTo(404);
        assertThat(retry.string("$.type")).isEqualTo("https://worktrackr.io/problems/not-found");
        assertThat(mallory.post("/api/admin/email-outbox/" + id + "/discard", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(mallory.post("/api/admin/email-outbox/" + UUID.randomUUID() + "/discard", Map.of())
                        .status())
                .isEqualTo(404);
        Api.Response unknown = mallory.post("/api/admin/email-outbox/" + UUID.randomUUID() + "/retry", Map.of());
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
        assertThat(unknown.string("$.type")).isEqualTo("https://worktrackr.io/problems/not-found");
        assertThat(mallory.post("/api/admin/email-outbox/not-an-id/retry", Map.of())
                        .status())
                .isEqualTo(404);
        // an id that names no e-mail: 404 for the organisation's own admin as well
        assertThat(victim.admin
                        .api()
                        .post("/api/admin/email-outbox/" + UUID.randomUUID() + "/discard", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(victim.admin.api().get("/api/admin/email-outbox").string("$.items[0].status"))
                .isEqualTo("pending");
        // refused attempts are in nobody's audit trail
        assertThat(mallory.get("/api/audit?limit=200").strings("$.items[*].action"))
                .noneMatch(action -> action.startsWith("email."));
        assertThat(victim.admin.api().get("/api/audit?limit=200").strings("$.items[*].action"))
                .noneMatch(action -> action.startsWith("email."));
    }

    @Test
    void anotherUsersApiTokenCannotBeRevoked() {
        JsonNode tokens = victim.admin.session().get("/api/me/tokens").body();
        String tokenId = Json.string(tokens, "$[0].id");

        assertThat(intruder.session().delete("/api/me/tokens/" + tokenId).status())
                .isEqualTo(404);
        assertThat(victim.admin.api().get("/api/me").status()).isEqualTo(200);
    }

    @Test
    void teamAdministrationOfAnotherOrganisationIs404AndShowsNothing() {
        User intruderAdmin = fixtures.organisation().member("Mallory admin", "admin");
        Api mallory = intruderAdmin.api();
        User victimAgent = victim.agent("Victim agent");
        UUID victimQueue = victim.queues.get("Billing");
        String invitationId = victim.admin
                .api()
                .post("/api/invitations", Map.of("email", "invitee@example.test", "role", "agent"))
                .string("$.id");
        String addedEmail = io.worktrackr.testing.Fixtures.unique("added") + "@example.test";
        String addedId = victim.admin
                .api()
                .post(
                        "/api/members",
                        Map.of("email", addedEmail, "name", "Added", "role", "agent", "password", "initial-password"))
                .string("$.id");
        String victimSession = victim.admin
                .session()
                .get("/api/me/sessions")
                .strings("$[*].id")
                .get(0);

        // members
        assertThat(mallory.patch("/api/members/" + victimAgent.id(), Map.of("status", "deactivated"))
                        .status())
                .isEqualTo(404);
        assertThat(mallory.get("/api/members/directory?q=Victim").size("$.items"))
                .isZero();
        assertThat(mallory.get("/api/members/directory").raw().body()).doesNotContain(victimAgent.email());
        // invitations
        assertThat(mallory.delete("/api/invitations/" + invitationId).status()).isEqualTo(404);
        assertThat(mallory.get("/api/invitations").raw().body()).doesNotContain("invitee@example.test");
        assertThat(mallory.delete("/api/members/" + addedId + "/invitation").status())
                .isEqualTo(404);
        assertThat(mallory.delete("/api/members/" + victimAgent.id() + "/invitation")
                        .status())
                .isEqualTo(404);
        // queues
        assertThat(mallory.patch("/api/queues/" + victimQueue, Map.of("archived", true))
                        .status())
                .isEqualTo(404);
        assertThat(mallory.get("/api/queues/" + victimQueue + "/members").status())
                .isEqualTo(404);
        assertThat(intruder.api().get("/api/queues/" + victimQueue + "/members").status())
                .isEqualTo(404);
        assertThat(mallory.put("/api/queues/" + victimQueue + "/members", Map.of("userIds", List.of()))
                        .status())
                .isEqualTo(404);
        assertThat(mallory.put("/api/queues/order", Map.of("queueIds", List.of(victimQueue)))
                        .status())
                .isEqualTo(422);
        UUID ownQueue =
                UUID.fromString(mallory.get("/api/queues").strings("$[*].id").get(1));
        assertThat(mallory.patch(
                                "/api/queues/" + ownQueue,
                                Map.of("archived", true, "moveActiveTicketsTo", victimQueue.toString()))
                        .status())
                .isEqualTo(422);
        Api.Response foreignMember =
                mallory.put("/api/queues/" + ownQueue + "/members", Map.of("userIds", List.of(victimAgent.id())));
        assertThat(foreignMember.status()).isEqualTo(422);
        assertThat(foreignMember.string("$.errors[0].field")).isEqualTo("userIds");
        // organisation, audit, sessions
        assertThat(mallory.get("/api/organisation").string("$.name")).isNotEqualTo(victim.admin.email());
        assertThat(mallory.get("/api/organisation").string("$.id")).isNotEqualTo(victim.id.toString());
        assertThat(mallory.get("/api/audit").raw().body())
                .doesNotContain(victimAgent.id().toString(), victim.admin.id().toString(), invitationId);
        assertThat(intruderAdmin
                        .session()
                        .delete("/api/me/sessions/" + victimSession)
                        .status())
                .isEqualTo(404);
        assertThat(victim.admin.session().get("/api/me").status()).isEqualTo(200);
        // and nothing changed on the victim's side
        assertThat(victim.admin
                        .api()
                        .get("/api/members/directory?status=active")
                        .strings("$.items[*].email"))
                .contains(victimAgent.email());
        assertThat(victim.admin.api().get("/api/invitations").size("$")).isEqualTo(2);
        assertThat(victim.admin
                        .api()
                        .get("/api/members/directory?status=invited")
                        .strings("$.items[*].email"))
                .contains(addedEmail);
    }

    @Test
    void anotherOrganisationsSlaPoliciesCalendarsAndClocksAre404AndChangeNothing() {
        Api mallory = fixtures.organisation().member("Mallory admin", "admin").api();
        Api.Response victimPolicies = victim.admin.api().get("/api/sla/policies");
        String policyPath = "/api/sla/policies/" + victimPolicies.string("$[0].id");
        String calendarId = victimPolicies.string("$[0].calendarId");
        String calendarPath = "/api/sla/calendars/" + calendarId;
        Map<String, Object> calendar = Map.of(
                "name",
                "Taken over",
                "timeZone",
                "UTC",
                "hours",
                List.of(Map.of("day", "monday", "start", "00:00", "end", "24:00")));
        Map<String, Object> targets = Map.of("firstResponseMinutes", 1, "resolutionMinutes", 2);
        Map<String, Object> policy = Map.of(
                "name",
                "Taken over",
                "calendarId",
                calendarId,
                "targets",
                Map.of("urgent", targets, "high", targets, "medium", targets, "low", targets));

        // the explanation of a ticket's clocks
        assertThat(intruder.api().get(ticketPath + "/sla").status()).isEqualTo(404);
        // reading, changing and deleting the victim's policy and calendar answer like missing ones
        for (String path : List.of(policyPath, calendarPath)) {
            assertThat(mallory.get(path).status()).isEqualTo(404);
            assertThat(mallory.delete(path).status()).isEqualTo(404);
        }
        assertThat(mallory.put(calendarPath, calendar).status()).isEqualTo(404);
        assertThat(mallory.put(policyPath, policy).status()).isEqualTo(404);
        // nor can its calendar preview due times
        assertThat(mallory.get(calendarPath + "/due-times?minutes=60").status()).isEqualTo(404);
        // the victim's calendar cannot be used by a policy of another organisation
        Api.Response borrowed = mallory.post("/api/sla/policies", policy);
        assertThat(borrowed.status()).isEqualTo(422);
        assertThat(borrowed.string("$.errors[0].field")).isEqualTo("calendarId");
        // the lists show only one's own
        assertThat(mallory.get("/api/sla/policies").raw().body()).doesNotContain(policyPath.substring(18));
        assertThat(mallory.get("/api/sla/calendars").raw().body()).doesNotContain(calendarId);
        // the victim's policy order cannot include them either
        assertThat(mallory.put("/api/sla/policies/order", Map.of("ids", List.of(policyPath.substring(18))))
                        .status())
                .isEqualTo(422);
        // and nothing changed on the victim's side
        assertThat(victim.admin.api().get(policyPath).string("$.name")).isEqualTo("Default");
        assertThat(victim.admin.api().get(calendarPath).string("$.name")).isEqualTo("Business hours");
        assertThat(victim.admin.api().get(ticketPath + "/sla").status()).isEqualTo(200);
    }

    @Test
    void anotherOrganisationsAutomationRulesAre404AndCannotBeUsed() {
        Api mallory = fixtures.organisation().member("Mallory admin", "admin").api();
        Map<String, Object> rule = Map.of(
                "name",
                "Triage",
                "enabled",
                true,
                "trigger",
                Map.of("type", "ticket_created", "businessHours", false),
                "match",
                "all",
                "conditions",
                List.of(),
                "actions",
                List.of(Map.of("type", "set_priority", "value", "high")));
        Api.Response created = victim.admin.api().post("/api/automation/rules", rule);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String rulePath = "/api/automation/rules/" + created.string("$.id");
        Map<String, Object> replaced = new java.util.HashMap<>(rule);
        replaced.put("version", 1);

        assertThat(mallory.get(rulePath).status()).isEqualTo(404);
        assertThat(mallory.put(rulePath, replaced).status()).isEqualTo(404);
        assertThat(mallory.delete(rulePath).status()).isEqualTo(404);
        assertThat(mallory.post("/api/automation/rules/dry-run", Map.of("ruleId", created.string("$.id")))
                        .status())
                .isEqualTo(404);
        assertThat(mallory.put("/api/automation/rules/order", Map.of("ids", List.of(created.string("$.id"))))
                        .status())
                .isEqualTo(422);
        assertThat(mallory.get("/api/automation/rules").size("$.items")).isZero();
        // the victim's queue cannot be named in a rule of another organisation
        Map<String, Object> borrowing = new java.util.HashMap<>(rule);
        borrowing.put("actions", List.of(Map.of("type", "set_queue", "value", victim.queues.get("Billing"))));
        Api.Response borrowed = mallory.post("/api/automation/rules", borrowing);
        assertThat(borrowed.status()).isEqualTo(422);
        assertThat(borrowed.string("$.errors[0].field")).isEqualTo("actions[0].value");
        // and nothing changed on the victim's side
        assertThat(victim.admin.api().get(rulePath).number("$.version")).isEqualTo(1);
    }
}
