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

/** Per person and kind: in the app or not, e-mail off / immediately / daily; defaults; validation. */
class NotificationPreferencesIntegrationTests extends IntegrationTest {

    static final String PATH = "/api/me/notification-preferences";

    Org org;
    User alice;
    User bob;
    String ticketPath;

    @BeforeEach
    void people() {
        org = fixtures.organisation();
        alice = org.agent("Alice");
        bob = org.agent("Bob");
        ticketPath = "/api/tickets/" + Json.string(org.ticket("VPN drops every hour"), "$.id");
    }

    @Test
    void theDefaultsAreEverythingInTheAppAndEmailAtOnceForAssignmentsAndMentions() {
        Api.Response preferences = alice.api().get(PATH);
        assertThat(preferences.status()).as(preferences.toString()).isEqualTo(200);
        assertThat(kind(preferences.body(), "assigned").toString())
                .isEqualTo("{\"kind\":\"assigned\",\"inApp\":true,\"email\":\"immediately\"}");
        assertThat(kind(preferences.body(), "mentioned").get("email").stringValue())
                .isEqualTo("immediately");
        assertThat(kind(preferences.body(), "replied").get("email").stringValue())
                .isEqualTo("off");
        assertThat(kind(preferences.body(), "replied").get("inApp").booleanValue())
                .isTrue();
        assertThat(preferences.size("$.kinds")).isEqualTo(NotificationKind.values().length);
        assertThat(preferences.number("$.digestHour")).isEqualTo(8);
        assertThat(preferences.string("$.timeZone")).isEqualTo("UTC");
    }

    @Test
    void aChangeKeepsWhatItDoesNotNameAndIsThePersonsOwn() {
        Api.Response changed = alice.api()
                .put(
                        PATH,
                        Map.of(
                                "kinds",
                                List.of(Map.of("kind", "replied", "inApp", false, "email", "daily")),
                                "digestHour",
                                17,
                                "timeZone",
                                "Europe/Berlin"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(kind(changed.body(), "replied").toString())
                .isEqualTo("{\"kind\":\"replied\",\"inApp\":false,\"email\":\"daily\"}");
        assertThat(kind(changed.body(), "assigned").get("email").stringValue()).isEqualTo("immediately");
        assertThat(changed.number("$.digestHour")).isEqualTo(17);
        assertThat(changed.string("$.timeZone")).isEqualTo("Europe/Berlin");
        assertThat(alice.api().get(PATH).body()).isEqualTo(changed.body());
        assertThat(kind(bob.api().get(PATH).body(), "replied").get("email").stringValue())
                .isEqualTo("off");
    }

    @Test
    void aBadFieldIs422NamingItAndChangesNothing() {
        JsonNode before = alice.api().get(PATH).body();
        assertRefused(
                Map.of("kinds", List.of(Map.of("kind", "gossip", "inApp", true, "email", "off"))), "kinds[0].kind");
        assertRefused(
                Map.of("kinds", List.of(Map.of("kind", "assigned", "inApp", true, "email", "hourly"))),
                "kinds[0].email");
        assertRefused(Map.of("digestHour", 24), "digestHour");
        assertRefused(
                Map.of(
                        "kinds",
                        List.of(Map.of("kind", "assigned", "inApp", false, "email", "off")),
                        "timeZone",
                        "Mars/Olympus_Mons"),
                "timeZone");
        assertThat(alice.api().get(PATH).body()).isEqualTo(before);
    }

    @Test
    void nothingInTheAppAndNoEmailMeansNothingAtAll() {
        set(alice, "assigned", false, "off");

        change(bob, Map.of("assigneeId", alice.id().toString()));

        assertThat(unread(alice)).isZero();
        assertThat(stored("notifications", alice)).isZero();
        assertThat(stored("notification_emails", alice)).isZero();
    }

    @Test
    void emailWithoutTheAppKeepsTheEntryOutOfTheInboxAndTheEmailInTheOutbox() {
        set(alice, "assigned", false, "immediately");

        change(bob, Map.of("assigneeId", alice.id().toString()));

        assertThat(unread(alice)).isZero();
        assertThat(alice.api().get("/api/notifications").size("$.items")).isZero();
        // this context has no SMTP server: the outbox keeps the e-mail
        assertThat(stored("notification_emails", alice)).isEqualTo(1);
        assertThat(org.admin.api().get("/api/admin/email-outbox?status=pending").string("$.items[0].recipientId"))
                .isEqualTo(alice.id().toString());
    }

    @Test
    void anInAppOnlyKindWritesNoEmail() {
        set(alice, "assigned", true, "off");

        change(bob, Map.of("assigneeId", alice.id().toString()));

        assertThat(unread(alice)).isEqualTo(1);
        assertThat(stored("notification_emails", alice)).isZero();
    }

    private void assertRefused(Map<String, Object> body, String field) {
        Api.Response refused = alice.api().put(PATH, body);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.string("$.errors[0].field")).isEqualTo(field);
    }

    private void set(User who, String kind, boolean inApp, String email) {
        Api.Response changed =
                who.api().put(PATH, Map.of("kinds", List.of(Map.of("kind", kind, "inApp", inApp, "email", email))));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    }

    private void change(User who, Map<String, Object> fields) {
        Api.Response changed = who.api().patch(ticketPath, fields);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(25))
                .until(() -> jdbc.sql("""
                                        SELECT COUNT(*) FROM event_publication
                                         WHERE listener_id LIKE 'notifications.%' AND serialized_event LIKE :org""")
                                .param("org", "%" + org.id + "%")
                                .query(Long.class)
                                .single()
                        == 0);
    }

    private long unread(User who) {
        return who.api().get("/api/notifications/unread-count").number("$.count");
    }

    private long stored(String table, User who) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE recipient_id = :user")
                .param("user", who.id())
                .query(Long.class)
                .single();
    }

    private static JsonNode kind(JsonNode preferences, String kind) {
        for (JsonNode node : preferences.get("kinds")) {
            if (kind.equals(node.get("kind").stringValue())) {
                return node;
            }
        }
        throw new AssertionError("no kind " + kind + " in " + preferences);
    }
}
