package io.worktrackr.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.worktrackr.testing.Api;
import io.worktrackr.testing.Fixtures;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.Fixtures.User;
import io.worktrackr.testing.IntegrationTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The e-mails that carry a link (password reset, invitation) through the outbox to a real SMTP server (GreenMail):
 * the link works, once; the answer to a reset request never tells whether an address has an account; requests are
 * throttled per address (silently) and per client (429); the queued body with the link is blanked once sent; a
 * request that fails leaves neither link nor e-mail. Every request comes from a client address of its own (a
 * trusted proxy's {@code X-Forwarded-For}), so the per-client limit of one test never meets another's.
 */
@TestPropertySource(
        properties = {
            "worktrackr.mail.send-interval=1h",
            "worktrackr.mail.smtp.starttls=false",
            "worktrackr.mail.from=WorkTrackr <links@tests.worktrackr.io>",
            "worktrackr.mail.base-url=http://wt.test"
        })
class LinkEmailIntegrationTests extends IntegrationTest {

    static final int SMTP_PORT = freePort();
    static final ServerSetup SMTP = new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    static GreenMail smtp = startSmtp();

    static final Pattern RESET_LINK = Pattern.compile("http://wt\\.test/reset-password#token=([A-Za-z0-9_-]+)");
    static final Pattern INVITATION_LINK =
            Pattern.compile("http://wt\\.test/invitations/accept#token=([A-Za-z0-9_-]+)");

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

    Org org;
    User alice;
    Api anonymous;

    @BeforeEach
    void people() throws Exception {
        org = fixtures.organisation();
        alice = org.agent("Alice");
        anonymous = Api.session(port).withHeader("X-Forwarded-For", clientAddress());
        // Adding Alice as a member mailed her the invitation every added address gets (issue 12: the outbox shows
        // no difference between addresses with and without an account). It is sent here, and the server's mailboxes
        // emptied, so that each test counts exactly the e-mails it causes itself.
        drain();
        List<MimeMessage> invitation = mailTo(alice.email());
        assertThat(invitation).hasSize(1);
        assertThat(invitation.get(0).getSubject()).contains(" invited you to ");
        smtp.purgeEmailFromAllMailboxes();
    }

    @Test
    void aForgottenPasswordIsResetThroughTheEmailedLinkOnceAndEverySessionEnds() throws Exception {
        Api.Response requested = anonymous.post("/api/auth/password-reset", Map.of("email", alice.email()));
        assertThat(requested.status()).as(requested.toString()).isEqualTo(202);

        drain();
        List<MimeMessage> mails = mailTo(alice.email());
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.get(0);
        assertThat(mail.getSubject()).isEqualTo("Reset your WorkTrackr password");
        assertThat(mail.getHeader("List-Unsubscribe")).isNull();
        String text = part(mail, "text/plain");
        String html = part(mail, "text/html");
        String token = token(RESET_LINK, text);
        assertThat(html).contains("http://wt.test/reset-password#token=" + token);

        Map<String, Object> row =
                jdbc.sql("""
                        SELECT status, purpose, organisation_id, body_text, body_html FROM notification_emails
                         WHERE recipient_id = :user""").param("user", alice.id()).query().singleRow();
        assertThat(row.get("status")).isEqualTo("sent");
        assertThat(row.get("purpose")).isEqualTo("password-reset");
        assertThat(row.get("organisation_id")).isNull();
        assertThat(row.get("body_text"))
                .as("the link does not stay in the outbox")
                .isNull();
        assertThat(row.get("body_html")).isNull();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM password_resets WHERE token_hash = :token")
                        .param("token", token)
                        .query(Long.class)
                        .single())
                .as("only the hash is stored")
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE :token")
                        .param("token", "%" + token + "%")
                        .query(Long.class)
                        .single())
                .as("the token never reaches the event publication registry")
                .isZero();

        Api.Response weak =
                anonymous.post("/api/auth/password-reset/confirm", Map.of("token", token, "newPassword", "password"));
        assertThat(weak.status()).as(weak.toString()).isEqualTo(422);
        assertThat(weak.string("$.errors[0].field")).isEqualTo("newPassword");

        assertThat(alice.session().get("/api/me").status()).isEqualTo(200);
        Api.Response reset = anonymous.post(
                "/api/auth/password-reset/confirm", Map.of("token", token, "newPassword", "a-brand-new-secret"));
        assertThat(reset.status()).as(reset.toString()).isEqualTo(204);

        Api.Response ended = alice.session().get("/api/me");
        assertThat(ended.status()).isEqualTo(401);
        assertThat(ended.string("$.type")).endsWith("/session-ended");
        assertThat(Api.session(port)
                        .post("/api/auth/login", Map.of("email", alice.email(), "password", Fixtures.PASSWORD))
                        .status())
                .isEqualTo(401);
        assertThat(Api.session(port)
                        .post("/api/auth/login", Map.of("email", alice.email(), "password", "a-brand-new-secret"))
                        .status())
                .isEqualTo(200);

        Api.Response again = anonymous.post(
                "/api/auth/password-reset/confirm", Map.of("token", token, "newPassword", "yet-another-secret"));
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.string("$.type")).endsWith("/password-reset-link-invalid");
    }

    @Test
    void theAnswerIsTheSameWhetherTheAddressHasAnAccountOrNot() throws Exception {
        String nobody = Fixtures.unique("nobody") + "@example.test";
        Api.Response known = anonymous.post("/api/auth/password-reset", Map.of("email", alice.email()));
        Api.Response unknown = anonymous.post("/api/auth/password-reset", Map.of("email", nobody));
        assertThat(unknown.status()).isEqualTo(known.status()).isEqualTo(202);
        assertThat(unknown.body()).isEqualTo(known.body());

        drain();
        assertThat(mailTo(alice.email())).hasSize(1);
        assertThat(mailTo(nobody)).isEmpty();
    }

    @Test
    void aLinkExpiresAfterAnHourAndAnUnsentOneIsNotSentLate() throws Exception {
        assertThat(anonymous
                        .post("/api/auth/password-reset", Map.of("email", alice.email()))
                        .status())
                .isEqualTo(202);
        clock.advance(Duration.ofHours(1).plusSeconds(1));
        drain();
        assertThat(mailTo(alice.email())).as("an expired link is not sent").isEmpty();
        assertThat(jdbc.sql("SELECT status FROM notification_emails WHERE recipient_id = :user")
                        .param("user", alice.id())
                        .query(String.class)
                        .single())
                .isEqualTo("cancelled");

        clock.reset();
        assertThat(anonymous
                        .post("/api/auth/password-reset", Map.of("email", alice.email()))
                        .status())
                .isEqualTo(202);
        drain();
        String token = token(RESET_LINK, part(mailTo(alice.email()).get(0), "text/plain"));
        clock.advance(Duration.ofMinutes(61));
        Api.Response late = anonymous.post(
                "/api/auth/password-reset/confirm", Map.of("token", token, "newPassword", "a-brand-new-secret"));
        assertThat(late.status()).isEqualTo(404);
        assertThat(late.string("$.type")).endsWith("/password-reset-link-invalid");
    }

    @Test
    void requestsAreThrottledSilentlyPerAddressAndWith429PerClient() throws Exception {
        for (int i = 0; i < 5; i++) {
            Api.Response requested = Api.session(port)
                    .withHeader("X-Forwarded-For", clientAddress())
                    .post("/api/auth/password-reset", Map.of("email", alice.email()));
            assertThat(requested.status())
                    .as("the answer never changes per address")
                    .isEqualTo(202);
        }
        drain();
        assertThat(mailTo(alice.email())).as("3 per address and hour").hasSize(3);

        Api client = Api.session(port).withHeader("X-Forwarded-For", clientAddress());
        for (int i = 0; i < 20; i++) {
            assertThat(client.post(
                                    "/api/auth/password-reset",
                                    Map.of("email", Fixtures.unique("someone") + "@example.test"))
                            .status())
                    .isEqualTo(202);
        }
        Api.Response throttled =
                client.post("/api/auth/password-reset", Map.of("email", Fixtures.unique("someone") + "@example.test"));
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.string("$.type")).endsWith("/too-many-password-resets");
        assertThat(throttled.number("$.retryAfterSeconds")).isPositive();

        clock.advance(Duration.ofHours(1));
        assertThat(client.post("/api/auth/password-reset", Map.of("email", alice.email()))
                        .status())
                .as("a new window")
                .isEqualTo(202);
    }

    @Test
    void anInviteeReceivesTheLinkByEmailAndJoinsThroughIt() throws Exception {
        String invitee = Fixtures.unique("carol") + "@example.test";
        Api.Response invited = org.admin.api().post("/api/invitations", Map.of("email", invitee, "role", "agent"));
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        String shownToken = invited.string("$.acceptUrl").replaceFirst(".*#token=", "");

        drain();
        List<MimeMessage> mails = mailTo(invitee);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).contains("invited you to");
        String token = token(INVITATION_LINK, part(mails.get(0), "text/plain"));
        assertThat(token).isEqualTo(shownToken);
        assertThat(part(mails.get(0), "text/html")).contains("http://wt.test/invitations/accept#token=" + token);
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM notification_emails
                         WHERE to_address = :to AND purpose = 'invitation' AND status = 'sent'
                           AND body_text IS NULL AND body_html IS NULL AND recipient_id IS NULL
                           AND organisation_id = :org""")
                        .param("to", invitee)
                        .param("org", org.id)
                        .query(Long.class)
                        .single())
                .as("sent, and the link blanked")
                .isOne();

        Api carol = Api.session(port);
        Api.Response accepted = carol.post(
                "/api/invitations/accept", Map.of("token", token, "name", "Carol", "password", "carols-own-secret"));
        assertThat(accepted.status()).as(accepted.toString()).isBetween(200, 201);
        assertThat(carol.get("/api/me").status()).isEqualTo(200);
    }

    @Test
    void aRequestThatFailsLeavesNeitherLinkNorEmail() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM notification_emails")
                .query(Long.class)
                .single();
        Api.Response refused =
                org.admin.api().post("/api/invitations", Map.of("email", alice.email(), "role", "agent"));
        assertThat(refused.status()).as("already a member").isEqualTo(409);
        assertThat(jdbc.sql("SELECT status FROM notification_emails WHERE to_address = :to")
                        .param("to", alice.email())
                        .query(String.class)
                        .list())
                .as("only the invitation of when she was added, sent before the test")
                .containsExactly("sent");
        assertThat(before).isNotNegative();
    }

    /** Runs the sender until a run claims nothing (other tests' e-mails may be due too). */
    private void drain() {
        for (int i = 0; i < 500 && sender.sendBatch() > 0; i++) {
            // bounded: each run claims up to a batch
        }
    }

    private static List<MimeMessage> mailTo(String address) throws Exception {
        List<MimeMessage> mails = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (Arrays.stream(message.getAllRecipients())
                    .anyMatch(a -> a.toString().contains(address))) {
                mails.add(message);
            }
        }
        return mails;
    }

    private static String token(Pattern link, String text) {
        Matcher matcher = link.matcher(text);
        assertThat(matcher.find()).as("a link in " + text).isTrue();
        return matcher.group(1);
    }

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

    private static String clientAddress() {
        UUID random = UUID.randomUUID();
        return "10." + (random.hashCode() >>> 24) + "." + ((random.hashCode() >>> 16) & 0xff) + "."
                + ((random.hashCode() >>> 8) & 0xff);
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
