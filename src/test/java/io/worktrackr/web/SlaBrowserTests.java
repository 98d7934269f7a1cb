package io.worktrackr.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.RequestOptions;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.Json;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SLA in the browser as time passes (issue 10): the server's clock moves through the test-only clock endpoint
 * and the browser's through Playwright's clock, together; a ticket's badge goes from time left to at risk to
 * breached and the sidebar's counts follow; pending shows paused; the badge explains itself. And the admin page.
 */
class SlaBrowserTests extends BrowserTest {

    Org org;

    @BeforeEach
    void organisationOnATwentyFourSevenCalendar() {
        org = fixtures.organisation();
        // a 24x7 calendar keeps the test independent of the hour it runs at
        String calendarId = org.admin.api().get("/api/sla/policies").string("$[0].calendarId");
        List<Map<String, String>> hours = new ArrayList<>();
        for (String day : List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")) {
            hours.add(Map.of("day", day, "start", "00:00", "end", "24:00"));
        }
        assertThat(org.admin
                        .api()
                        .put(
                                "/api/sla/calendars/" + calendarId,
                                Map.of("name", "Around the clock", "timeZone", "UTC", "hours", hours))
                        .status())
                .isEqualTo(200);
    }

    /** Moves the server's clock over HTTP (as the signed-in person, with the CSRF header) and the browser's. */
    private Instant serverClock(Map<String, Object> change) {
        String token = context.cookies().stream()
                .filter(c -> c.name.equals("XSRF-TOKEN"))
                .map(c -> c.value)
                .findFirst()
                .orElseGet(() -> {
                    page.request().get("/api/auth/csrf");
                    return context.cookies().stream()
                            .filter(c -> c.name.equals("XSRF-TOKEN"))
                            .map((Cookie c) -> c.value)
                            .findFirst()
                            .orElseThrow();
                });
        APIResponse answer = page.request()
                .post(
                        "/api/testing/clock",
                        RequestOptions.create().setHeader("X-XSRF-TOKEN", token).setData(change));
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        java.util.regex.Matcher found = Pattern.compile("\"now\":\"([^\"]+)\"").matcher(answer.text());
        assertThat(found.find()).as(answer.text()).isTrue();
        Instant now = Instant.parse(found.group(1));
        page.clock().setFixedTime(now.toEpochMilli());
        return now;
    }

    private Locator row(long number) {
        return page.getByTestId("ticket-row-" + number);
    }

    @Test
    void theBadgeAndTheSidebarFollowTheClockThroughAtRiskToBreachedAndTheBadgeExplainsWhy() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        page.clock().setFixedTime(start.toEpochMilli());
        signIn(org.admin.email());
        serverClock(Map.of("freezeAt", start.toString()));
        // urgent: first response due in 60 minutes, at risk from 45 (25 %, at least 15 minutes)
        tools.jackson.databind.JsonNode ticket = org.ticket(Map.of("title", "Checkout is down", "priority", "urgent"));
        long number = Json.number(ticket, "$.number");

        page.navigate("/?view=all");
        Locator badge = row(number).getByTestId("sla-badge");
        assertThat(badge).hasAttribute("data-tone", "on_track");
        assertThat(badge).containsText("1 h left");
        assertThat(page.getByTestId("count-at_risk")).hasText("0");
        screenshot("sla-on-track-1280");

        // 50 minutes on: at risk, 10 minutes left
        serverClock(Map.of("advance", "PT50M"));
        page.reload();
        assertThat(badge).hasAttribute("data-tone", "at_risk");
        assertThat(badge).containsText("10 m left");
        assertThat(page.getByTestId("count-at_risk")).hasText("1");
        assertThat(page.getByTestId("count-breached")).hasText("0");
        screenshot("sla-at-risk-1280");

        // 20 more: breached 10 minutes ago; the views move it from at risk to breached
        serverClock(Map.of("advance", "PT20M"));
        page.reload();
        assertThat(badge).hasAttribute("data-tone", "breached");
        assertThat(badge).containsText("breached 10 m ago");
        assertThat(page.getByTestId("count-breached")).hasText("1");
        assertThat(page.getByTestId("count-at_risk")).hasText("0");
        screenshot("sla-breached-1280");

        // on a phone the Due column is out of sight: the badge sits under the title
        page.setViewportSize(390, 844);
        Locator narrow = row(number).getByTestId("sla-badge-narrow");
        assertThat(narrow).isVisible();
        assertThat(narrow).hasAttribute("data-tone", "breached");
        assertThat(narrow).isInViewport();
        screenshot("sla-breached-390");
        page.setViewportSize(1280, 900);
        assertThat(narrow).isHidden();

        // the ticket page: the badge opens the explanation, clock by clock, with the timeline
        page.navigate("/t/" + number);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("show SLA details")))
                .click();
        Locator details = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("SLA details"));
        assertThat(details).isVisible();
        assertThat(details.getByTestId("sla-clock-first_response")).containsText("Breached");
        assertThat(details.getByTestId("sla-clock-first_response")).containsText("Running (business hours)");
        assertThat(details.getByTestId("sla-clock-resolution")).containsText("Running");
        screenshot("sla-explanation-1280");

        // pending pauses the clocks: the badge says so
        assertThat(org.admin
                        .api()
                        .patch("/api/tickets/" + Json.string(ticket, "$.id"), Map.of("status", "pending"))
                        .status())
                .isEqualTo(200);
        page.navigate("/?view=all");
        assertThat(badge).hasAttribute("data-tone", "paused");
        assertThat(badge).containsText("paused");
    }

    @Test
    void anAdminAddsASplitShiftCalendarAndAPolicyForUrgentTickets() {
        signIn(org.admin.email());
        page.navigate("/settings/sla");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("SLA policies")))
                .isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New calendar"))
                .click();
        Locator calendar = page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("New calendar"));
        calendar.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true))
                .fill("Split shift");
        calendar.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Monday interval 1 end"))
                .fill("12:00");
        calendar.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add Monday interval"))
                .click();
        calendar.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Monday interval 2 start"))
                .fill("11:00");
        calendar.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Monday interval 2 end"))
                .fill("17:00");
        calendar.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create calendar"))
                .click();
        // overlapping intervals: refused on the hours, nothing created
        assertThat(calendar.getByText("must not overlap on one day")).isVisible();
        screenshot("sla-settings-calendar-refused-1280");
        calendar.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Monday interval 2 start"))
                .fill("13:00");
        calendar.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create calendar"))
                .click();
        Locator created = page.getByRole(AriaRole.LISTITEM, new Page.GetByRoleOptions().setName("Split shift"));
        assertThat(created).containsText("Mon 09:00–12:00, 13:00–17:00");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New policy"))
                .click();
        Locator policy = page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("New policy"));
        policy.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true))
                .fill("Urgent on shifts");
        policy.getByLabel("Business calendar", new Locator.GetByLabelOptions().setExact(true))
                .first()
                .click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Split shift"))
                .click();
        policy.getByLabel("Priorities", new Locator.GetByLabelOptions().setExact(true))
                .first()
                .click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Urgent"))
                .click();
        policy.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create policy"))
                .click();
        Locator added = page.getByRole(AriaRole.LISTITEM, new Page.GetByRoleOptions().setName("Urgent on shifts"));
        assertThat(added).containsText("Tickets in priority urgent · on Split shift");
        // matched after the default: move it up so it applies
        added.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Move Urgent on shifts up"))
                .click();
        assertThat(page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Policies in match order"))
                        .getByRole(AriaRole.LISTITEM)
                        .first())
                .hasAccessibleName("Urgent on shifts");
        screenshot("sla-settings-1280");
        page.setViewportSize(390, 844);
        page.reload();
        assertThat(page.getByRole(AriaRole.LISTITEM, new Page.GetByRoleOptions().setName("Split shift")))
                .isVisible();
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .as("no sideways scrolling on a phone")
                .isLessThanOrEqualTo(390);
        screenshot("sla-settings-390");
        page.getByRole(AriaRole.LISTITEM, new Page.GetByRoleOptions().setName("Split shift"))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Edit"))
                .click();
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .as("the calendar form fits a phone")
                .isLessThanOrEqualTo(390);
        screenshot("sla-settings-calendar-form-390");

        assertThat(org.admin.api().get("/api/sla/policies").strings("$[*].name"))
                .containsExactly("Urgent on shifts", "Default");
    }
}
