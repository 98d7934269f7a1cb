package io.worktrackr.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.worktrackr.testing.Api;
import io.worktrackr.testing.Fixtures;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.Fixtures.User;
import io.worktrackr.testing.Json;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Issue 11 in the browser, with a real SMTP server (GreenMail): Alice's bell shows what Bob did to her (an
 * assignment, a mention) on her next navigation, and she gets the e-mails, Bob none; a forgotten password is
 * reset and an invited person joins, each through the link read from the e-mail.
 */
@TestPropertySource(
        properties = {
            "worktrackr.mail.send-interval=250ms",
            "worktrackr.mail.smtp.starttls=false",
            "worktrackr.mail.from=WorkTrackr <journeys@tests.worktrackr.io>",
            "worktrackr.mail.base-url=http://wt.test"
        })
class NotificationBrowserTests extends BrowserTest {

    static final int SMTP_PORT = freePort();
    static final GreenMail SMTP = startSmtp();
    static final Pattern LINK = Pattern.compile("http://wt\\.test(/[a-z/-]+#token=[A-Za-z0-9_-]+)");

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        registry.add("worktrackr.mail.smtp.host", () -> "127.0.0.1");
        registry.add("worktrackr.mail.smtp.port", () -> SMTP_PORT);
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    Org org;

    @BeforeEach
    void organisation() {
        org = fixtures.organisation();
    }

    @Test
    void alicesBellShowsBobsAssignmentAndMentionOnHerNextNavigationAndSheGetsTheEmails() {
        User alice = added("Alice");
        User bob = added("Bob");
        String vpn = Json.string(org.ticket("VPN drops every hour"), "$.id");
        JsonNode printer = org.ticket("Printer jammed");
        signIn(alice.email());
        Locator bell = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Notifications"));
        assertThat(bell).isVisible();

        // Bob assigns her one ticket and mentions her in a note on another (two tickets: no coalescing)
        Api.Response assigned = bob.api()
                .patch("/api/tickets/" + vpn, Map.of("assigneeId", alice.id().toString()));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        String localPart = alice.email().substring(0, alice.email().indexOf('@'));
        Api.Response noted = bob.api()
                .post(
                        "/api/tickets/" + Json.string(printer, "$.id") + "/comments",
                        Map.of("body", "@" + localPart + " can you look at the tray?", "visibility", "internal"));
        assertThat(noted.status()).as(noted.toString()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> alice.api().get("/api/notifications/unread-count").number("$.count") == 2);

        // her next navigation, no reload
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^All")))
                .first()
                .click();
        Locator unread =
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Notifications, 2 unread"));
        assertThat(unread).isVisible();
        unread.click();
        assertThat(page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(Pattern.compile("Unread: Bob assigned .*"))))
                .isVisible();
        Locator mention = page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("Unread: Bob mentioned you.*")));
        assertThat(mention).isVisible();
        screenshot("notifications-bell-1280");

        // e-mail "immediately" for both (her defaults) once the coalescing window has closed, before she reads
        // them (a notification read in the app by then is not e-mailed); none for Bob's own actions
        clock.advance(Duration.ofMinutes(2).plusSeconds(1));
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> mailTo(alice.email()).size() >= 2);
        assertThat(mailTo(alice.email())).hasSize(2);
        assertThat(mailTo(bob.email())).isEmpty();

        // opening one marks it read: one left
        mention.click();
        assertThat(page).hasURL(Pattern.compile("/t/" + Json.number(printer, "$.number") + "$"));
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Notifications, 1 unread")))
                .isVisible();
    }

    @Test
    void aForgottenPasswordIsResetThroughTheLinkInTheEmail() {
        User alice = added("Alice");
        page.navigate("/login");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Forgot your password?"))
                .click();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Email"))
                .fill(alice.email());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the link"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Check your e-mail")))
                .isVisible();

        String link = linkIn(awaitMailTo(alice.email()));
        assertThat(link).startsWith("/reset-password#token=");
        page.navigate(link);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Choose a new password")))
                .isVisible();
        page.getByLabel(Pattern.compile("^New password")).first().fill("a-brand-new-secret");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set the new password"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Password changed")))
                .isVisible();
        screenshot("password-reset-done-1280");

        // the new password signs in; the link is spent
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in"))
                .first()
                .click();
        page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)).fill(alice.email());
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("a-brand-new-secret");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page.getByTestId("count-my")).isVisible();
    }

    @Test
    void anInvitedPersonJoinsThroughTheLinkInTheEmail() {
        String email = Fixtures.unique("sam") + "@example.test";
        Api.Response invited = org.admin.api().post("/api/invitations", Map.of("email", email, "role", "agent"));
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);

        String link = linkIn(awaitMailTo(email));
        assertThat(link).startsWith("/invitations/accept#token=");
        page.setViewportSize(390, 844);
        page.navigate(link);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(Pattern.compile("^Join .*"))))
                .isVisible();
        page.getByLabel("Your name").fill("Sam Support");
        page.getByLabel("Choose a password").fill("a-long-enough-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Join .*")))
                .click();
        assertThat(page.getByTestId("count-my")).hasText("0");
        screenshot("invitation-by-email-joined-390");
        assertThat(org.admin.api().get("/api/members").raw().body()).contains(email);
    }

    /**
     * An agent added to the organisation, whose invitation e-mail (every added address gets one, issue 12) has
     * arrived; the server's mailboxes are then emptied, so that a test counts exactly the e-mails it causes.
     */
    private User added(String name) {
        User user = org.agent(name);
        MimeMessage invitation = awaitMailTo(user.email());
        try {
            assertThat(invitation.getSubject()).contains(" invited you to ");
            SMTP.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return user;
    }

    private static MimeMessage awaitMailTo(String address) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> !mailTo(address).isEmpty());
        List<MimeMessage> mails = mailTo(address);
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private static String linkIn(MimeMessage mail) {
        Matcher matcher = LINK.matcher(GreenMailUtil.getWholeMessage(mail).replace("=\r\n", ""));
        assertThat(matcher.find()).as("a link in the e-mail").isTrue();
        return matcher.group(1);
    }

    private static List<MimeMessage> mailTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(a -> a.toString().contains(address));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static GreenMail startSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
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
