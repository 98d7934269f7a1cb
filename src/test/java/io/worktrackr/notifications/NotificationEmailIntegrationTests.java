package io.worktrackr.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.worktrackr.WorktrackrApplication;
import io.worktrackr.testing.Api;
import io.worktrackr.testing.Fixtures;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.Fixtures.User;
import io.worktrackr.testing.IntegrationTest;
import io.worktrackr.testing.Json;
import io.worktrackr.testing.MutableClock;
import io.worktrackr.testing.TestClockConfiguration;
import io.worktrackr.tickets.TicketManagement;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Notification e-mail through the outbox to a real SMTP server (GreenMail on a free local port): content,
 * recipients, threading headers, nothing for the actor, retries while the server is down, giving up with the
 * reason for admins, and exactly one e-mail per notification with two sender nodes. The send job's schedule is
 * pushed out of the way; the tests run its work ({@link EmailSender#sendBatch()}) directly. Other test classes'
 * e-mails may be in the shared database's outbox: assertions only look at this test's recipients.
 */
@TestPropertySource(
        properties = {
            "worktrackr.mail.send-interval=1h",
            "worktrackr.mail.smtp.starttls=false",
            "worktrackr.mail.from=WorkTrackr <notify@tests.worktrackr.io>",
            "worktrackr.mail.base-url=http://wt.test",
            "worktrackr.mail.batch-size=3",
            "worktrackr.mail.max-attempts=3"
        })
class NotificationEmailIntegrationTests extends IntegrationTest {

    static final int SMTP_PORT = freePort();
    static final ServerSetup SMTP = new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    static GreenMail smtp = startSmtp();

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        registry.add("worktrackr.mail.smtp.host", () -> "127.0.0.1");
        registry.add("worktrackr.mail.smtp.port", () -> SMTP_PORT);
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Autowired
    EmailSender sender;

    @Autowired
    Environment environment;

    @Autowired
    DigestScheduler digests;

    @Autowired
    Outbox outboxRows;

    Org org;
    User alice;
    User bob;
    String ticketPath;
    UUID ticketId;
    long ticketNumber;

    @BeforeEach
    void people() throws Exception {
        if (!smtp.isRunning()) {
            smtp = startSmtp();
        }
        org = fixtures.organisation();
        alice = org.agent("Alice");
        bob = org.agent("Bob");
        // Adding Alice and Bob as members mailed each the invitation every added address gets (issue 12: the outbox
        // shows no difference between addresses with and without an account). They are sent here, and the server's
        // mailboxes emptied, so that each test counts exactly the notification e-mails it causes.
        drain();
        for (User added : List.of(alice, bob)) {
            List<MimeMessage> invitation = mailTo(added);
            assertThat(invitation).as(added.email()).hasSize(1);
            assertThat(invitation.get(0).getSubject()).contains(" invited you to ");
        }
        smtp.purgeEmailFromAllMailboxes();
        var ticket = org.ticket("VPN drops every hour");
        ticketId = UUID.fromString(Json.string(ticket, "$.id"));
        ticketNumber = Json.number(ticket, "$.number");
        ticketPath = "/api/tickets/" + ticketId;
    }

    @AfterEach
    void smtpBack() {
        if (!smtp.isRunning()) {
            smtp = startSmtp();
        }
    }

    /**
     * Issue 12 (account enumeration): the organisation's e-mail outbox must not tell an admin which added address
     * already had an account. One known and one unknown address are added; their outbox rows are the same in every
     * field but the address and the id, before and after sending, and both invitations arrive through SMTP alike,
     * each with a link to join.
     */
    @Test
    void addingAKnownAndAnUnknownAddressMailsBothTheSameInvitationAndTheOutboxCannotTellThemApart() throws Exception {
        // the rows' instants are compared too; whole seconds, as a database may round a stored instant up
        clock.freeze(clock.instant().truncatedTo(ChronoUnit.SECONDS));
        Org elsewhere = fixtures.organisation();
        String known = elsewhere.admin.email();
        String unknown = Fixtures.unique("fresh") + "@example.test";
        // the known address's own sign-up mailed it the link to confirm it: sent, and out of the way
        drain();
        smtp.purgeEmailFromAllMailboxes();
        for (String address : List.of(known, unknown)) {
            Api.Response added = org.admin
                    .api()
                    .post(
                            "/api/members",
                            Map.of("email", address, "name", "Guess", "role", "agent", "password", "initial-long-pw"));
            assertThat(added.status()).as(added.toString()).isEqualTo(201);
        }

        JsonNode knownRow = outboxRowTo(known);
        JsonNode unknownRow = outboxRowTo(unknown);
        assertThat(Json.string(knownRow, "$.kind")).isEqualTo("invitation");
        assertThat(Json.string(knownRow, "$.status")).isEqualTo("pending");
        assertThat(knownRow.get("recipientId").isNull()).isTrue();
        assertThat(knownRow.get("recipientName").isNull()).isTrue();
        assertThat(alike(knownRow, known)).isEqualTo(alike(unknownRow, unknown));

        drain();
        knownRow = outboxRowTo(known);
        unknownRow = outboxRowTo(unknown);
        assertThat(Json.string(knownRow, "$.status")).isEqualTo("sent");
        assertThat(alike(knownRow, known)).isEqualTo(alike(unknownRow, unknown));

        List<MimeMessage> toKnown = mailTo(known);
        List<MimeMessage> toUnknown = mailTo(unknown);
        assertThat(toKnown).hasSize(1);
        assertThat(toUnknown).hasSize(1);
        MimeMessage knownMail = toKnown.get(0);
        MimeMessage unknownMail = toUnknown.get(0);
        assertThat(knownMail.getSubject())
                .isEqualTo(unknownMail.getSubject())
                .isEqualTo(Json.string(knownRow, "$.subject"))
                .contains(" invited you to ");
        assertThat(Arrays.toString(knownMail.getFrom())).isEqualTo(Arrays.toString(unknownMail.getFrom()));
        for (String type : List.of("text/plain", "text/html")) {
            String knownBody = part(knownMail, type);
            String unknownBody = part(unknownMail, type);
            assertThat(knownBody).as(type).contains("http://wt.test/invitations/accept#token=");
            assertThat(withoutLink(knownBody).replace(known, "<address>"))
                    .as(type)
                    .isEqualTo(withoutLink(unknownBody).replace(unknown, "<address>"));
        }
    }

    /** The one outbox row (as the admin's API shows it) that goes to this address. */
    private JsonNode outboxRowTo(String address) {
        Api.Response outbox = org.admin.api().get("/api/admin/email-outbox?limit=100");
        assertThat(outbox.status()).as(outbox.toString()).isEqualTo(200);
        List<JsonNode> rows = new ArrayList<>();
        for (JsonNode row : outbox.body().get("items")) {
            if (row.hasNonNull("toAddress")
                    && address.equals(row.get("toAddress").asString())) {
                rows.add(row);
            }
        }
        assertThat(rows).as(address).hasSize(1);
        return rows.get(0);
    }

    /** Everything an admin sees of the row, but for the row's id and the address itself. */
    private static String alike(JsonNode row, String address) {
        return row.toString().replace(Json.string(row, "$.id"), "<id>").replace(address, "<address>");
    }

    private static String withoutLink(String body) {
        return body.replaceAll("#token=[A-Za-z0-9_-]+", "#token=<token>");
    }

    @Test
    void anAssignmentAndAMentionBecomeOneThreadedEmailOnceTheWindowHasClosedAndNoneForTheActor() throws Exception {
        change(bob, Map.of("assigneeId", alice.id().toString()));
        comment(bob, "@" + localPart(alice) + " the logs are attached", "internal");

        drain();
        assertThat(mailTo(alice))
                .as("not before the coalescing window has closed")
                .isEmpty();

        clock.advance(Duration.ofMinutes(2).plusSeconds(1));
        drain();

        List<MimeMessage> mails = mailTo(alice);
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.get(0);
        String notificationId = alice.api()
                .get("/api/notifications")
                .body()
                .get("items")
                .get(0)
                .get("id")
                .stringValue();
        assertThat(mail.getFrom()[0].toString()).contains("notify@tests.worktrackr.io");
        assertThat(mail.getSubject())
                .isEqualTo("[#" + ticketNumber + "] VPN drops every hour — Bob assigned it to you and mentioned you");
        assertThat(mail.getHeader("Message-ID")[0])
                .isEqualTo("<notification-" + notificationId + "@tests.worktrackr.io>");
        assertThat(mail.getHeader("In-Reply-To")[0]).isEqualTo("<ticket-" + ticketId + "@tests.worktrackr.io>");
        assertThat(mail.getHeader("References")[0]).isEqualTo("<ticket-" + ticketId + "@tests.worktrackr.io>");
        assertThat(mail.getHeader("List-Unsubscribe")[0]).isEqualTo("<http://wt.test/settings/notifications>");
        String text = part(mail, "text/plain");
        assertThat(text)
                .contains("Bob assigned it to you and mentioned you")
                .contains("#" + ticketNumber + " VPN drops every hour")
                .contains("http://wt.test/t/" + ticketNumber)
                .contains("http://wt.test/settings/notifications");
        String html = part(mail, "text/html");
        assertThat(html)
                .contains("href=\"http://wt.test/t/" + ticketNumber + "\"")
                .contains("href=\"http://wt.test/settings/notifications\"");
        assertThat(mailTo(bob)).isEmpty();

        // sent once: later runs send nothing more
        drain();
        assertThat(mailTo(alice)).hasSize(1);
    }

    @Test
    void aRepliesNotificationIsNotEmailedByDefault() throws Exception {
        change(org.admin, Map.of("assigneeId", alice.id().toString()));
        alice.api().post("/api/notifications/read-all", Map.of());
        clock.advance(Duration.ofMinutes(3));
        drain();
        int before = mailTo(alice).size();

        comment(bob, "Tried a restart", "public");
        clock.advance(Duration.ofMinutes(3));
        drain();

        assertThat(mailTo(alice)).hasSize(before);
    }

    @Test
    void anEmailWaitsWhileTheSmtpServerIsDownAndGoesOutOnceWhenItIsBack() throws Exception {
        smtp.stop();
        change(bob, Map.of("assigneeId", alice.id().toString()));
        clock.advance(Duration.ofMinutes(2).plusSeconds(1));

        drain();
        Map<String, Object> row = outboxRow(alice);
        assertThat(row.get("status")).isEqualTo("pending");
        assertThat(((Number) row.get("attempts")).intValue()).isEqualTo(1);
        assertThat((String) row.get("last_error")).isNotBlank();

        smtp = startSmtp();
        drain();
        assertThat(mailTo(alice)).as("not before the backoff has passed").isEmpty();

        clock.advance(Duration.ofSeconds(31));
        drain();
        assertThat(mailTo(alice)).hasSize(1);
        assertThat(outboxRow(alice).get("status")).isEqualTo("sent");
    }

    @Test
    void anEmailIsGivenUpAfterTheBoundAndAdminsSeeWhy() throws Exception {
        smtp.stop();
        change(bob, Map.of("assigneeId", alice.id().toString()));
        clock.advance(Duration.ofMinutes(2).plusSeconds(1));

        for (int attempt = 0; attempt < 3; attempt++) {
            drain();
            clock.advance(Duration.ofHours(1));
        }
        drain();

        Api.Response failed = org.admin.api().get("/api/admin/email-outbox?status=failed");
        assertThat(failed.status()).as(failed.toString()).isEqualTo(200);
        assertThat(failed.size("$.items")).isEqualTo(1);
        assertThat(failed.string("$.items[0].toAddress")).isEqualTo(alice.email());
        assertThat(failed.number("$.items[0].attempts")).isEqualTo(3);
        assertThat(failed.string("$.items[0].lastError")).isNotBlank();
        // the page may say that e-mail is sent on this install; which server, never
        assertThat(failed.bool("$.delivery.smtpConfigured")).isTrue();
        assertThat(failed.body().get("delivery").toString())
                .doesNotContain("127.0.0.1")
                .doesNotContain(String.valueOf(SMTP_PORT));
        assertThat(bob.api().get("/api/admin/email-outbox").status()).isEqualTo(403);
        assertThat(org.admin.api().get("/api/admin/email-outbox?status=lost").status())
                .isEqualTo(422);

        smtp = startSmtp();
        clock.advance(Duration.ofHours(1));
        drain();
        assertThat(mailTo(alice)).isEmpty();
    }

    @Test
    void anAdminRetriesAGivenUpEmailOnceTheSmtpServerIsBackAndItGoesOutExactlyOnce() throws Exception {
        smtp.stop();
        change(bob, Map.of("assigneeId", alice.id().toString()));
        clock.advance(Duration.ofMinutes(2).plusSeconds(1));
        for (int attempt = 0; attempt < 3; attempt++) {
            drain();
            clock.advance(Duration.ofHours(1));
        }
        Api admin = org.admin.api();
        Api.Response failed = admin.get("/api/admin/email-outbox?status=failed");
        assertThat(failed.size("$.items")).isEqualTo(1);
        String id = failed.string("$.items[0].id");
        // what the page shows: whom, what about, why in words, and what may be done
        assertThat(failed.string("$.items[0].kind")).isEqualTo("notification");
        assertThat(failed.string("$.items[0].recipientName")).isEqualTo("Alice");
        assertThat(failed.string("$.items[0].toAddress")).isEqualTo(alice.email());
        assertThat(failed.string("$.items[0].subject")).startsWith("[#" + ticketNumber + "] VPN drops every hour");
        assertThat(failed.string("$.items[0].lastError"))
                .isEqualTo("Could not connect to the mail server 127.0.0.1:" + SMTP_PORT
                        + ": the connection was refused. Is it running, and are the host and port right?");
        assertThat(failed.bool("$.items[0].retryable")).isTrue();
        assertThat(failed.bool("$.items[0].discardable")).isTrue();

        String retry = "/api/admin/email-outbox/" + id + "/retry";
        assertThat(bob.api().post(retry, Map.of()).status()).isEqualTo(403);
        smtp = startSmtp();
        java.time.Instant asked = clock.instant();
        Api.Response retried = admin.post(retry, Map.of());
        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.string("$.status")).isEqualTo("pending");
        // due now: not an hour of backoff later
        assertThat(java.time.Instant.parse(retried.string("$.nextAttemptAt")))
                .isBetween(asked.minusSeconds(1), clock.instant());

        drain();
        drain();
        assertThat(mailTo(alice)).hasSize(1);
        assertThat(admin.get("/api/admin/email-outbox?status=failed").raw().body())
                .doesNotContain(id);
        assertThat(outboxRow(alice).get("status")).isEqualTo("sent");

        Api.Response again = admin.post(retry, Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.string("$.type")).isEqualTo("https://worktrackr.io/problems/email-not-waiting");
        assertThat(again.string("$.errors[0].field")).isEqualTo("status");
        assertThat(again.string("$.status")).isEqualTo("sent");
        assertThat(admin.post("/api/admin/email-outbox/" + id + "/discard", Map.of())
                        .status())
                .isEqualTo(409);
    }

    @Test
    void retryAndDiscardLeaveAnEmailAServerIsSendingAloneUntilItsLeaseHasRunOut() {
        smtp.stop();
        change(bob, Map.of("assigneeId", alice.id().toString()));
        clock.advance(Duration.ofMinutes(2).plusSeconds(1));
        // a node claims the due e-mails and is sending them (the claim holds them for the lease)
        outboxRows.claimDue(clock.instant(), EmailSender.LEASE, 500);
        Api admin = org.admin.api();
        String id = admin.get("/api/admin/email-outbox").string("$.items[0].id");
        assertThat(admin.get("/api/admin/email-outbox").bool("$.items[0].retryable"))
                .isFalse();

        Api.Response retry = admin.post("/api/admin/email-outbox/" + id + "/retry", Map.of());
        assertThat(retry.status()).as(retry.toString()).isEqualTo(409);
        assertThat(retry.string("$.detail")).contains("sending it right now");
        assertThat(admin.post("/api/admin/email-outbox/" + id + "/discard", Map.of())
                        .status())
                .isEqualTo(409);

        // the node died while sending: once its lease has run out, an admin may retry at once
        clock.advance(EmailSender.LEASE.plusSeconds(1));
        assertThat(admin.post("/api/admin/email-outbox/" + id + "/retry", Map.of())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aDiscardedEmailIsNeverSent() throws Exception {
        smtp.stop();
        change(bob, Map.of("assigneeId", alice.id().toString()));
        clock.advance(Duration.ofMinutes(2).plusSeconds(1));
        drain();
        Api admin = org.admin.api();
        String id = admin.get("/api/admin/email-outbox?status=pending").string("$.items[0].id");
        assertThat(bob.api()
                        .post("/api/admin/email-outbox/" + id + "/discard", Map.of())
                        .status())
                .isEqualTo(403);

        Api.Response discarded = admin.post("/api/admin/email-outbox/" + id + "/discard", Map.of());
        assertThat(discarded.status()).as(discarded.toString()).isEqualTo(200);
        assertThat(discarded.string("$.status")).isEqualTo("cancelled");
        assertThat(discarded.string("$.lastError")).isEqualTo("Discarded by an admin.");
        assertThat(discarded.bool("$.retryable")).isFalse();

        smtp = startSmtp();
        clock.advance(Duration.ofHours(2));
        drain();
        assertThat(mailTo(alice)).isEmpty();
        assertThat(admin.post("/api/admin/email-outbox/" + id + "/retry", Map.of())
                        .status())
                .isEqualTo(409);
    }

    @Test
    void twoSenderNodesSendExactlyOneEmailPerNotification() throws Exception {
        int tickets = 9;
        for (int i = 0; i < tickets; i++) {
            String id = Json.string(org.ticket("Node test " + i), "$.id");
            Api.Response changed = bob.api()
                    .patch("/api/tickets/" + id, Map.of("assigneeId", alice.id().toString()));
            assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        }
        settled();
        assertThat(alice.api().get("/api/notifications/unread-count").number("$.count"))
                .isEqualTo(tickets);

        try (ConfigurableApplicationContext other = secondNode()) {
            MutableClock otherClock = other.getBean(MutableClock.class);
            clock.advance(Duration.ofMinutes(2).plusSeconds(1));
            otherClock.set(clock.instant());
            EmailSender otherSender = other.getBean(EmailSender.class);

            ExecutorService nodes = Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < 200; round++) {
                    List<Future<Integer>> runs = nodes.invokeAll(
                            List.<Callable<Integer>>of(() -> sender.sendBatch(), () -> otherSender.sendBatch()));
                    int claimed = 0;
                    for (Future<Integer> run : runs) {
                        claimed += run.get();
                    }
                    if (claimed == 0) {
                        break;
                    }
                }
            } finally {
                nodes.shutdownNow();
            }
        }

        List<MimeMessage> mails = mailTo(alice);
        assertThat(mails).hasSize(tickets);
        Set<String> ids = new HashSet<>();
        for (MimeMessage mail : mails) {
            ids.add(mail.getHeader("Message-ID")[0]);
        }
        assertThat(ids).hasSize(tickets);
    }

    @Test
    void aBulkAssignmentOf500TicketsIsOneNotificationAndOneEmailNot500() throws Exception {
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
        clock.advance(Duration.ofMinutes(2).plusSeconds(1));
        drain();
        drain();

        Api.Response inbox = alice.api().get("/api/notifications");
        assertThat(inbox.size("$.items")).isEqualTo(1);
        assertThat(inbox.number("$.items[0].ticketCount")).isEqualTo(TicketManagement.MAX_BULK_ITEMS);
        List<MimeMessage> mails = mailTo(alice);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject())
                .endsWith("Bob assigned " + TicketManagement.MAX_BULK_ITEMS + " tickets to you");
        assertThat(mails.get(0).getHeader("Message-ID")[0])
                .isEqualTo("<notification-" + inbox.string("$.items[0].id") + "@tests.worktrackr.io>");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification_emails WHERE recipient_id = :user")
                        .param("user", alice.id())
                        .query(Long.class)
                        .single())
                .as("one outbox row, not one per ticket")
                .isEqualTo(1);
        assertThat(mailTo(bob)).isEmpty();
    }

    @Test
    void aDailyKindGoesIntoOneDigestAtThePersonsHourInTheirTimeZone() throws Exception {
        java.time.ZoneId berlin = java.time.ZoneId.of("Europe/Berlin");
        int nextHour = (clock.instant().atZone(berlin).getHour() + 1) % 24;
        Api.Response set = alice.api()
                .put(
                        "/api/me/notification-preferences",
                        Map.of(
                                "kinds",
                                List.of(Map.of("kind", "mentioned", "inApp", true, "email", "daily")),
                                "digestHour",
                                nextHour,
                                "timeZone",
                                "Europe/Berlin"));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        digests.queueDigests(); // before the hour: the digest that came due yesterday covers nothing of today

        comment(bob, "@" + localPart(alice) + " first", "internal");
        clock.advance(Duration.ofSeconds(30));
        comment(bob, "@" + localPart(alice) + " second", "public");
        clock.advance(Duration.ofMinutes(3));
        drain();
        assertThat(mailTo(alice)).as("no immediate e-mail for a daily kind").isEmpty();

        clock.advance(Duration.ofHours(1));
        assertThat(digests.queueDigests()).isGreaterThanOrEqualTo(1);
        assertThat(digests.queueDigests())
                .as("a second run queues nothing for this slot")
                .isZero();
        drain();

        List<MimeMessage> mails = mailTo(alice);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("WorkTrackr daily digest: 1 update");
        assertThat(part(mails.get(0), "text/plain"))
                .contains("Bob mentioned you")
                .contains("http://wt.test/t/" + ticketNumber);
    }

    // --- helpers

    private ConfigurableApplicationContext secondNode() {
        Map<String, Object> properties = new HashMap<>();
        for (String key : List.of(
                "spring.datasource.url",
                "spring.datasource.username",
                "spring.datasource.password",
                "worktrackr.attachments.directory",
                "worktrackr.mail.smtp.host",
                "worktrackr.mail.smtp.port",
                "worktrackr.mail.smtp.starttls",
                "worktrackr.mail.from",
                "worktrackr.mail.base-url",
                "worktrackr.mail.batch-size",
                "worktrackr.mail.send-interval")) {
            properties.put(key, environment.getProperty(key, ""));
        }
        properties.put("server.port", "0");
        properties.put("worktrackr.demo.enabled", "false");
        properties.put("worktrackr.tickets.tally-fold-interval", "1h");
        properties.put("worktrackr.events.resubmit-interval", "1h");
        // as arguments, not builder properties: those are defaults, below application.yml, whose datasource (the
        // embedded file database) would win and leave the "second node" on a database of its own
        return new SpringApplicationBuilder(WorktrackrApplication.class, TestClockConfiguration.class)
                .run(properties.entrySet().stream()
                        .map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new));
    }

    private void change(User who, Map<String, Object> fields) {
        Api.Response changed = who.api().patch(ticketPath, new HashMap<>(fields));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        settled();
    }

    private void comment(User who, String body, String visibility) {
        Api.Response posted = who.api().post(ticketPath + "/comments", Map.of("body", body, "visibility", visibility));
        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
        settled();
    }

    /** Runs the sender until a run claims nothing (other tests' e-mails may be due too). */
    private void drain() {
        for (int i = 0; i < 500 && sender.sendBatch() > 0; i++) {
            // bounded: each run claims up to a batch
        }
    }

    private List<MimeMessage> mailTo(User who) throws Exception {
        return mailTo(who.email());
    }

    private List<MimeMessage> mailTo(String address) throws Exception {
        List<MimeMessage> mails = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (Arrays.stream(message.getAllRecipients())
                    .anyMatch(a -> a.toString().contains(address))) {
                mails.add(message);
            }
        }
        return mails;
    }

    private Map<String, Object> outboxRow(User who) {
        return jdbc.sql("SELECT status, attempts, last_error FROM notification_emails WHERE recipient_id = :user")
                .param("user", who.id())
                .query()
                .singleRow();
    }

    /** The decoded content of the message's first part of this type. */
    private static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return part.getContent().toString();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = part(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String localPart(User user) {
        return user.email().substring(0, user.email().indexOf('@'));
    }

    private void settled() {
        waitUp().until(() ->
                jdbc.sql("""
                                SELECT COUNT(*) FROM event_publication
                                 WHERE listener_id LIKE 'notifications.%' AND serialized_event LIKE :org""").param("org", "%" + org.id + "%").query(Long.class).single() == 0);
    }

    private static ConditionFactory waitUp() {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(25));
    }

    private static GreenMail startSmtp() {
        GreenMail server = new GreenMail(SMTP);
        server.start();
        return server;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
