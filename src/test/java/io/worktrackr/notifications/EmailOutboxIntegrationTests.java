package io.worktrackr.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.worktrackr.testing.Api;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.Fixtures.User;
import io.worktrackr.testing.IntegrationTest;
import io.worktrackr.testing.Json;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The outbox on an install without SMTP (the zero-set-up default; the shared test application has no
 * {@code worktrackr.mail.smtp.host}): the outbox says that nothing is sent, without naming any server, and an
 * admin's retry and discard are recorded in the organisation's audit trail — who, for whom, which notification —
 * while a refused one records nothing. {@link NotificationEmailIntegrationTests} has the install with SMTP.
 */
class EmailOutboxIntegrationTests extends IntegrationTest {

    Org org;
    User alice;
    User bob;
    String emailId;

    @BeforeEach
    void anEmailWaits() {
        org = fixtures.organisation();
        alice = org.agent("Alice");
        bob = org.agent("Bob");
        String ticket = Json.string(org.ticket("VPN drops every hour"), "$.id");
        Api.Response assigned = bob.api()
                .patch("/api/tickets/" + ticket, Map.of("assigneeId", alice.id().toString()));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        // the notification and its e-mail are written after commit; the invitations every added address is mailed
        // (Alice's and Bob's, issue 12) wait too, as nothing is sent here
        Api.Response pending = await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(25))
                .until(
                        () -> org.admin.api().get("/api/admin/email-outbox?status=pending"),
                        r -> r.size("$.items") == 3);
        assertThat(pending.strings("$.items[*].kind")).containsExactly("notification", "invitation", "invitation");
        assertThat(pending.strings("$.items[1:].toAddress")).containsExactlyInAnyOrder(alice.email(), bob.email());
        emailId = pending.string("$.items[0].id");
    }

    @Test
    void withoutAnSmtpServerTheOutboxSaysNothingIsSentAndNamesNoServer() {
        Api.Response outbox = org.admin.api().get("/api/admin/email-outbox");

        assertThat(outbox.status()).as(outbox.toString()).isEqualTo(200);
        assertThat(outbox.bool("$.delivery.smtpConfigured")).isFalse();
        JsonNode delivery = outbox.body().get("delivery");
        assertThat(delivery.propertyNames()).containsExactly("smtpConfigured");
        assertThat(outbox.string("$.items[0].status")).isEqualTo("pending");
        assertThat(bob.api().get("/api/admin/email-outbox").status()).isEqualTo(403);
    }

    @Test
    void retryAndDiscardAreInTheAuditTrailWithWhoForWhomAndWhichNotification() {
        String notificationId = alice.api().get("/api/notifications").string("$.items[0].id");
        Api admin = org.admin.api();

        Api.Response retried = admin.post("/api/admin/email-outbox/" + emailId + "/retry", Map.of());
        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);

        JsonNode entry = latestAudit(org.admin);
        assertThat(Json.string(entry, "$.action")).isEqualTo("email.retried");
        assertThat(Json.string(entry, "$.actor.id")).isEqualTo(org.admin.id().toString());
        assertThat(Json.string(entry, "$.summary"))
                .isEqualTo("Retried the notification e-mail to Alice <" + alice.email() + ">");
        assertThat(Json.string(entry, "$.details.emailId")).isEqualTo(emailId);
        assertThat(Json.string(entry, "$.details.kind")).isEqualTo("notification");
        assertThat(Json.string(entry, "$.details.recipientId"))
                .isEqualTo(alice.id().toString());
        assertThat(Json.string(entry, "$.details.toAddress")).isEqualTo(alice.email());
        assertThat(Json.string(entry, "$.details.notificationId")).isEqualTo(notificationId);
        assertThat(Json.string(entry, "$.details.status.from")).isEqualTo("pending");
        assertThat(Json.string(entry, "$.details.status.to")).isEqualTo("pending");

        Api.Response discarded = admin.post("/api/admin/email-outbox/" + emailId + "/discard", Map.of());
        assertThat(discarded.status()).as(discarded.toString()).isEqualTo(200);

        entry = latestAudit(org.admin);
        assertThat(Json.string(entry, "$.action")).isEqualTo("email.discarded");
        assertThat(Json.string(entry, "$.actor.id")).isEqualTo(org.admin.id().toString());
        assertThat(Json.string(entry, "$.summary"))
                .isEqualTo("Discarded the notification e-mail to Alice <" + alice.email() + ">");
        assertThat(Json.string(entry, "$.details.notificationId")).isEqualTo(notificationId);
        assertThat(Json.string(entry, "$.details.status.from")).isEqualTo("pending");
        assertThat(Json.string(entry, "$.details.status.to")).isEqualTo("cancelled");
        assertThat(emailActions(org.admin)).containsExactly("email.discarded", "email.retried");
    }

    @Test
    void aRefusedRetryOrDiscardAnswersWhyAndRecordsNothing() {
        Api admin = org.admin.api();
        assertThat(admin.post("/api/admin/email-outbox/" + emailId + "/discard", Map.of())
                        .status())
                .isEqualTo(200);

        Api.Response again = admin.post("/api/admin/email-outbox/" + emailId + "/discard", Map.of());
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.string("$.type")).isEqualTo("https://worktrackr.io/problems/email-not-waiting");
        assertThat(again.string("$.errors[0].field")).isEqualTo("status");
        assertThat(again.string("$.status")).isEqualTo("cancelled");
        assertThat(again.string("$.emailId")).isEqualTo(emailId);
        assertThat(again.string("$.detail")).startsWith("This e-mail cannot be discarded. It was cancelled");
        Api.Response retry = admin.post("/api/admin/email-outbox/" + emailId + "/retry", Map.of());
        assertThat(retry.status()).as(retry.toString()).isEqualTo(409);
        assertThat(retry.string("$.errors[0].field")).isEqualTo("status");
        assertThat(retry.string("$.detail")).startsWith("This e-mail cannot be retried.");
        // an agent is refused before anything is looked at
        assertThat(bob.api()
                        .post("/api/admin/email-outbox/" + emailId + "/retry", Map.of())
                        .status())
                .isEqualTo(403);

        assertThat(emailActions(org.admin)).containsExactly("email.discarded");
    }

    @Test
    void theAuditEntriesStayInTheirOrganisation() {
        Org other = fixtures.organisation();
        assertThat(org.admin
                        .api()
                        .post("/api/admin/email-outbox/" + emailId + "/retry", Map.of())
                        .status())
                .isEqualTo(200);

        assertThat(emailActions(org.admin)).containsExactly("email.retried");
        assertThat(emailActions(other.admin)).isEmpty();
        assertThat(other.admin.api().get("/api/audit?limit=200").raw().body())
                .doesNotContain(emailId)
                .doesNotContain(alice.email());
    }

    private static JsonNode latestAudit(User admin) {
        Api.Response page = admin.api().get("/api/audit?limit=1");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.body().get("items").get(0);
    }

    /** The e-mail outbox's entries in the admin's organisation's audit trail, newest first. */
    private static List<String> emailActions(User admin) {
        return admin.api().get("/api/audit?limit=200").strings("$.items[*].action").stream()
                .filter(action -> action.startsWith("email."))
                .toList();
    }
}
