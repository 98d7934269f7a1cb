package io.worktrackr.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.Fixtures.User;
import io.worktrackr.testing.Json;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The ticket conversation in a real browser: replies, internal notes, files, and hostile input. */
class ConversationBrowserTests extends BrowserTest {

    /** Each would set window.__xss if any script or handler survived the server and the page. */
    static final List<String> EXECUTING_VECTORS = List.of(
            "<script>window.__xss=1</script>",
            "<img src=x onerror=\"window.__xss=1\">",
            "<svg/onload=\"window.__xss=1\">",
            "<details open ontoggle=\"window.__xss=1\">",
            "<iframe src=\"javascript:parent.__xss=1\"></iframe>",
            "<math><mtext><table><mglyph><style><img src=x onerror=\"window.__xss=1\">",
            "<a href=\"javascript:window.__xss=1\">click</a>",
            "[click](javascript:window.__xss=1)",
            "[click](JaVaScRiPt:window.__xss=1)",
            "![x](x\" onerror=\"window.__xss=1)",
            "<body onload=\"window.__xss=1\">",
            "<input autofocus onfocus=\"window.__xss=1\">",
            "<<SCRIPT>window.__xss=1//<</SCRIPT>");

    Org org;
    User alice;
    User bob;
    JsonNode ticket;
    long number;

    @BeforeEach
    void ticket() {
        org = fixtures.organisation();
        alice = org.agent("Alice");
        bob = org.agent("Bob");
        ticket = org.ticket(Map.of("title", "Printer jams", "description", "Every morning."));
        number = Json.number(ticket, "$.number");
    }

    @Test
    void hostileCommentsRenderAsHarmlessTextAndRunNoScript() {
        for (String vector : EXECUTING_VECTORS) {
            Map<String, Object> comment = Map.of("body", vector, "visibility", "public");
            assertThat(org.admin
                            .api()
                            .post("/api/tickets/" + Json.string(ticket, "$.id") + "/comments", comment)
                            .status())
                    .isEqualTo(201);
        }
        signIn(alice.email());

        page.navigate("/t/" + number);

        assertThat(comments()).hasCount(EXECUTING_VECTORS.size());
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        Locator conversation = page.getByLabel("Conversation");
        for (Locator link : conversation.locator("a").all()) {
            String href = link.getAttribute("href");
            assertThat(href == null ? "" : href.toLowerCase().replaceAll("\\s", ""))
                    .doesNotStartWith("javascript:");
        }
        assertThat(conversation.locator("script, iframe, svg[onload], [onerror], [onload], [ontoggle], [onfocus]"))
                .hasCount(0);
        assertThat(page.evaluate("() => window.__xss === undefined")).isEqualTo(true);
    }

    @Test
    void aReplyWithAFileSurvivesAReloadAndTheFileDownloadsByteIdentical() throws Exception {
        byte[] png = png();
        signIn(alice.email());
        page.navigate("/t/" + number);

        page.getByLabel("Message").fill("Here is the **error** screen.");
        page.locator("input[type=file]").setInputFiles(new FilePayload("error screen.png", "image/png", png));
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Send").setExact(true))
                .click();

        assertThat(comments()).hasCount(1);
        assertThat(page.locator("[data-testid^='attachment-']")).hasCount(1);
        assertThat(page.getByLabel("Message")).hasValue("");
        page.reload();
        Locator reply = comments().first();
        assertThat(reply).hasAttribute("data-visibility", "public");
        assertThat(reply.locator("strong")).hasText("error");
        Locator chip = page.locator("[data-testid^='attachment-']").first();
        assertThat(chip).containsText("error screen.png");
        screenshot("ticket-conversation");

        Download download = page.waitForDownload(
                () -> chip.locator("a[href^='/api/attachments/']").first().click());
        byte[] downloaded = Files.readAllBytes(download.path());
        assertThat(sha256(downloaded)).isEqualTo(sha256(png));
        JsonNode stored = alice.api()
                .get("/api/tickets/" + Json.string(ticket, "$.id") + "/attachments")
                .body()
                .get("items")
                .get(0);
        assertThat(Json.string(stored, "$.sha256")).isEqualTo(sha256(png));
        assertThat(Json.string(stored, "$.contentType")).isEqualTo("image/png");
    }

    @Test
    void anInternalNoteMentioningAColleagueIsShownAsInternalAndReachesTheirMentions() {
        signIn(alice.email());
        page.navigate("/t/" + number);

        page.getByText("Internal note", new Page.GetByTextOptions().setExact(true))
                .click();
        String handle = bob.email().substring(0, bob.email().indexOf('@'));
        page.getByLabel("Message").fill("Looping in @" + handle + " for the printer.");
        page.getByLabel("Message").press("Control+Enter");

        Locator note = comments().first();
        assertThat(note).hasAttribute("data-visibility", "internal");
        assertThat(note.getByText("Internal", new Locator.GetByTextOptions().setExact(true)))
                .isVisible();
        page.reload();
        assertThat(comments().first()).hasAttribute("data-visibility", "internal");
        assertThat(comments().first().locator("a.mention")).hasText("@" + handle);
        screenshot("internal-note");
        JsonNode mentions = bob.api().get("/api/mentions?unread=true").body().get("items");
        assertThat(mentions).hasSize(1);
        assertThat(Json.number(mentions, "$[0].ticket.number")).isEqualTo(number);
    }

    private Locator comments() {
        return page.locator("[data-testid^='comment-']");
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 40; x++) {
            for (int y = 0; y < 30; y++) {
                image.setRGB(x, y, (x * 6) << 16 | (y * 8) << 8 | 0x40);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
