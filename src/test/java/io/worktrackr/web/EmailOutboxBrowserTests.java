package io.worktrackr.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.worktrackr.testing.Api;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.Fixtures.User;
import io.worktrackr.testing.Json;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 11's outbox page in the browser with a real SMTP server (GreenMail): an e-mail fails while the server is
 * down (nothing listens on its port) and is given up; the admin opens Settings → Organisation → E-mail outbox,
 * sees whom it was for and why it failed, starts the server, retries, and the e-mail arrives and leaves the page.
 */
@TestPropertySource(
        properties = {
            "worktrackr.mail.send-interval=250ms",
            "worktrackr.mail.max-attempts=1",
            "worktrackr.mail.smtp.starttls=false",
            "worktrackr.mail.from=WorkTrackr <outbox@tests.worktrackr.io>",
            "worktrackr.mail.base-url=http://wt.test"
        })
class EmailOutboxBrowserTests extends BrowserTest {

    static final int SMTP_PORT = freePort();
    /** Not running at first: the port is closed, so the first attempt is refused. */
    static GreenMail smtp;

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        registry.add("worktrackr.mail.smtp.host", () -> "127.0.0.1");
        registry.add("worktrackr.mail.smtp.port", () -> SMTP_PORT);
    }

    @AfterEach
    void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
            smtp = null;
        }
    }

    @Test
    void anAdminSeesAFailedEmailRetriesItOnceTheServerIsBackAndItArrives() {
        Org org = fixtures.organisation();
        // Adding Alice mails her the invitation every added address gets (issue 12); it arrives while the server is
        // up, so that the one e-mail that fails below is the notification
        smtp = startSmtp();
        User alice = org.agent("Alice");
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> mailTo(alice.email()) == 1);
        assertThat(org.admin.api().get("/api/admin/email-outbox?status=sent").strings("$.items[*].kind"))
                .containsExactly("invitation");
        smtp.stop();
        smtp = null;
        String ticket = Json.string(org.ticket("VPN drops every hour"), "$.id");
        Api.Response assigned = org.admin
                .api()
                .patch("/api/tickets/" + ticket, Map.of("assigneeId", alice.id().toString()));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> alice.api().get("/api/notifications/unread-count").number("$.count") == 1);
        // the coalescing window closes; the sender's one allowed attempt meets a closed port and gives up
        clock.advance(Duration.ofMinutes(2).plusSeconds(1));
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> org.admin
                                .api()
                                .get("/api/admin/email-outbox?status=failed")
                                .size("$.items")
                        == 1);

        signIn(org.admin.email());
        page.navigate("/settings/organisation");
        // the settings navigation's link (the Organisation page links the same page once its settings have loaded)
        page.getByLabel("Settings", new Page.GetByLabelOptions().setExact(true))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("E-mail outbox"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("E-mail outbox")))
                .isVisible();
        Locator failed = page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Failed e-mails"));
        Locator email = failed.getByRole(AriaRole.LISTITEM);
        assertThat(email).hasCount(1);
        assertThat(email).containsText("VPN drops every hour");
        assertThat(email).containsText("To Alice <" + alice.email() + ">");
        assertThat(email).containsText("1 attempt");
        assertThat(email)
                .containsText("Could not connect to the mail server 127.0.0.1:" + SMTP_PORT
                        + ": the connection was refused.");
        screenshot("email-outbox-failed-1280");
        page.setViewportSize(390, 844);
        assertThat(email.getByRole(
                        AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Retry now"))))
                .isInViewport();
        screenshot("email-outbox-failed-390");
        page.setViewportSize(1280, 900);

        // the SMTP server is back; "Retry now" makes it due, the sender takes it within a second
        smtp = startSmtp();
        email.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Retry now")))
                .click();
        assertThat(page.getByText("E-mail queued")).isVisible();
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> mailTo(alice.email()) == 1);
        assertThat(page.getByText("Nothing failed, nothing waiting"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
        assertThat(failed).hasCount(0);
        screenshot("email-outbox-delivered-1280");
        assertThat(org.admin.api().get("/api/admin/email-outbox?status=sent").string("$.items[0].toAddress"))
                .isEqualTo(alice.email());
        assertThat(mailTo(alice.email())).isEqualTo(1);
    }

    private static long mailTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(a -> a.toString().contains(address));
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .count();
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
