package io.worktrackr.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.worktrackr.conversation.CommentPosted;
import io.worktrackr.conversation.Visibility;
import io.worktrackr.testing.Api;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.Fixtures.User;
import io.worktrackr.testing.IntegrationTest;
import io.worktrackr.testing.Json;
import io.worktrackr.tickets.FieldChange;
import io.worktrackr.tickets.TicketManagement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Who is told what (issue 11's table), coalescing, the inbox's endpoints and its walls. A comment's notifications
 * are written with it; the others after commit: a test waits until the reaction's publication is gone from the
 * registry (completed), never sleeps.
 */
class NotificationsIntegrationTests extends IntegrationTest {

    @Autowired
    Inbox inbox;

    @Autowired
    NotificationFanout fanout;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    org.springframework.context.ApplicationContext context;

    Org org;
    User alice;
    User bob;
    JsonNode ticket;
    String ticketPath;
    UUID ticketId;

    @BeforeEach
    void people() {
        org = fixtures.organisation();
        alice = org.agent("Alice");
        bob = org.agent("Bob");
        ticket = org.ticket("VPN drops every hour");
        ticketId = UUID.fromString(Json.string(ticket, "$.id"));
        ticketPath = "/api/tickets/" + ticketId;
        settled();
    }

    @Test
    void onlyACreationWithAnAssigneeIsStoredForNotifications() {
        // a creation nobody is assigned to tells nobody: it must not cost a stored, dispatched, completed publication
        assertThat(publicationsOfCreation(null)).isZero();
        assertThat(publicationsOfCreation(alice.id()))
                .as("opened by Alice for herself")
                .isZero();
        assertThat(publicationsOfCreation(bob.id())).isEqualTo(1);
    }

    @Test
    void onlyAChangeThatCanTellSomeoneIsStoredForNotifications() {
        String assignee = io.worktrackr.tickets.TicketField.ASSIGNEE.activityName();
        String status = io.worktrackr.tickets.TicketField.STATUS.activityName();
        // taking a ticket oneself, giving it to nobody, a status change within the active ones: nobody to tell
        assertThat(publicationsOfChange(
                        alice.id(), new FieldChange(assignee, null, alice.id().toString())))
                .isZero();
        assertThat(publicationsOfChange(
                        alice.id(), new FieldChange(assignee, bob.id().toString(), null)))
                .isZero();
        assertThat(publicationsOfChange(alice.id(), new FieldChange(status, "open", "pending")))
                .isZero();
        assertThat(publicationsOfChange(
                        alice.id(), new FieldChange(assignee, null, bob.id().toString())))
                .isEqualTo(1);
        assertThat(publicationsOfChange(alice.id(), new FieldChange(status, "resolved", "open")))
                .isEqualTo(1);
    }

    /** A change's event published (rolled back): what it stored for notifications. */
    private int publicationsOfChange(UUID actor, FieldChange change) {
        return publicationsStored(
                new io.worktrackr.tickets.TicketChanged(ticketId, org.id, actor, clock.instant(), List.of(change)),
                "notifications.ticket-changed",
                ticketId);
    }

    /** The ticket's creation published again (rolled back): what it stored for notifications. */
    private int publicationsOfCreation(UUID assignee) {
        return publicationsStored(
                new io.worktrackr.tickets.TicketCreated(
                        ticketId, org.id, Json.number(ticket, "$.number"), alice.id(), clock.instant(), assignee),
                "notifications.ticket-created",
                ticketId);
    }

    @Test
    void anAssignmentTellsTheNewAssigneeAndNotTheOneWhoAssigned() {
        change(bob, ticketPath, Map.of("assigneeId", alice.id().toString()));

        assertThat(unread(alice)).isEqualTo(1);
        JsonNode first = inbox(alice, "").body().get("items").get(0);
        assertThat(Json.string(first, "$.kind")).isEqualTo("assigned");
        assertThat(Json.string(first, "$.summary")).isEqualTo("Bob assigned it to you");
        assertThat(Json.string(first, "$.ticket.id")).isEqualTo(ticketId.toString());
        assertThat(Json.number(first, "$.ticket.number")).isEqualTo(Json.number(ticket, "$.number"));
        assertThat(Json.string(first, "$.ticket.title")).isEqualTo("VPN drops every hour");
        assertThat(Json.string(first, "$.actor.id")).isEqualTo(bob.id().toString());
        assertThat(first.get("read").booleanValue()).isFalse();
        assertThat(unread(bob)).isZero();
        assertThat(unread(org.admin)).isZero();
    }

    @Test
    void takingATicketOneselfTellsNobody() {
        change(alice, ticketPath, Map.of("assigneeId", alice.id().toString()));

        assertThat(unread(alice)).isZero();
        assertThat(unread(bob)).isZero();
    }

    @Test
    void aNewTicketAssignedToSomeoneElseTellsThem() {
        Api.Response created = bob.api()
                .post(
                        "/api/tickets",
                        Map.of(
                                "title",
                                "Laptop broken",
                                "assigneeId",
                                alice.id().toString()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        settled();

        assertThat(unread(alice)).isEqualTo(1);
        assertThat(Json.string(inbox(alice, "").body().get("items").get(0), "$.ticket.title"))
                .isEqualTo("Laptop broken");
    }

    @Test
    void aMentionTellsThePersonMentionedAndNotTheAuthor() {
        comment(bob, "@" + localPart(alice) + " and @" + localPart(bob) + " please look", "internal");

        assertThat(unread(alice)).isEqualTo(1);
        JsonNode entry = inbox(alice, "").body().get("items").get(0);
        assertThat(Json.string(entry, "$.kind")).isEqualTo("mentioned");
        assertThat(Json.string(entry, "$.summary")).isEqualTo("Bob mentioned you");
        assertThat(unread(bob)).isZero();
    }

    @Test
    void repliesAndNotesTellTheAssigneeButNotTheirAuthor() {
        change(org.admin, ticketPath, Map.of("assigneeId", alice.id().toString()));
        readAll(alice);

        comment(bob, "Have you tried turning it off and on?", "public");
        assertThat(summaries(alice)).containsExactly("Bob replied");

        clock.advance(Duration.ofMinutes(3));
        comment(bob, "Customer is grumpy", "internal");
        assertThat(summaries(alice)).containsExactly("Bob added an internal note", "Bob replied");

        readAll(alice);
        comment(alice, "On it", "public");
        assertThat(unread(alice)).isZero();
    }

    /**
     * A comment's notifications are written in the comment's own transaction: they are there when the request
     * answers (no reaction to wait for), they roll back with the comment, and they cost no stored publication.
     */
    @Test
    void aCommentsNotificationsAreWrittenWithTheCommentAndRolledBackWithIt() {
        change(org.admin, ticketPath, Map.of("assigneeId", alice.id().toString()));
        readAll(alice);
        UUID commentId = UUID.randomUUID();
        String source = NotificationFanout.COMMENT + commentId;

        transaction.executeWithoutResult(status -> {
            context.publishEvent(new CommentPosted(
                    commentId, ticketId, org.id, bob.id(), Visibility.PUBLIC, clock.instant(), Set.of(), alice.id()));
            assertThat(itemsOf(source)).as("in the comment's transaction").isEqualTo(1);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE listener_id LIKE 'notifications.%'")
                            .query(Long.class)
                            .single())
                    .as("no publication stored for it")
                    .isZero();
            status.setRollbackOnly();
        });
        assertThat(itemsOf(source)).as("rolled back with it").isZero();
        assertThat(unread(alice)).isZero();

        Api.Response posted =
                bob.api().post(ticketPath + "/comments", Map.of("body", "Tried a reboot", "visibility", "public"));
        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
        assertThat(unread(alice))
                .as("there when the request answers, nothing waited for")
                .isEqualTo(1);
    }

    /**
     * Comments whose assignee and mention are each other's, posted at once: each transaction locks the two inboxes,
     * always in one order, so none waits for the other in a cycle (a deadlock would fail one of the comments).
     */
    @Test
    void commentsTellingTheSameTwoPeopleAtOnceAllStand() throws Exception {
        User carol = org.agent("Carol");
        String forAlice = ticketAssignedTo(alice, "Printer jam");
        String forBob = ticketAssignedTo(bob, "Scanner jam");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Integer>> posted = new ArrayList<>();
            for (int i = 0; i < 48; i++) {
                boolean even = i % 2 == 0;
                String path = (even ? forAlice : forBob) + "/comments";
                String body = "@" + localPart(even ? bob : alice) + " have a look (" + i + ")";
                posted.add(pool.submit(() -> carol.api()
                        .post(path, Map.of("body", body, "visibility", "internal"))
                        .status()));
            }
            for (var status : posted) {
                assertThat(status.get(60, java.util.concurrent.TimeUnit.SECONDS))
                        .isEqualTo(201);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(storedFor(alice)).isEqualTo(48 + 1);
        assertThat(storedFor(bob)).isEqualTo(48 + 1);
    }

    /** A new ticket given to {@code who} by the admin (one notification for them); its path. */
    private String ticketAssignedTo(User who, String title) {
        String path = "/api/tickets/" + Json.string(org.ticket(title), "$.id");
        change(org.admin, path, Map.of("assigneeId", who.id().toString()));
        return path;
    }

    private long itemsOf(String source) {
        return jdbc.sql("SELECT COUNT(*) FROM notification_items WHERE source = :source")
                .param("source", source)
                .query(Long.class)
                .single();
    }

    @Test
    void eventsForOnePersonAndTicketWithinTheWindowBecomeOneEntryAndLaterOnesANewOne() {
        change(bob, ticketPath, Map.of("assigneeId", alice.id().toString()));
        clock.advance(Duration.ofSeconds(30));
        comment(bob, "@" + localPart(alice) + " see the logs", "internal");
        clock.advance(Duration.ofSeconds(30));
        comment(org.admin, "The customer called again", "public");

        assertThat(unread(alice)).isEqualTo(1);
        JsonNode entry = inbox(alice, "").body().get("items").get(0);
        assertThat(Json.string(entry, "$.summary"))
                .isEqualTo("Bob assigned it to you and mentioned you; Admin of " + orgName() + " replied");
        assertThat(entry.get("kinds").toString()).isEqualTo("[\"assigned\",\"mentioned\",\"replied\"]");
        assertThat(Json.string(entry, "$.actor.id")).isEqualTo(org.admin.id().toString());

        clock.advance(Duration.ofMinutes(2));
        comment(bob, "Anything new?", "public");
        assertThat(unread(alice)).isEqualTo(2);
        assertThat(summaries(alice)).first().isEqualTo("Bob replied");
    }

    @Test
    void aReadEntryTakesNothingMoreIn() {
        change(bob, ticketPath, Map.of("assigneeId", alice.id().toString()));
        readAll(alice);

        comment(bob, "More detail", "public");

        assertThat(unread(alice)).isEqualTo(1);
        assertThat(inbox(alice, "").size("$.items")).isEqualTo(2);
    }

    @Test
    void reopeningTellsTheAssigneeButNotTheOneWhoReopened() {
        change(org.admin, ticketPath, Map.of("assigneeId", alice.id().toString(), "status", "resolved"));
        readAll(alice);

        change(bob, ticketPath, Map.of("status", "open"));
        assertThat(summaries(alice)).first().isEqualTo("Bob reopened it");

        change(alice, ticketPath, Map.of("status", "resolved"));
        readAll(alice);
        change(alice, ticketPath, Map.of("status", "in_progress"));
        assertThat(unread(alice)).isZero();
    }

    @Test
    void aRedactedMentionIsWithdrawn() {
        JsonNode comment = comment(bob, "@" + localPart(alice) + " secret password is hunter2", "internal");
        assertThat(unread(alice)).isEqualTo(1);

        Api.Response redacted =
                org.admin.api().post(ticketPath + "/comments/" + Json.string(comment, "$.id") + "/redaction", Map.of());
        assertThat(redacted.status()).as(redacted.toString()).isEqualTo(200);
        settled();

        assertThat(unread(alice)).isZero();
        assertThat(inbox(alice, "").size("$.items")).isZero();
    }

    @Test
    void someoneWhoLeftTheOrganisationIsToldNothingFurther() {
        change(org.admin, ticketPath, Map.of("assigneeId", alice.id().toString()));
        User carol = org.agent("Carol");
        jdbc.sql("DELETE FROM memberships WHERE organisation_id = :org AND user_id = :user")
                .param("org", org.id)
                .param("user", alice.id())
                .update();

        comment(bob, "@" + localPart(carol) + " the VPN again", "public");

        assertThat(unread(carol)).isEqualTo(1);
        assertThat(storedFor(alice)).isEqualTo(1); // only the assignment from before she left
    }

    @Test
    void aBulkAssignmentOfManyTicketsIsOneEntry() {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < TicketManagement.MAX_BULK_ITEMS; i++) {
            Api.Response created = bob.api().post("/api/tickets", Map.of("title", "Bulk " + i));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            items.add(Map.of(
                    "id", created.string("$.id"), "assigneeId", alice.id().toString()));
        }
        settled();

        Api.Response bulk = bob.api().patch("/api/tickets/bulk", items);
        assertThat(bulk.status()).as(bulk.toString()).isEqualTo(200);
        settled();

        assertThat(unread(alice)).isEqualTo(1);
        JsonNode entry = inbox(alice, "").body().get("items").get(0);
        assertThat(Json.number(entry, "$.ticketCount")).isEqualTo(TicketManagement.MAX_BULK_ITEMS);
        assertThat(Json.string(entry, "$.summary"))
                .isEqualTo("Bob assigned " + TicketManagement.MAX_BULK_ITEMS + " tickets to you");
    }

    @Test
    void aRepeatedDeliveryChangesNothing() {
        Delivery delivery = new Delivery(
                org.id,
                alice.id(),
                ticketId,
                NotificationKind.MENTIONED,
                "comment:" + UUID.randomUUID(),
                bob.id(),
                Instant.now(clock));

        transaction.executeWithoutResult(status -> inbox.deliver(delivery));
        transaction.executeWithoutResult(status -> inbox.deliver(delivery));

        assertThat(storedFor(alice)).isEqualTo(1);
        assertThat(unread(alice)).isEqualTo(1);
        assertThat(inbox(alice, "").body().get("items").get(0).get("kinds").size())
                .isEqualTo(1);
    }

    /**
     * The bell's number is kept on the inbox row, not counted: deliveries (new entries and coalesced ones) and
     * markings read running at once, from several threads, leave it equal to the entries actually unread.
     */
    @Test
    void theUnreadCountStaysExactWithDeliveriesAndMarkingsReadAtOnce() throws Exception {
        List<UUID> tickets = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            tickets.add(UUID.fromString(Json.string(org.ticket("Busy " + i), "$.id")));
        }
        settled();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(5);
        try {
            List<java.util.concurrent.Future<?>> running = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                running.add(pool.submit(() -> {
                    for (int i = 0; i < 15; i++) {
                        Delivery delivery = new Delivery(
                                org.id,
                                alice.id(),
                                tickets.get((thread + i) % tickets.size()),
                                i % 2 == 0 ? NotificationKind.MENTIONED : NotificationKind.REPLIED,
                                "comment:" + UUID.randomUUID(),
                                bob.id(),
                                Instant.now(clock));
                        transaction.executeWithoutResult(status -> inbox.deliver(delivery));
                    }
                }));
            }
            running.add(pool.submit(() -> {
                for (int i = 0; i < 10; i++) {
                    readAll(alice);
                }
            }));
            for (var task : running) {
                task.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        long actuallyUnread = jdbc.sql("""
                        SELECT COUNT(*) FROM notifications
                         WHERE recipient_id = :me AND organisation_id = :org AND read_at IS NULL AND in_app = TRUE""")
                .param("me", alice.id())
                .param("org", org.id)
                .query(Long.class)
                .single();
        assertThat(unread(alice)).isEqualTo(actuallyUnread);
        assertThat(storedFor(alice)).isEqualTo(60);

        readAll(alice);
        assertThat(unread(alice)).isZero();
    }

    @Test
    void markingOneReadAndAllReadUpToOneLeavesLaterOnesUnread() {
        List<UUID> tickets = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            UUID id = UUID.fromString(Json.string(org.ticket("Ticket " + i), "$.id"));
            tickets.add(id);
            change(bob, "/api/tickets/" + id, Map.of("assigneeId", alice.id().toString()));
        }
        List<String> ids = ids(alice);
        assertThat(ids).hasSize(3);

        Api.Response read = alice.api().post("/api/notifications/" + ids.get(0) + "/read", Map.of());
        assertThat(read.status()).as(read.toString()).isEqualTo(204);
        assertThat(alice.api()
                        .post("/api/notifications/" + ids.get(0) + "/read", Map.of())
                        .status())
                .isEqualTo(204);
        assertThat(unread(alice)).isEqualTo(2);
        assertThat(inbox(alice, "?unread=true").size("$.items")).isEqualTo(2);

        // she has seen the list up to the newest; one more arrives before she marks all read
        String seen = ids.get(0);
        change(
                bob,
                "/api/tickets/" + UUID.fromString(Json.string(org.ticket("Later"), "$.id")),
                Map.of("assigneeId", alice.id().toString()));
        Api.Response all = alice.api().post("/api/notifications/read-all", Map.of("upToId", seen));
        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(all.number("$.marked")).isEqualTo(2);
        assertThat(unread(alice)).isEqualTo(1);
        assertThat(Json.string(inbox(alice, "?unread=true").body().get("items").get(0), "$.ticket.title"))
                .isEqualTo("Later");
    }

    @Test
    void theTicketPageMarksThatTicketsEntriesRead() {
        UUID other = UUID.fromString(Json.string(org.ticket("Other"), "$.id"));
        change(bob, ticketPath, Map.of("assigneeId", alice.id().toString()));
        change(bob, "/api/tickets/" + other, Map.of("assigneeId", alice.id().toString()));

        Api.Response read = alice.api().post("/api/notifications/read-all", Map.of("ticketId", ticketId.toString()));
        assertThat(read.number("$.marked")).isEqualTo(1);
        assertThat(unread(alice)).isEqualTo(1);
        assertThat(Json.string(inbox(alice, "?unread=true").body().get("items").get(0), "$.ticket.id"))
                .isEqualTo(other.toString());
    }

    @Test
    void theInboxIsPagedNewestFirstWithACursor() {
        for (int i = 0; i < 5; i++) {
            UUID id = UUID.fromString(Json.string(org.ticket("Paged " + i), "$.id"));
            change(bob, "/api/tickets/" + id, Map.of("assigneeId", alice.id().toString()));
        }

        Api.Response first = alice.api().get("/api/notifications?limit=2");
        assertThat(first.size("$.items")).isEqualTo(2);
        assertThat(Json.string(first.body().get("items").get(0), "$.ticket.title"))
                .isEqualTo("Paged 4");
        List<String> titles = new ArrayList<>();
        String cursor = first.string("$.nextCursor");
        first.body().get("items").forEach(item -> titles.add(Json.string(item, "$.ticket.title")));
        for (int page = 0; page < 5 && cursor != null; page++) {
            Api.Response next = alice.api().get("/api/notifications?limit=2&cursor=" + cursor);
            next.body().get("items").forEach(item -> titles.add(Json.string(item, "$.ticket.title")));
            cursor = next.body().get("nextCursor").isNull() ? null : next.string("$.nextCursor");
        }
        assertThat(titles).containsExactly("Paged 4", "Paged 3", "Paged 2", "Paged 1", "Paged 0");

        Api.Response bad = alice.api().get("/api/notifications?cursor=nonsense");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.string("$.errors[0].field")).isEqualTo("cursor");
    }

    @Test
    void anotherPersonsOrOrganisationsNotificationIsNotFoundAndNeverShown() {
        change(bob, ticketPath, Map.of("assigneeId", alice.id().toString()));
        String id = ids(alice).get(0);
        Org intruderOrg = fixtures.organisation();
        User intruder = intruderOrg.admin;

        for (User stranger : List.of(bob, intruder)) {
            assertThat(stranger.api()
                            .post("/api/notifications/" + id + "/read", Map.of())
                            .status())
                    .isEqualTo(404);
            assertThat(stranger.api()
                            .post("/api/notifications/read-all", Map.of("upToId", id))
                            .status())
                    .isEqualTo(404);
            assertThat(stranger.api().get("/api/notifications").raw().body())
                    .doesNotContain(id)
                    .doesNotContain("VPN drops");
            assertThat(unread(stranger)).isZero();
        }
        assertThat(intruder.api()
                        .post("/api/notifications/" + UUID.randomUUID() + "/read", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(unread(alice)).isEqualTo(1);
    }

    @Test
    void aBreachedSlaTellsTheAssigneeOrTheAdminsWhenNobodyIsAssigned() {
        clock.freeze();
        JsonNode assigned = org.ticket(Map.of(
                "title", "Payroll export fails",
                "description", "Since this morning",
                "priority", "urgent",
                "assigneeId", alice.id().toString()));
        JsonNode unassigned =
                org.ticket(Map.of("title", "Printer on fire", "description", "Really", "priority", "urgent"));
        settled();
        readAll(alice);
        readAll(org.admin);

        clock.advance(Duration.ofDays(10));
        io.worktrackr.sla.SlaScans.runOnce(context);
        settled();

        JsonNode toAlice = inbox(alice, "?unread=true").body().get("items").get(0);
        assertThat(Json.string(toAlice, "$.kind")).isEqualTo("sla_breached");
        assertThat(Json.string(toAlice, "$.ticket.id")).isEqualTo(Json.string(assigned, "$.id"));
        // the admins hear of every unassigned ticket that breached (this one, and the one every test here starts with)
        List<String> adminTickets = new ArrayList<>();
        for (JsonNode entry : inbox(org.admin, "?unread=true").body().get("items")) {
            assertThat(Json.string(entry, "$.kind")).isEqualTo("sla_breached");
            adminTickets.add(Json.string(entry, "$.ticket.id"));
        }
        assertThat(adminTickets)
                .contains(Json.string(unassigned, "$.id"), ticketId.toString())
                .doesNotContain(Json.string(assigned, "$.id"));
        assertThat(unread(bob)).isZero();
    }

    @Test
    void anSlaAlertForATicketOutsideTheOrganisationTellsNobody() {
        readAll(org.admin);
        UUID foreignTicket = UUID.fromString(Json.string(fixtures.organisation().ticket("Theirs"), "$.id"));

        // the system has no person acting: the ticket is read by the organisation the event names, and a ticket
        // that is not there is nobody's to be told about (not "unassigned, so tell the admins")
        transaction.executeWithoutResult(tx -> fanout.slaAlert(
                org.id,
                foreignTicket,
                NotificationKind.SLA_BREACHED,
                "sla-breached:test:" + foreignTicket,
                clock.instant()));

        assertThat(unread(org.admin)).isZero();
    }

    // --- helpers

    private void change(User who, String path, Map<String, Object> fields) {
        Api.Response changed = who.api().patch(path, new HashMap<>(fields));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        settled();
    }

    private JsonNode comment(User who, String body, String visibility) {
        Api.Response posted = who.api().post(ticketPath + "/comments", Map.of("body", body, "visibility", visibility));
        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
        settled();
        return posted.body();
    }

    private void readAll(User who) {
        assertThat(who.api().post("/api/notifications/read-all", Map.of()).status())
                .isEqualTo(200);
    }

    private long unread(User who) {
        Api.Response count = who.api().get("/api/notifications/unread-count");
        assertThat(count.status()).as(count.toString()).isEqualTo(200);
        return count.number("$.count");
    }

    private Api.Response inbox(User who, String query) {
        Api.Response page = who.api().get("/api/notifications" + query);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page;
    }

    /** The unread entries' summaries, newest first. */
    private List<String> summaries(User who) {
        List<String> summaries = new ArrayList<>();
        inbox(who, "?unread=true").body().get("items").forEach(item -> summaries.add(Json.string(item, "$.summary")));
        return summaries;
    }

    private List<String> ids(User who) {
        List<String> ids = new ArrayList<>();
        inbox(who, "").body().get("items").forEach(item -> ids.add(Json.string(item, "$.id")));
        return ids;
    }

    private long storedFor(User who) {
        return jdbc.sql("SELECT COUNT(*) FROM notification_items WHERE recipient_id = :user")
                .param("user", who.id())
                .query(Long.class)
                .single();
    }

    private String orgName() {
        return jdbc.sql("SELECT name FROM organisations WHERE id = :id")
                .param("id", org.id)
                .query(String.class)
                .single();
    }

    private static String localPart(User user) {
        return user.email().substring(0, user.email().indexOf('@'));
    }

    /** Waits until this organisation's notification reactions have all completed (their publications are gone). */
    private void settled() {
        waitUp().until(() ->
                jdbc.sql("""
                                SELECT COUNT(*) FROM event_publication
                                 WHERE listener_id LIKE 'notifications.%' AND serialized_event LIKE :org""").param("org", "%" + org.id + "%").query(Long.class).single() == 0);
    }

    private static ConditionFactory waitUp() {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(25));
    }
}
