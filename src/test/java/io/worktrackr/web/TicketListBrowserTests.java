package io.worktrackr.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.worktrackr.testing.Api;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.Fixtures.User;
import io.worktrackr.testing.Json;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Lists that answer the question (issue 15) and rows that leave a view (issue 14), in the real web app: several
 * statuses at once, "Unassigned" as an assignee, sorting by assignee, a header search of every ticket, and a row
 * that fades out in place after an inline change while the focus moves on to the next ticket.
 */
class TicketListBrowserTests extends BrowserTest {

    Org org;
    User alice;
    User bob;
    long unassignedOpen;
    long bobsPending;
    long alicesOpen;
    long unassignedClosed;
    long bobsOpen;

    @BeforeEach
    void organisation() {
        org = fixtures.organisation();
        alice = org.agent("Alice");
        bob = org.agent("Bob");
        unassignedOpen =
                number(org.ticket(Map.of("title", "Printer on fire", "description", "d", "priority", "urgent")));
        bobsPending = number(ticket("Waiting on the vendor", bob, "pending"));
        alicesOpen = number(ticket("VPN drops every hour", alice, "open"));
        unassignedClosed = number(ticket("Old invoice question", null, "closed"));
        bobsOpen = number(ticket("Laptop will not boot", bob, "open"));
    }

    @Test
    void statusesCombineUnassignedFiltersAndTheAssigneeColumnSortsByName() {
        signIn(alice.email());
        page.navigate("/?view=all");
        assertThat(row(unassignedClosed)).isVisible();

        // several statuses at once
        Locator status = page.locator("button[data-filter='status']");
        status.click();
        option("Open").click();
        status.click();
        option("Pending").click();
        page.keyboard().press("Escape");
        page.waitForURL(Pattern.compile(".*status=open%2Cpending.*"));
        assertThat(row(unassignedClosed)).hasCount(0);
        assertThat(rows()).hasCount(4);

        // "Unassigned" among the assignees
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Filter by assignee"))
                .click();
        option("Unassigned").click();
        page.waitForURL(Pattern.compile(".*assigneeId=none.*"));
        assertThat(rows()).hasCount(1);
        assertThat(row(unassignedOpen)).isVisible();
        screenshot("list-status-and-unassigned-filters-1280");
        page.setViewportSize(390, 844);
        assertThat(row(unassignedOpen)).isVisible();
        screenshot("list-status-and-unassigned-filters-390");
        page.setViewportSize(1280, 900);

        // My Tickets names the assignee: no assignee filter there, and no status outside the view
        page.navigate("/?view=my");
        assertThat(row(alicesOpen)).isVisible();
        assertThat(page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Filter by assignee")))
                .hasCount(0);
        page.locator("button[data-filter='status']").click();
        assertThat(page.getByRole(AriaRole.OPTION)).hasText(new String[] {"Open", "In Progress", "Pending"});
        page.keyboard().press("Escape");

        // sort by assignee: unassigned first, then by name; the other way round on a second click
        page.navigate("/?view=all");
        assertThat(row(unassignedClosed)).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Assignee")))
                .click();
        page.waitForURL(Pattern.compile(".*sort=assignee.*"));
        assertThat(page.getByRole(AriaRole.COLUMNHEADER, new Page.GetByRoleOptions().setName("Assignee")))
                .hasAttribute("aria-sort", "ascending");
        // the two unassigned (by id), Alice's, Bob's two, once the sorted page replaced the previous one
        assertThat(page.locator("[aria-busy='true']")).hasCount(0);
        assertThat(rows().nth(2)).containsText("VPN drops every hour");
        List<String> order = rowTitles();
        assertThat(order.subList(0, 2)).containsExactlyInAnyOrder("Printer on fire", "Old invoice question");
        assertThat(order.get(2)).isEqualTo("VPN drops every hour");
        assertThat(order.subList(3, 5)).containsExactlyInAnyOrder("Waiting on the vendor", "Laptop will not boot");
        screenshot("list-sorted-by-assignee-1280");

        page.setViewportSize(390, 844);
        assertThat(page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Tickets")))
                .isVisible();
        screenshot("list-sorted-by-assignee-390");
    }

    @Test
    void aRowThatLeavesTheViewFadesOutAndTheFocusMovesToTheNextTicket() {
        signIn(alice.email());
        page.navigate("/?view=open&sort=number");
        assertThat(rows()).hasCount(3);
        // remember whether the row was seen on its way out (it is gone half a second later)
        page.evaluate("""
                () => {
                  window.__leavingSeen = [];
                  new MutationObserver(() => {
                    document.querySelectorAll('[data-leaving]').forEach((row) => {
                      const id = row.getAttribute('data-testid');
                      if (!window.__leavingSeen.includes(id)) window.__leavingSeen.push(id);
                    });
                  }).observe(document.body, { subtree: true, childList: true, attributes: true });
                }
                """);

        Locator status = row(alicesOpen)
                .getByRole(
                        AriaRole.COMBOBOX,
                        new Locator.GetByRoleOptions()
                                .setName("Status of #" + alicesOpen)
                                .setExact(true));
        status.click();
        option("Pending").click();

        assertThat(page.getByText("#" + alicesOpen + " moved to Pending")).isVisible();
        assertThat(row(alicesOpen)).hasCount(0);
        assertThat(page.evaluate("() => window.__leavingSeen")).isEqualTo(List.of("ticket-row-" + alicesOpen));
        // the focus and the highlight went on to the ticket after it, not to the list's first row
        assertThat(row(bobsOpen)).isFocused();
        assertThat(row(bobsOpen)).hasAttribute("data-active", "true");
        screenshot("list-after-row-left-1280");

        // and j/k go on from there
        page.keyboard().press("k");
        assertThat(row(unassignedOpen)).isFocused();
    }

    @Test
    void theHeaderSearchesEveryTicketAndAnEmptyViewSearchOffersTheSame() {
        signIn(alice.email());
        page.navigate("/?view=my");
        assertThat(row(alicesOpen)).isVisible();

        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Search all tickets"))
                .fill("invoice");
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/\\?view=all&q=invoice$"));
        assertThat(row(unassignedClosed)).isVisible();

        page.navigate("/?view=open&q=invoice");
        Locator everywhere =
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search everywhere for “invoice”"));
        assertThat(everywhere).isVisible();
        screenshot("list-search-everywhere-offer-1280");
        everywhere.click();
        assertThat(row(unassignedClosed)).isVisible();
        assertThat(page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Search tickets")))
                .hasValue("invoice");
    }

    @Test
    void atDesktopWidthEveryCellShowsItsValueWholeAndPhonesGetCards() {
        JsonNode busy = org.ticket(Map.of(
                "title",
                "Monthly invoice run stopped halfway and customers were charged twice",
                "description",
                "d",
                "priority",
                "medium",
                "assigneeId",
                bob.id().toString()));
        assertThat(org.admin
                        .api()
                        .patch("/api/tickets/" + Json.string(busy, "$.id"), Map.of("status", "in_progress"))
                        .status())
                .isEqualTo(200);
        Api.Response queue = org.admin.api().post("/api/queues", Map.of("name", LONG_QUEUE));
        assertThat(queue.status()).as(queue.toString()).isEqualTo(201);
        long escalated = number(org.ticket(
                Map.of("title", "Docking station flickers", "description", "d", "queueId", queue.string("$.id"))));
        signIn(alice.email());
        page.navigate("/?view=all");
        assertThat(row(number(busy))).isVisible();
        assertThat(rows()).hasCount(7);

        // a long queue name: at most two lines in its narrow column, whole on hover and to screen readers
        assertThat(row(escalated)
                        .getByRole(
                                AriaRole.CELL,
                                new Locator.GetByRoleOptions()
                                        .setName(LONG_QUEUE)
                                        .setExact(true)))
                .isVisible();
        Locator queueName = row(escalated).locator("[title='" + LONG_QUEUE + "']");
        assertThat(queueName).hasText(LONG_QUEUE);
        assertThat(lines(queueName)).as("lines of the queue name").isBetween(0.9, 2.1);
        // at 1280 px beside the navbar its column fits it whole (no "…"), and the title column stays the wider
        assertThat(queueName.evaluate(SHOWS_WHOLE))
                .as("the whole queue name shows in the table")
                .isEqualTo(true);
        assertThat(columnWidth("Title"))
                .as("the title column against the queue column")
                .isGreaterThan(columnWidth("Queue"));

        // the navbar: the long name in two lines at most, then "…"; whole on hover and in the link's name
        Locator navLink = queueNavLink();
        assertThat(navLink).isVisible();
        // named like the views' links ("Open, 4 tickets", no space before the comma)
        assertThat(navLink).hasAccessibleName(Pattern.compile("^" + LONG_QUEUE + ", 1 ticket$"));
        Locator navName = navLink.locator("[title='" + LONG_QUEUE + "']");
        assertThat(navName).containsText(LONG_QUEUE);
        assertThat(lines(navName)).as("lines of the queue name in the navbar").isBetween(0.9, 2.1);
        screenshot("navbar-long-queue-1280");

        // the header has one search entry; the command palette is its key cap, Ctrl K
        Locator search = page.getByRole(AriaRole.SEARCH, new Page.GetByRoleOptions().setName("All tickets"));
        assertThat(search.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Search all tickets")))
                .isVisible();
        assertThat(search.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Command palette")))
                .hasText("Ctrl K");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Command palette")))
                .hasCount(1);

        // "Medium", "Urgent", "In Progress" whole; nothing sticks out of its cell or off the table's right edge
        assertThat(page.evaluate(CUT_OFF)).isEqualTo(List.of());
        assertThat(row(number(busy))
                        .getByRole(
                                AriaRole.COMBOBOX,
                                new Locator.GetByRoleOptions().setName("Priority of #" + number(busy))))
                .hasValue("Medium");
        screenshot("list-columns-1280");

        // scrolled, the columns' header row stays under the app's header (a horizontal scroll box around the table
        // held it, and the box never scrolls vertically: the header scrolled away with the page)
        page.setViewportSize(1280, 400);
        page.evaluate("() => window.scrollTo(0, document.documentElement.scrollHeight)");
        assertThat(((Number) page.evaluate("() => window.scrollY")).doubleValue())
                .as("the page scrolled")
                .isGreaterThan(100);
        assertThat(((Number) page.evaluate(
                                "() => document.querySelector('[role=columnheader]')" + ".getBoundingClientRect().top"))
                        .doubleValue())
                .as("the header row's top, under the 52 px app header")
                .isBetween(51.0, 54.0);

        page.setViewportSize(390, 844);
        assertThat(page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Tickets")))
                .isVisible();
        screenshot("list-columns-390");
        // the navbar in the drawer: the same two lines at most
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toggle navigation"))
                .click();
        assertThat(queueNavLink()).isVisible();
        Locator drawerName = queueNavLink().locator("[title='" + LONG_QUEUE + "']");
        assertThat(drawerName).containsText(LONG_QUEUE);
        assertThat(lines(drawerName))
                .as("lines of the queue name in the drawer")
                .isBetween(0.9, 2.1);
        screenshot("navbar-long-queue-390");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toggle navigation"))
                .click();
        // the card has the room: the whole name shows, in two lines at most
        Locator cardQueue = row(escalated).locator("[title='" + LONG_QUEUE + "']");
        assertThat(cardQueue).hasText("Queue: " + LONG_QUEUE);
        assertThat(lines(cardQueue)).as("lines of the queue name").isBetween(0.9, 2.1);
        assertThat(cardQueue.evaluate(SHOWS_WHOLE))
                .as("the whole queue name shows on the card")
                .isEqualTo(true);
        assertThat(page.evaluate("""
                        () => [...document.querySelectorAll('body *')]
                          .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                          .filter((e) => e.getBoundingClientRect().width > 0)
                          .map((e) => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))
                          .slice(0, 8)
                        """)).isEqualTo(List.of());
    }

    private static final String LONG_QUEUE = "Level 2 Hardware Escalations EMEA";

    /** The element's text is not cut: no line hidden below its clamp, nothing past its right edge. */
    private static final String SHOWS_WHOLE =
            "(e) => e.scrollHeight <= e.clientHeight && e.scrollWidth <= e.clientWidth";

    /** The long queue's link in the navigation, by its accessible name ("Open, 8 tickets" for a view). */
    private Locator queueNavLink() {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Ticket views"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(LONG_QUEUE));
    }

    private double columnWidth(String name) {
        return page.getByRole(
                        AriaRole.COLUMNHEADER,
                        new Page.GetByRoleOptions().setName(name).setExact(true))
                .boundingBox()
                .width;
    }

    /** How many lines of text an element shows (its height over its line height). */
    private static double lines(Locator element) {
        return ((Number) element.evaluate(
                        "(e) => e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight)"))
                .doubleValue();
    }

    /** What in the ticket table is cut off: a select's text, a cell's content past its cell, a table wider than its box. */
    private static final String CUT_OFF = """
            () => {
              const cut = [];
              for (const input of document.querySelectorAll('tbody input[role="combobox"]')) {
                if (input.scrollWidth > input.clientWidth) cut.push(input.getAttribute('aria-label') + ': ' + input.value);
              }
              for (const td of document.querySelectorAll('tbody tr[data-ticket-id] td')) {
                const cell = td.getBoundingClientRect();
                for (const inner of td.querySelectorAll('*')) {
                  const box = inner.getBoundingClientRect();
                  if (box.width > 0 && box.right > cell.right + 1) {
                    cut.push(td.closest('tr').dataset.testid + ' column ' + td.cellIndex + ': ' + (inner.textContent || inner.tagName));
                    break;
                  }
                }
              }
              let box = document.querySelector('table').parentElement;
              while (box && getComputedStyle(box).overflowX === 'visible') box = box.parentElement;
              if (box && box.scrollWidth > box.clientWidth) cut.push('the table scrolls sideways');
              return cut;
            }
            """;

    // -----------------------------------------------------------------------------------------------

    private JsonNode ticket(String title, User assignee, String status) {
        Map<String, Object> body = new HashMap<>(Map.of("title", title, "description", "d"));
        if (assignee != null) {
            body.put("assigneeId", assignee.id().toString());
        }
        JsonNode ticket = org.ticket(body);
        if (!status.equals("open")) {
            assertThat(org.admin
                            .api()
                            .patch("/api/tickets/" + Json.string(ticket, "$.id"), Map.of("status", status))
                            .status())
                    .isEqualTo(200);
        }
        return ticket;
    }

    private static long number(JsonNode ticket) {
        return Json.number(ticket, "$.number");
    }

    private Locator row(long number) {
        return page.getByTestId("ticket-row-" + number);
    }

    private Locator rows() {
        return page.locator("[data-ticket-row]:not([data-leaving])");
    }

    @SuppressWarnings("unchecked")
    private List<String> rowTitles() {
        return (List<String>)
                page.evaluate(
                        "() => [...document.querySelectorAll('[data-ticket-row]')].map((r) => r.querySelector('a').textContent)");
    }

    private Locator option(String name) {
        return page.getByRole(
                AriaRole.OPTION, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
