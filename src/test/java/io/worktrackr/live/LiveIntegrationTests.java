package io.worktrackr.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.worktrackr.identity.Actor;
import io.worktrackr.identity.Role;
import io.worktrackr.testing.Api;
import io.worktrackr.testing.EventStream;
import io.worktrackr.testing.EventStream.Event;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.Fixtures.User;
import io.worktrackr.testing.IntegrationTest;
import io.worktrackr.tickets.Priority;
import io.worktrackr.tickets.TicketChanges;
import io.worktrackr.tickets.TicketManagement;
import io.worktrackr.tickets.TicketStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The live stream over real HTTP (java.net.http reading text/event-stream as a browser would), on H2 (in-process
 * bus) and PostgreSQL (LISTEN/NOTIFY, this node hearing its own notifications).
 */
class LiveIntegrationTests extends IntegrationTest {

    private static final Duration WITHIN = Duration.ofSeconds(10);

    @Autowired
    TicketManagement tickets;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    LiveEngine engine;

    @Test
    void withoutSessionOrTokenTheStreamIsRefusedWith401() {
        try (EventStream stream = Api.session(port).stream("/api/live")) {
            assertThat(stream.status()).isEqualTo(401);
            assertThat(stream.contentType()).startsWith("application/problem+json");
        }
        try (EventStream stream = Api.token(port, "wt_not-a-token").stream("/api/live")) {
            assertThat(stream.status()).isEqualTo(401);
        }
    }

    @Test
    void ticketEventsCarryIdsAndVersionsAndReachTheOrganisationOnly() {
        Org acme = fixtures.organisation();
        Org globex = fixtures.organisation();
        try (EventStream acmeSession = acme.admin.session().stream("/api/live");
                EventStream acmeToken = acme.admin.api().stream("/api/live");
                EventStream globexStream = globex.admin.api().stream("/api/live")) {
            assertThat(acmeSession.status()).isEqualTo(200);
            assertThat(acmeSession.contentType()).startsWith("text/event-stream");
            assertThat(acmeToken.status()).isEqualTo(200);

            var ticket = acme.ticket("Printer on fire");
            String id = ticket.get("id").asString();
            long number = ticket.get("number").asLong();
            for (EventStream stream : List.of(acmeSession, acmeToken)) {
                Event created = stream.next("ticket.created", WITHIN);
                assertThat(created.json().get("id").asString()).isEqualTo(id);
                assertThat(created.json().get("number").asLong()).isEqualTo(number);
                assertThat(created.json().size()).isEqualTo(2);
                assertThat(stream.next(WITHIN).name()).isEqualTo("counts.changed");
            }

            Api.Response changed =
                    acme.admin.api().patch("/api/tickets/" + id, Map.of("version", 0, "status", "pending"));
            assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
            Event event = acmeSession.next("ticket.changed", WITHIN);
            assertThat(event.json().get("id").asString()).isEqualTo(id);
            assertThat(event.json().get("number").asLong()).isEqualTo(number);
            assertThat(event.json().get("version").asLong()).isEqualTo(changed.number("$.version"));
            assertThat(event.json().get("changedFields").get(0).asString()).isEqualTo("status");
            assertThat(event.data()).doesNotContain("Printer", "pending");
            assertThat(acmeSession.next(WITHIN).name()).isEqualTo("counts.changed");

            acme.admin
                    .api()
                    .post("/api/tickets/" + id + "/comments", Map.of("body", "On it", "visibility", "internal"));
            assertThat(acmeSession
                            .next("comment.added", WITHIN)
                            .json()
                            .get("ticketId")
                            .asString())
                    .isEqualTo(id);

            // the other organisation's stream: its own ticket is the first thing it hears (one node delivers in
            // order, so anything of acme's would have come before)
            var own = globex.ticket("Globex's own");
            Event first = globexStream.next(WITHIN);
            assertThat(first.name()).isEqualTo("ticket.created");
            assertThat(first.json().get("id").asString())
                    .isEqualTo(own.get("id").asString());
        }
    }

    @Test
    void aRolledBackChangeIsNeverPushed() {
        Org org = fixtures.organisation();
        var ticket = org.ticket("Rolled back");
        UUID id = UUID.fromString(ticket.get("id").asString());
        Actor actor = new Actor(org.admin.id(), org.id, Role.ADMIN);
        try (EventStream stream = org.admin.api().stream("/api/live")) {
            transactions.executeWithoutResult(status -> {
                tickets.change(
                        actor, id, new TicketChanges(null, null, Priority.URGENT, false, null, null, null, null));
                status.setRollbackOnly();
            });
            tickets.change(actor, id, TicketChanges.none().withStatus(TicketStatus.RESOLVED));

            // (on PostgreSQL the ticket's creation may still be on its way: skip it)
            Event first = stream.next("ticket.changed", WITHIN);
            assertThat(first.string("$.changedFields[0]"))
                    .as("the committed change, not the rolled-back one")
                    .isEqualTo("status");
            assertThat(first.json().get("version").asLong()).isEqualTo(1);
            assertThat(org.admin.api().get("/api/tickets/" + id).string("$.status"))
                    .isEqualTo("resolved");
        }
    }

    @Test
    void aReconnectWithLastEventIdGetsWhatItMissedAndAnUnknownIdGetsResync() {
        Org org = fixtures.organisation();
        Api api = org.admin.api();
        String id = org.ticket("Replayed").get("id").asString();
        String lastSeen;
        try (EventStream stream = api.stream("/api/live")) {
            api.patch("/api/tickets/" + id, Map.of("version", 0, "priority", "high"));
            lastSeen = stream.next("ticket.changed", WITHIN).id();
        }
        api.patch("/api/tickets/" + id, Map.of("version", 1, "priority", "low"));
        api.patch("/api/tickets/" + id, Map.of("version", 2, "title", "Replayed, retitled"));

        try (EventStream again = api.stream("/api/live", lastSeen)) {
            Event second = again.next(WITHIN);
            assertThat(second.name()).isEqualTo("ticket.changed");
            assertThat(second.json().get("version").asLong()).isEqualTo(2);
            Event third = again.next(WITHIN);
            assertThat(third.json().get("version").asLong()).isEqualTo(3);
            assertThat(third.json().get("changedFields").get(0).asString()).isEqualTo("title");
        }

        try (EventStream unknown = api.stream("/api/live", "another-node-17")) {
            assertThat(unknown.next(WITHIN).name()).isEqualTo("resync");
        }

        // beyond the replay window (two minutes): resync, the client refetches
        clock.advance(Duration.ofMinutes(3));
        try (EventStream late = api.stream("/api/live", lastSeen)) {
            assertThat(late.next(WITHIN).name()).isEqualTo("resync");
        }
    }

    @Test
    void presenceIsBroadcastToTheOrganisationAndExpiresThirtySecondsAfterTheLastHeartbeat() {
        Org org = fixtures.organisation();
        User alice = org.agent("Alice");
        User bob = org.agent("Bob");
        Org other = fixtures.organisation();
        String ticketId = org.ticket("Watched").get("id").asString();
        String path = "/api/live/presence";
        clock.freeze();
        try (EventStream admins = org.admin.api().stream("/api/live");
                EventStream others = other.admin.api().stream("/api/live")) {
            Api.Response viewing = alice.session().post(path, Map.of("ticketId", ticketId, "composing", false));
            assertThat(viewing.status()).as(viewing.toString()).isEqualTo(200);
            assertThat(viewing.strings("$.viewers[*].name")).containsExactly("Alice");

            Event first = admins.next("presence", WITHIN);
            assertThat(first.string("$.ticketId")).isEqualTo(ticketId);
            assertThat(first.string("$.viewers[0].id")).isEqualTo(alice.id().toString());
            assertThat(first.string("$.viewers[0].name")).isEqualTo("Alice");
            assertThat(first.json().get("viewers").get(0).size())
                    .as("id, name and composing only")
                    .isEqualTo(3);

            clock.advance(Duration.ofSeconds(20));
            bob.api().post(path, Map.of("ticketId", ticketId, "composing", true));
            Event both = admins.next("presence", WITHIN);
            assertThat(both.json().get("viewers")).hasSize(2);
            assertThat(both.json().get("viewers").get(1).get("composing").asBoolean())
                    .isTrue();

            // a repeated heartbeat without change is not announced again
            alice.session().post(path, Map.of("ticketId", ticketId, "composing", false));
            clock.advance(Duration.ofSeconds(25));
            engine.expirePresence();
            assertThat(admins.drain(Duration.ofMillis(300))).isEmpty();

            clock.advance(Duration.ofSeconds(10)); // bob silent for 35 s, alice for 35 s
            engine.expirePresence();
            Event gone = admins.next("presence", WITHIN);
            assertThat(gone.json().get("viewers")).isEmpty();

            assertThat(alice.session()
                            .post(path, Map.of("ticketId", ticketId, "leaving", true))
                            .status())
                    .isEqualTo(200);
            assertThat(other.admin
                            .api()
                            .post(path, Map.of("ticketId", ticketId))
                            .status())
                    .as("another organisation's ticket")
                    .isEqualTo(404);
            assertThat(others.drain(Duration.ofMillis(300))).isEmpty();
        }
    }

    @Test
    void theBellsUnreadCountGoesToTheRecipientsStreamsOnly() {
        Org org = fixtures.organisation();
        User alice = org.agent("Alice");
        try (EventStream alices = alice.session().stream("/api/live");
                EventStream admins = org.admin.api().stream("/api/live")) {
            String first = org.ticket(Map.of("title", "For Alice", "description", "d", "assigneeId", alice.id()))
                    .get("id")
                    .asString();
            Event bell = alices.next("notification.created", WITHIN);
            assertThat(bell.json().get("unreadCount").asLong()).isEqualTo(1);
            assertThat(alice.api().get("/api/notifications/unread-count").number("$.count"))
                    .isEqualTo(1);

            // a second ticket is a second entry; a reply on the first joins the first entry: the count stays 2
            org.ticket(Map.of("title", "Also for Alice", "description", "d", "assigneeId", alice.id()));
            assertThat(alices.next("notification.created", WITHIN)
                            .json()
                            .get("unreadCount")
                            .asLong())
                    .isEqualTo(2);
            org.admin.api().post("/api/tickets/" + first + "/comments", Map.of("body", "FYI", "visibility", "public"));
            assertThat(alices.next("notification.created", WITHIN)
                            .json()
                            .get("unreadCount")
                            .asLong())
                    .as("coalesced into the unread entry of the first ticket")
                    .isEqualTo(2);
            assertThat(alice.api().get("/api/notifications/unread-count").number("$.count"))
                    .isEqualTo(2);

            // the admin's stream has the same events in the same order, minus Alice's bell
            String marker = org.ticket("Marker").get("id").asString();
            List<Event> before = new java.util.ArrayList<>();
            admins.next(
                    e -> {
                        before.add(e);
                        return e.name().equals("ticket.created") && e.data().contains(marker);
                    },
                    WITHIN,
                    "the marker ticket");
            assertThat(before).extracting(Event::name).doesNotContain("notification.created");
        }
    }
}
