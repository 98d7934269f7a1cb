package io.worktrackr.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.worktrackr.testing.Api;
import io.worktrackr.testing.Fixtures;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.Json;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Issue 12's pre-hijacking attack, end to end in the browser (the API-level twin is {@code
 * EmailOwnershipIntegrationTests}): an outsider signs up with Carol's address and never proves it; Victimcorp adds
 * Carol; the outsider, signed in, is refused when joining in the app and sees none of Victimcorp's tickets; the real
 * Carol opens the e-mailed invitation link, which proves the address, is told an unconfirmed account has it, and is
 * in Victimcorp (only) with a password of her own, while the outsider's session and password stop working.
 */
@TestPropertySource(
        properties = {
            "worktrackr.mail.send-interval=250ms",
            "worktrackr.mail.smtp.starttls=false",
            "worktrackr.mail.from=WorkTrackr <hijack@tests.worktrackr.io>",
            "worktrackr.mail.base-url=http://wt.test"
        })
class EmailOwnershipBrowserTests extends BrowserTest {

    static final int SMTP_PORT = freePort();
    static final GreenMail SMTP = startSmtp();
    static final Pattern INVITATION_LINK =
            Pattern.compile("http://wt\\.test(/invitations/accept#token=[A-Za-z0-9_-]+)");

    private static final String OUTSIDERS_PASSWORD = "correct-horse-battery";
    private static final String CAROLS_PASSWORD = "carols-own-secret";
    private static final String REFUSAL =
            "Confirm your e-mail address first (the link we sent you), or use the e-mailed invitation link.";
    /** The outsider's browser checks its session every 5 s. */
    private static final LocatorAssertions.IsVisibleOptions WITHIN_SECONDS =
            new LocatorAssertions.IsVisibleOptions().setTimeout(20_000);

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        registry.add("worktrackr.mail.smtp.host", () -> "127.0.0.1");
        registry.add("worktrackr.mail.smtp.port", () -> SMTP_PORT);
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @Test
    void thePreHijackingAttackFailsTheOutsiderIsRefusedAndTheRealCarolGetsIn() {
        Org victimcorp = fixtures.organisation();
        String victimcorpName = victimcorp.admin.api().get("/api/me").string("$.currentOrganisation.name");
        JsonNode payroll = victimcorp.ticket("Payroll export for March");
        String payrollTitle = Json.string(payroll, "$.title");
        String carol = Fixtures.unique("carol") + "@victimcorp.test";

        // 1. the outsider signs up in the browser with Carol's address (and never sees the confirmation link)
        page.navigate("/login");
        page.getByRole(AriaRole.LINK, named("Create an organisation")).click();
        page.getByLabel("Organisation name", exact()).fill(Fixtures.unique("Outsider Ltd"));
        page.getByLabel("Your name", exact()).fill("Not Carol");
        page.getByLabel("Email", exact()).fill(carol);
        page.getByLabel("Password", exact()).fill(OUTSIDERS_PASSWORD);
        page.getByRole(AriaRole.BUTTON, named("Create organisation")).click();
        assertThat(page.getByTestId("count-my"))
                .hasText("0", new LocatorAssertions.HasTextOptions().setTimeout(20_000));
        JsonNode outsiderMe = outsiderGet("/api/me");
        assertThat(outsiderMe.get("emailVerified").asBoolean()).isFalse();
        UUID outsidersAccount = Json.uuid(outsiderMe, "$.user.id");
        assertThat(outsiderMe.get("memberships").size()).isEqualTo(1);

        // 2. Victimcorp's admin adds Carol: her address has an (unverified) account, so she is invited — in the app
        // and by e-mail. The web app's Invite button only makes a link (no in-app invitation for an existing
        // account), so she is added as the integration test does, by POST /api/members; the admin sees her pending.
        Api.Response added = victimcorp
                .admin
                .api()
                .post(
                        "/api/members",
                        Map.of("email", carol, "name", "Carol", "role", "agent", "password", Fixtures.PASSWORD));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        try (BrowserContext admins = newContext(1280, 900)) {
            Page admin = admins.newPage();
            watch(admin, "admin's browser");
            signInOn(admin, victimcorp.admin.email(), Fixtures.PASSWORD);
            admin.navigate("/settings/members");
            assertThat(admin.getByText(carol).first()).isVisible();
            screenshotOf(admin, "hijack-admin-members-1280");
        }

        // 3. the outsider, signed in, sees the invitation but joining in the app is refused: the address is unproven
        page.reload();
        Locator join = page.getByText("Join " + victimcorpName, new Page.GetByTextOptions().setExact(true))
                .first();
        screenshot("hijack-outsider-invited-1280");
        assertThat(join).isVisible();
        com.microsoft.playwright.Response refused = page.waitForResponse(
                r -> r.url().endsWith("/api/me/invitations/" + victimcorp.id + "/accept"), join::click);
        assertThat(refused.status()).as(refused.text()).isEqualTo(403);
        assertThat(Json.string(Api.JSON.readTree(refused.text()), "$.type")).endsWith("/email-unverified");
        assertThat(page.getByText("Could not join " + victimcorpName)).isVisible();
        assertThat(page.getByText(REFUSAL)).isVisible();
        screenshot("hijack-outsider-refused-1280");
        // on a phone, freshly loaded (a resized page would be caught mid-way through the navigation's slide-out)
        page.setViewportSize(390, 844);
        page.reload();
        assertThat(page.getByRole(AriaRole.HEADING, named("My Tickets"))).isVisible();
        screenshot("hijack-outsider-after-refusal-390");
        page.setViewportSize(1280, 900);

        JsonNode afterRefusal = outsiderGet("/api/me");
        assertThat(afterRefusal.get("memberships").size()).isEqualTo(1);
        assertThat(afterRefusal.get("invitations").size())
                .as("still only invited")
                .isEqualTo(1);
        assertThat(page.request()
                        .get("/api/tickets/" + Json.string(payroll, "$.id"))
                        .status())
                .isEqualTo(404);
        page.navigate("/?view=all");
        assertThat(page.getByText("No tickets yet")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, named(literal(payrollTitle)))).hasCount(0);

        // 4. the real Carol gets the invitation e-mail, opens its link in her own browser and chooses her password
        String link = linkIn(awaitInvitationTo(carol));
        try (BrowserContext carolsBrowser = newContext(1280, 900)) {
            Page carols = carolsBrowser.newPage();
            watch(carols, "Carol's browser");
            carols.navigate(link);
            try {
                // the first page of a new browser: loading the app may take a while on a busy machine
                assertThat(carols.getByRole(AriaRole.HEADING, named("Join " + literal(victimcorpName))))
                        .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
            } catch (AssertionError e) {
                screenshotOf(carols, "hijack-carol-invitation-failed");
                throw new AssertionError(
                        "Carol's page at " + carols.url() + " (link " + link + ") shows: "
                                + carols.locator("body").innerText(),
                        e);
            }
            assertThat(carols.getByText("You were invited as " + carol + ".")).isVisible();
            // the page says an unconfirmed account has the address, what joining does to it, and how its owner
            // would keep it instead (sign in first)
            assertThat(carols.getByText("This address already has an unconfirmed account"))
                    .isVisible();
            assertThat(carols.getByRole(AriaRole.LINK, named("Sign in as " + literal(carol))))
                    .isVisible();
            screenshotOf(carols, "hijack-carol-invitation-1280");
            carols.setViewportSize(390, 844);
            screenshotOf(carols, "hijack-carol-invitation-390");
            carols.setViewportSize(1280, 900);
            carols.getByLabel("Your name").fill("Carol Real");
            carols.getByLabel("Choose a password").fill(CAROLS_PASSWORD);
            carols.getByRole(AriaRole.BUTTON, named("Join " + literal(victimcorpName)))
                    .click();
            assertThat(carols.getByTestId("count-my")).isVisible();
            carols.navigate("/?view=all");
            assertThat(carols.getByRole(AriaRole.LINK, named(literal(payrollTitle))))
                    .isVisible();
            screenshotOf(carols, "hijack-carol-inside-1280");
            carols.setViewportSize(390, 844);
            assertThat(carols.getByRole(AriaRole.LINK, named(literal(payrollTitle))))
                    .isVisible();
            screenshotOf(carols, "hijack-carol-inside-390");
        }

        // the outsider's browser is signed out, and the outsider's password no longer opens the account
        page.bringToFront();
        assertThat(page.getByText("You were signed out elsewhere. Please sign in again."))
                .isVisible(WITHIN_SECONDS);
        page.navigate("/login");
        page.getByLabel("Email", exact()).fill(carol);
        page.getByLabel("Password", exact()).fill(OUTSIDERS_PASSWORD);
        page.getByRole(AriaRole.BUTTON, named("Sign in")).click();
        assertThat(page.getByText("Wrong email or password.")).isVisible();
        assertThat(page.getByTestId("count-my")).hasCount(0);

        // and through the API: the outsider holds nothing; Carol, with her own password, is Victimcorp's member
        assertThat(page.request().get("/api/me").status()).isEqualTo(401);
        assertThat(login(carol, OUTSIDERS_PASSWORD).status()).isEqualTo(401);
        Api realCarol = Api.session(port);
        Api.Response signedIn = realCarol.post("/api/auth/login", Map.of("email", carol, "password", CAROLS_PASSWORD));
        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(200);
        assertThat(signedIn.bool("$.emailVerified")).isTrue();
        assertThat(signedIn.string("$.user.name")).isEqualTo("Carol Real");
        System.out.println("[hijack] Carol signs in to: " + signedIn.body());
        assertThat(realCarol.get("/api/me").strings("$.memberships[*].organisationId"))
                .as("the organisation the outsider signed up with is not hers")
                .containsExactly(victimcorp.id.toString());
        JsonNode members = victimcorp.admin.api().get("/api/members").body();
        List<JsonNode> carols = streamOf(members)
                .filter(m -> Json.string(m, "$.email").equals(carol))
                .toList();
        assertThat(carols).hasSize(1);
        assertThat(Json.string(carols.get(0), "$.name")).isEqualTo("Carol Real");
        assertThat(Json.string(carols.get(0), "$.id")).isEqualTo(outsidersAccount.toString());
        assertThat(streamOf(members).map(m -> Json.string(m, "$.name"))).doesNotContain("Not Carol");
    }

    // -----------------------------------------------------------------------------------------------

    private JsonNode outsiderGet(String path) {
        APIResponse response = page.request().get(path);
        assertThat(response.status()).as(path + ": " + response.text()).isEqualTo(200);
        return Api.JSON.readTree(response.text());
    }

    private Api.Response login(String email, String password) {
        return Api.session(port).post("/api/auth/login", Map.of("email", email, "password", password));
    }

    private static java.util.stream.Stream<JsonNode> streamOf(JsonNode array) {
        java.util.List<JsonNode> items = new java.util.ArrayList<>();
        array.forEach(items::add);
        return items.stream();
    }

    private static MimeMessage awaitInvitationTo(String address) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> !invitationsTo(address).isEmpty());
        List<MimeMessage> mails = invitationsTo(address);
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private static List<MimeMessage> invitationsTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getSubject().contains("invited you to")
                                && Arrays.stream(m.getAllRecipients())
                                        .anyMatch(a -> a.toString().contains(address));
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /**
     * The link as the reader sees it: from the decoded text part (the raw message may be quoted-printable, where the
     * link's "=" is written "=3D" and a naive match reads a token that does not exist).
     */
    private static String linkIn(MimeMessage mail) {
        Matcher matcher = INVITATION_LINK.matcher(textOf(mail));
        assertThat(matcher.find()).as("an invitation link in the e-mail").isTrue();
        return matcher.group(1);
    }

    private static String textOf(Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return part.getContent().toString();
            }
            if (part.getContent() instanceof Multipart multipart) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < multipart.getCount(); i++) {
                    text.append(textOf(multipart.getBodyPart(i)));
                }
                return text.toString();
            }
            return "";
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Page.GetByLabelOptions exact() {
        return new Page.GetByLabelOptions().setExact(true);
    }

    /**
     * A literal inside a name pattern. Not {@code Pattern.quote}: Playwright hands the pattern to the browser as a
     * JavaScript regular expression, which has no {@code \\Q…\\E} (it read "Join \\Qorg-1\\E" as "Join Qorg-1E").
     */
    private static String literal(String text) {
        return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
    }

    private static Locator.GetByRoleOptions within(String pattern) {
        return new Locator.GetByRoleOptions().setName(Pattern.compile("^" + pattern + "$"));
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
