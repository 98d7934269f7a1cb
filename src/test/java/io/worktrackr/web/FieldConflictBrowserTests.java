package io.worktrackr.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.Fixtures.User;
import io.worktrackr.testing.Json;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Conflicts field by field (issue 15), alice and bob in two browsers on one ticket: a change of another field never
 * stops a save; a change of the same field shows "theirs vs yours" and the choice is what the server holds.
 */
class FieldConflictBrowserTests extends BrowserTest {

    Org org;
    User alice;
    User bob;

    @BeforeEach
    void organisation() {
        org = fixtures.organisation();
        alice = org.agent("Alice");
        bob = org.agent("Bob");
    }

    @Test
    void bobChangesThePriorityWhileAliceEditsTheTitleAndHerSaveSucceeds() {
        JsonNode ticket = org.ticket("Printer jammed");
        long number = Json.number(ticket, "$.number");
        signIn(alice.email());
        page.navigate("/t/" + number);
        editTitle(page, "Printer jammed on floor 2");

        try (BrowserContext bobsBrowser = newContext(1280, 900)) {
            Page bobPage = bobsBrowser.newPage();
            watch(bobPage, "other page");
            signInOn(bobPage, bob.email());
            bobPage.navigate("/t/" + number);
            choose(bobPage, combo(bobPage, "Priority of #" + number), "Urgent");
            assertThat(bobPage.getByText("#" + number + " priority set to Urgent"))
                    .isVisible();
        }
        assertThat(combo(page, "Priority of #" + number)).hasValue("Urgent");
        assertThat(page.getByText(Pattern.compile("changed the title meanwhile")))
                .hasCount(0);

        page.getByRole(AriaRole.BUTTON, named("Save")).click();

        assertThat(page.getByRole(AriaRole.HEADING, named("Printer jammed on floor 2")))
                .isVisible();
        // the toast sits below the header: its actions (search, New ticket, the bell, the account) stay usable
        Locator toast = page.getByText("#" + number + " title saved");
        assertThat(toast).isVisible();
        com.microsoft.playwright.options.BoundingBox header =
                page.locator("header").first().boundingBox();
        Assertions.assertThat(toast.boundingBox().y).isGreaterThanOrEqualTo(header.y + header.height);
        screenshot("field-conflict-other-field-saved-1280");
        page.reload();
        assertThat(page.getByRole(AriaRole.HEADING, named("Printer jammed on floor 2")))
                .isVisible();
        assertThat(combo(page, "Priority of #" + number)).hasValue("Urgent");
        JsonNode stored = org.admin
                .api()
                .get("/api/tickets/" + Json.string(ticket, "$.id"))
                .body();
        Assertions.assertThat(Json.string(stored, "$.title")).isEqualTo("Printer jammed on floor 2");
        Assertions.assertThat(Json.string(stored, "$.priority")).isEqualTo("urgent");
    }

    @Test
    void bobChangesTheTitleWhileAliceEditsItAndSheSeesTheirsVsYoursAndPicks() {
        JsonNode ticket = org.ticket("Printer jammed");
        long number = Json.number(ticket, "$.number");
        String path = "/api/tickets/" + Json.string(ticket, "$.id");
        signIn(alice.email());

        // 1. a change alice's page has not heard of (its live stream is held): the server refuses her Save with
        //    the field conflict, she keeps hers
        Page held = context.newPage();
        watch(held, "other page");
        held.route("**/api/live**", route -> {});
        held.navigate("/t/" + number);
        editTitle(held, "Printer out of paper");
        try (BrowserContext bobsBrowser = newContext(1280, 900)) {
            Page bobPage = bobsBrowser.newPage();
            watch(bobPage, "other page");
            signInOn(bobPage, bob.email());
            bobPage.navigate("/t/" + number);
            editTitle(bobPage, "Printer on fire");
            bobPage.getByRole(AriaRole.BUTTON, named("Save")).click();
            assertThat(bobPage.getByRole(AriaRole.HEADING, named("Printer on fire")))
                    .isVisible();
        }
        held.getByRole(AriaRole.BUTTON, named("Save")).click();

        Locator conflict =
                held.getByRole(AriaRole.ALERT, new Page.GetByRoleOptions().setName("Bob changed the title meanwhile"));
        assertThat(conflict).isVisible();
        assertThat(conflict.getByTestId("conflict-theirs")).hasText("Printer on fire");
        assertThat(conflict.getByTestId("conflict-yours")).hasText("Printer out of paper");
        assertThat(held.getByRole(AriaRole.BUTTON, named("Save"))).isDisabled();
        screenshotOf(held, "field-conflict-theirs-vs-yours-1280");
        held.setViewportSize(390, 844);
        screenshotOf(held, "field-conflict-theirs-vs-yours-390");
        held.setViewportSize(1280, 900);

        conflict.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Keep mine"))
                .click();
        assertThat(held.getByRole(AriaRole.HEADING, named("Printer out of paper")))
                .isVisible();
        held.reload();
        assertThat(held.getByRole(AriaRole.HEADING, named("Printer out of paper")))
                .isVisible();
        Assertions.assertThat(org.admin.api().get(path).string("$.title")).isEqualTo("Printer out of paper");
        held.close();

        // 2. a change alice's page hears of live while she edits: the conflict shows at once, she takes theirs
        page.navigate("/t/" + number);
        editTitle(page, "Printer needs toner");
        try (BrowserContext bobsBrowser = newContext(1280, 900)) {
            Page bobPage = bobsBrowser.newPage();
            watch(bobPage, "other page");
            signInOn(bobPage, bob.email());
            bobPage.navigate("/t/" + number);
            editTitle(bobPage, "Printer replaced");
            bobPage.getByRole(AriaRole.BUTTON, named("Save")).click();
            assertThat(bobPage.getByRole(AriaRole.HEADING, named("Printer replaced")))
                    .isVisible();
        }
        Locator live =
                page.getByRole(AriaRole.ALERT, new Page.GetByRoleOptions().setName("Bob changed the title meanwhile"));
        assertThat(live).isVisible();
        assertThat(live.getByTestId("conflict-theirs")).hasText("Printer replaced");
        assertThat(page.getByRole(AriaRole.TEXTBOX, named("Title"))).hasValue("Printer needs toner");

        live.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Take theirs"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Printer replaced"))).isVisible();
        page.reload();
        assertThat(page.getByRole(AriaRole.HEADING, named("Printer replaced"))).isVisible();
        Assertions.assertThat(org.admin.api().get(path).string("$.title")).isEqualTo("Printer replaced");
    }

    @Test
    void aClosedTicketReadsAsReadOnlyAndOffersReopen() {
        JsonNode ticket =
                org.ticket(java.util.Map.of("title", "Old printer", "description", "The **old** printer is gone."));
        long number = Json.number(ticket, "$.number");
        org.admin.api().patch("/api/tickets/" + Json.string(ticket, "$.id"), java.util.Map.of("status", "closed"));
        signIn(alice.email());
        page.navigate("/t/" + number);

        assertThat(page.getByTestId("closed-notice-fields")).isVisible();
        assertThat(page.getByTestId("closed-notice-reply")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, named("Edit title"))).hasCount(0);
        assertThat(combo(page, "Priority of #" + number)).isDisabled();
        assertThat(page.getByTestId("ticket-description").locator("strong")).hasText("old");
        screenshot("closed-ticket-1280");
        page.setViewportSize(390, 844);
        screenshot("closed-ticket-390");
        page.setViewportSize(1280, 900);

        page.getByRole(AriaRole.BUTTON, named("Reopen")).click();
        assertThat(page.getByRole(AriaRole.BUTTON, named("Edit title"))).isVisible();
        assertThat(combo(page, "Status of #" + number)).hasValue("Open");
    }

    // -----------------------------------------------------------------------------------------------

    private static void editTitle(Page on, String to) {
        on.getByRole(AriaRole.BUTTON, named("Edit title")).click();
        on.getByRole(AriaRole.TEXTBOX, named("Title")).fill(to);
    }

    private static Locator combo(Page scope, String name) {
        return scope.getByRole(
                AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static void choose(Page on, Locator select, String option) {
        select.click();
        on.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName(option).setExact(true))
                .click();
    }
}
