package io.worktrackr.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.Fixtures.User;
import io.worktrackr.testing.Json;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The agent's day from the keyboard (issue 15): the shortcuts of the one registry behind the {@code ?} help, the
 * command palette and "Send and set status", checked against what the server then holds; and dark mode, which
 * follows the system until the header's theme menu picks light or dark, and follows it again on request.
 */
class KeyboardBrowserTests extends BrowserTest {

    Org org;
    User alice;
    long printer;
    long vpn;
    long invoice;

    @BeforeEach
    void organisation() {
        org = fixtures.organisation();
        alice = org.agent("Alice");
        printer = Json.number(org.ticket("Printer on fire"), "$.number");
        vpn = Json.number(org.ticket("VPN drops every hour"), "$.number");
        invoice = Json.number(org.ticket("Invoice charged twice"), "$.number");
    }

    @Test
    void anAgentWorksThroughTheOpenViewWithoutTheMouse() {
        signIn(alice.email());
        page.navigate("/?view=open");
        assertThat(page.getByTestId("ticket-row-" + printer)).isVisible();
        assertThat(page).hasTitle("Open · WorkTrackr");

        // j highlights the first row (the newest: the view sorts by last update), Enter opens it; the tab names it
        page.keyboard().press("j");
        page.keyboard().press("Enter");
        assertThat(heading("Invoice charged twice")).isVisible();
        assertThat(page).hasTitle("#" + invoice + " Invoice charged twice · WorkTrackr");

        // j/k: next and previous ticket of the Open view
        page.keyboard().press("j");
        assertThat(heading("VPN drops every hour")).isVisible();
        page.keyboard().press("j");
        assertThat(heading("Printer on fire")).isVisible();
        page.keyboard().press("k");
        assertThat(heading("VPN drops every hour")).isVisible();
        page.keyboard().press("k");
        assertThat(heading("Invoice charged twice")).isVisible();

        // e opens the status choice; a assigns to me
        page.keyboard().press("e");
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName("In Progress").setExact(true))
                .click();
        assertThat(page.getByText("#" + invoice + " moved to In Progress")).isVisible();
        // the ticket's controls wait until the change's refresh settles (a person sees the buttons come back): `a`
        // pressed before that is not taken, which made this test fail on a busy CI machine
        assertThat(page.getByRole(
                        AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign #" + invoice + " to me")))
                .isEnabled();
        page.keyboard().press("a");
        assertThat(page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Assignee of #" + invoice)))
                .hasValue("Alice");

        // r: a public reply, then "Send and set Pending": the reply first, then the status
        page.keyboard().press("r");
        assertThat(page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Message")))
                .isFocused();
        page.keyboard().type("Waiting for your logs.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send and set status"))
                .click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Send and set Pending"))
                .click();
        assertThat(page.getByText("#" + invoice + " moved to Pending")).isVisible();
        assertThat(page.getByText("Waiting for your logs.")).isVisible();
        JsonNode ticket = serverTicket(invoice);
        assertThat(Json.string(ticket, "$.status")).isEqualTo("pending");
        assertThat(Json.string(ticket, "$.assignee.name")).isEqualTo("Alice");
        assertThat(org.admin
                        .api()
                        .get("/api/tickets/" + Json.string(ticket, "$.id") + "/comments")
                        .body()
                        .toString())
                .contains("Waiting for your logs.");

        // u: back to the list it came from (the ticket left Open); c: a new ticket
        leaveTheField();
        page.keyboard().press("u");
        assertThat(page).hasURL(Pattern.compile("/\\?view=open$"));
        assertThat(page.getByTestId("ticket-row-" + vpn)).isVisible();
        assertThat(page.getByTestId("ticket-row-" + invoice)).hasCount(0);
        page.keyboard().press("c");
        assertThat(page).hasURL(Pattern.compile("/new$"));
        assertThat(page).hasTitle("New ticket · WorkTrackr");

        // Ctrl+K from inside a field: jump to a ticket by its number
        page.getByRole(AriaRole.TEXTBOX).first().focus();
        page.keyboard().press("Control+k");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Jump to a ticket or run a command"))
                .fill("#" + printer);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("#" + printer + " Printer on fire"))
                .click();
        assertThat(heading("Printer on fire")).isVisible();
        assertThat(page).hasURL(Pattern.compile("/t/" + printer + "$"));

        // ? shows the help, fed by the same registry
        leaveTheField();
        page.keyboard().press("?");
        assertThat(page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Keyboard shortcuts"))
                        .getByText("Write an internal note"))
                .isVisible();
    }

    @Test
    void darkModeFollowsTheSystemUntilThePersonPicksOneAndCanFollowItAgain() {
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
        signIn(alice.email());
        page.navigate("/?view=open");
        assertThat(page.getByTestId("ticket-row-" + invoice)).isVisible();
        assertThat(page.locator("html")).hasAttribute("data-mantine-color-scheme", "dark");
        String darkBackground = background();

        chooseTheme("Light");
        assertThat(page.locator("html")).hasAttribute("data-mantine-color-scheme", "light");
        assertThat(background()).isNotEqualTo(darkBackground);
        page.reload();
        assertThat(page.getByTestId("ticket-row-" + invoice)).isVisible();
        assertThat(page.locator("html")).hasAttribute("data-mantine-color-scheme", "light");

        // back to the system's (dark), and it follows the system when that changes
        chooseTheme("Match the system");
        assertThat(page.locator("html")).hasAttribute("data-mantine-color-scheme", "dark");
        assertThat(background()).isEqualTo(darkBackground);
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));
        assertThat(page.locator("html")).hasAttribute("data-mantine-color-scheme", "light");
        page.reload();
        assertThat(page.getByTestId("ticket-row-" + invoice)).isVisible();
        assertThat(page.locator("html")).hasAttribute("data-mantine-color-scheme", "light");

        chooseTheme("Dark");
        assertThat(page.locator("html")).hasAttribute("data-mantine-color-scheme", "dark");
        assertThat(background()).isEqualTo(darkBackground);
    }

    private void chooseTheme(String choice) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Theme").setExact(true))
                .click();
        page.getByRole(
                        AriaRole.MENUITEM,
                        new Page.GetByRoleOptions().setName(choice).setExact(true))
                .click();
    }

    /** Keys go to the page again (as after a click on empty space). */
    private void leaveTheField() {
        page.evaluate("() => document.activeElement instanceof HTMLElement && document.activeElement.blur()");
    }

    private String background() {
        return (String) page.evaluate("() => getComputedStyle(document.body).backgroundColor");
    }

    private com.microsoft.playwright.Locator heading(String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name));
    }

    private JsonNode serverTicket(long number) {
        return org.admin.api().get("/api/ticket-numbers/" + number).body();
    }
}
