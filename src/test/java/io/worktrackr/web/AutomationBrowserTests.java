package io.worktrackr.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.worktrackr.testing.Api;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.Fixtures.User;
import io.worktrackr.testing.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Workflow automation in the browser (issue 13, "done when"): an admin builds "assign new Billing tickets
 * round-robin" from the template, sees its dry run over the last 7 days, enables it; new Billing tickets are then
 * assigned in turn to the queue's members, and each ticket's history names the rule and why it acted.
 */
class AutomationBrowserTests extends BrowserTest {

    private static final String RULE = "Assign new Billing tickets round-robin";

    Org org;
    User ann;
    User ben;
    String billingId;

    @BeforeEach
    void billingQueueWithTwoAgents() {
        org = fixtures.organisation();
        ann = org.agent("Ann Agent");
        ben = org.agent("Ben Agent");
        // a new organisation starts with a Billing queue; its members are the two agents
        billingId = org.queues.get("Billing").toString();
        Api.Response members = org.admin
                .api()
                .put("/api/queues/" + billingId + "/members", Map.of("userIds", List.of(ann.id(), ben.id())));
        assertThat(members.status()).as(members.toString()).isIn(200, 204);
    }

    private static Page.GetByRoleOptions exactly(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    private static Locator.GetByRoleOptions inside(String name) {
        return new Locator.GetByRoleOptions().setName(name).setExact(true);
    }

    private JsonNode billingTicket(String title) {
        return org.ticket(Map.of("title", title, "description", "About " + title, "queueId", billingId));
    }

    private void fitsAPhone(String what) {
        // the layout settles after the resize (Mantine's breakpoints re-render): wait for it, then judge
        try {
            page.waitForFunction(
                    "() => document.documentElement.scrollWidth <= 390",
                    null,
                    new Page.WaitForFunctionOptions().setTimeout(5_000));
        } catch (com.microsoft.playwright.TimeoutError overflowing) {
            // reported by the assertion below, with the width
        }
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .as(what + " fits a phone: no sideways scrolling")
                .isLessThanOrEqualTo(390);
    }

    @Test
    void anAdminBuildsARoundRobinRuleFromTheTemplateSeesItsDryRunAndNewBillingTicketsAreAssignedInTurn() {
        // last week's Billing tickets: what the dry run replays
        long invoice = Json.number(billingTicket("Invoice missing"), "$.number");
        long charged = Json.number(billingTicket("Charged twice"), "$.number");
        org.ticket(Map.of("title", "Printer jammed", "description", "Not billing"));

        signIn(org.admin.email());
        page.navigate("/settings/automation");
        assertThat(page.getByRole(AriaRole.HEADING, exactly("Automation"))).isVisible();
        page.getByRole(AriaRole.LINK, exactly("New rule")).click();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName(Pattern.compile("^Assign new tickets in a queue round-robin")))
                .click();

        Locator form = page.getByRole(AriaRole.FORM, exactly("New rule"));
        form.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true)).fill(RULE);
        Locator condition = form.getByRole(AriaRole.LISTITEM, inside("Condition 1"));
        condition
                .getByLabel("Queue", new Locator.GetByLabelOptions().setExact(true))
                .first()
                .click();
        page.getByRole(AriaRole.OPTION, exactly("Billing")).click();

        form.getByRole(AriaRole.BUTTON, inside("Preview (dry run)")).click();
        Locator dryRun = page.getByRole(AriaRole.REGION, exactly("Dry run"));
        assertThat(dryRun).isVisible();
        screenshot("automation-editor-1280");
        page.setViewportSize(390, 844);
        screenshot("automation-editor-390");
        fitsAPhone("the rule editor");
        page.setViewportSize(1280, 900);
        assertThat(dryRun.getByRole(AriaRole.STATUS)).hasText("This rule would have fired 2 times in the last 7 days.");
        assertThat(dryRun.getByRole(AriaRole.LINK, inside("#" + invoice + " Invoice missing")))
                .isVisible();
        assertThat(dryRun.getByRole(AriaRole.LINK, inside("#" + charged + " Charged twice")))
                .isVisible();
        assertThat(dryRun).not().containsText("Printer jammed");

        form.getByRole(AriaRole.SWITCH, inside("Enabled")).check();
        form.getByRole(AriaRole.BUTTON, inside("Create rule")).click();
        Locator rule = page.getByRole(AriaRole.LISTITEM, exactly(RULE));
        assertThat(rule).containsText("When a ticket is created, if queue is Billing: assign round-robin");
        assertThat(rule.getByRole(AriaRole.SWITCH, inside(RULE + " enabled"))).isChecked();
        // the dry run changed nothing
        assertThat(org.admin.api().get("/api/tickets?view=unassigned").size("$.items"))
                .isEqualTo(3);

        // four new Billing tickets and one elsewhere
        List<String> billingIds = new ArrayList<>();
        List<Long> billingNumbers = new ArrayList<>();
        for (String title : List.of("Refund please", "VAT number wrong", "Card declined", "Receipt lost")) {
            JsonNode ticket = billingTicket(title);
            billingIds.add(Json.string(ticket, "$.id"));
            billingNumbers.add(Json.number(ticket, "$.number"));
        }
        String other = Json.string(org.ticket(Map.of("title", "Mouse broken", "description", "General")), "$.id");

        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> billingIds.stream()
                        .allMatch(id -> org.admin
                                .api()
                                .get("/api/tickets/" + id)
                                .body()
                                .path("assignee")
                                .isObject()));
        Map<String, Integer> perAgent = new HashMap<>();
        for (String id : billingIds) {
            perAgent.merge(org.admin.api().get("/api/tickets/" + id).string("$.assignee.id"), 1, Integer::sum);
        }
        assertThat(perAgent)
                .as("fair turns between the queue's two members")
                .containsOnlyKeys(ann.id().toString(), ben.id().toString())
                .containsValues(2, 2);
        assertThat(org.admin
                        .api()
                        .get("/api/tickets/" + other)
                        .body()
                        .path("assignee")
                        .isObject())
                .as("a ticket of another queue is left alone")
                .isFalse();

        // the list: it fired four times
        page.reload();
        assertThat(rule).containsText("fired 4 times in the last 7 days");
        screenshot("automation-list-1280");
        page.setViewportSize(390, 844);
        screenshot("automation-list-390");
        fitsAPhone("the rules list");
        page.setViewportSize(1280, 900);

        // each ticket's history names the rule and why it acted
        page.navigate("/t/" + billingNumbers.get(0));
        assertThat(page.getByRole(AriaRole.HEADING, exactly("Refund please"))).isVisible();
        assertThat(page.getByText("Automation: " + RULE).first())
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
        assertThat(page.getByTestId("automation-because").first())
                .hasText("because #" + billingNumbers.get(0) + " was created");
        screenshot("automation-ticket-history-1280");
    }
}
