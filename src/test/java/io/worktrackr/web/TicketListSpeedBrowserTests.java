package io.worktrackr.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.Fixtures.User;
import io.worktrackr.testing.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The ticket list stays responsive with hundreds of loaded rows (issue 15). Chromium reports every main-thread
 * task over 50 ms to a {@code PerformanceObserver} ("longtask"); the test adds up their blocking part (the time
 * over 50 ms of each, "total blocking time") while the list renders, refreshes in the background and takes an
 * inline change, and fails past a budget.
 *
 * <p><b>Why these budgets.</b> Measured on the 2-core development machine while shared with other builds (load
 * average 12-15), see {@code bench/results/2026-12-01-list-render.md} (before → after this change):
 *
 * <ul>
 *   <li>200 rows, from navigation to the 4th page rendered (includes starting the app): 35,906 → 1,066 ms
 *       blocking. Budget 2,200 ms ≈ 2 × 1,066: a machine twice as busy still passes; a 3× regression
 *       (3 × 1,066 = 3,198 ms) fails, and so does any return of the old per-row cost (35,906 ms).
 *   <li>An inline status change on 250 rows (open the select, choose, until the toast shows): 28,168 → 650 ms
 *       blocking (wall time 31.7 s → 1.7 s). Budget 1,300 ms = 2 × 650: a 3× regression (1,950 ms) fails.
 *   <li>A background refresh of the 200 rows after a colleague's change: 4,009 → 57 ms. 57 ms is the noise floor
 *       (one task just over 50 ms), so 2 × would flake on a single CI hiccup; the budget is 250 ms, which a
 *       3× regression of today's figure (171 ms) would pass but which fails as soon as a refresh re-renders
 *       rows that did not change (the old 4,009 ms, or a few hundred ms for the 30 rows in view).
 * </ul>
 */
class TicketListSpeedBrowserTests extends BrowserTest {

    static final long RENDER_BUDGET_MS = 2_200;
    static final long CHANGE_BUDGET_MS = 1_300;
    static final long REFRESH_BUDGET_MS = 250;

    static final long SPINNER_BUDGET_MS = 250;
    static final long RESULT_BUDGET_MS = 1_000;
    static final long FIFTY_ROWS_BUDGET_MS = 1_200;

    /**
     * Scrolls the window from the top to the end of the list 100 px per animation frame and answers how smoothly:
     * frames per second over the scroll and the longest gap between two frames (a 60 Hz display draws every 16.7 ms).
     */
    private static final String SCROLL_TO_END = """
            () => new Promise((done) => {
              const frames = [];
              const step = (t) => {
                frames.push(t);
                const end = document.documentElement.scrollHeight - window.innerHeight;
                if (window.scrollY >= end) {
                  const seconds = (frames[frames.length - 1] - frames[0]) / 1000;
                  let worst = 0;
                  for (let i = 1; i < frames.length; i++) worst = Math.max(worst, frames[i] - frames[i - 1]);
                  done({ frames: frames.length, fps: Math.round(frames.length / seconds), worstFrame: Math.round(worst),
                         slowFrames: frames.filter((f, i) => i > 0 && f - frames[i - 1] > 33.4).length });
                  return;
                }
                window.scrollBy(0, 100);
                requestAnimationFrame(step);
              };
              requestAnimationFrame(step);
            })
            """;

    /** How long to wait for a page of rows on a busy machine (what is measured is blocking time, not this). */
    private static final double SLOW = 60_000;

    private static final LocatorAssertions.IsVisibleOptions VISIBLE_SLOW =
            new LocatorAssertions.IsVisibleOptions().setTimeout(SLOW);

    private static final Path METRICS = Paths.get("target", "list-render-metrics.txt");

    /** Collects long tasks from the first script on; `__longTasksSince(t)` sums their blocking part after t. */
    private static final String LONG_TASK_OBSERVER = """
            window.__longTasks = [];
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries()) window.__longTasks.push([entry.startTime, entry.duration]);
            }).observe({ type: 'longtask', buffered: true });
            // when the status change's answer arrived, when its spinner showed, when its result (the toast) showed
            window.__inline = {};
            const fetchAsTheAppStarted = window.fetch;
            window.fetch = async (...args) => {
              const answer = await fetchAsTheAppStarted(...args);
              if ((args[1]?.method ?? args[0]?.method) === 'PATCH') window.__inline.answered = performance.now();
              return answer;
            };
            document.addEventListener('click', (event) => {
              if (event.target.closest?.('[role=option]')) window.__inline.chosen = performance.now();
            }, true);
            new MutationObserver(() => {
              const i = window.__inline;
              if (i.chosen && !i.spinner && document.querySelector('[aria-busy=true]')) i.spinner = performance.now();
              if (i.answered && !i.result && document.body.textContent.includes('moved to')) i.result = performance.now();
            }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
            window.__longTasksSince = (since) => {
              const tasks = window.__longTasks.filter(([start]) => start >= since);
              return {
                blocking: Math.round(tasks.reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0)),
                longest: Math.round(tasks.reduce((max, [, d]) => Math.max(max, d), 0)),
                count: tasks.length,
              };
            };
            """;

    Org org;
    User alice;

    @BeforeEach
    void organisation() {
        org = fixtures.organisation();
        alice = org.agent("Alice");
        page.addInitScript(LONG_TASK_OBSERVER);
    }

    @Test
    void aTwoHundredTicketViewRendersAndRefreshesWithinTheLongTaskBudget() {
        List<JsonNode> tickets = createTickets(200);
        signIn(alice.email());

        double start = now();
        page.navigate("/?view=all");
        loadRows(200);
        Map<String, Object> render = longTasksSince(start);

        // a colleague renames one ticket: the live update refetches the 200 rows, of which one changed (and, the
        // list being sorted by last update, moves to the top)
        page.evaluate("() => window.scrollTo(0, 0)");
        JsonNode renamed = tickets.get(120);
        double refreshStart = now();
        org.admin.api().patch("/api/tickets/" + Json.string(renamed, "$.id"), Map.of("title", "Renamed meanwhile"));
        assertThat(page.getByText("Renamed meanwhile")).isVisible(VISIBLE_SLOW);
        Map<String, Object> refresh = longTasksSince(refreshStart);

        record("200-row view: render", render);
        record("200-row view: background refresh", refresh);
        screenshot("list-200-rows");
        assertThat(blocking(render)).as("blocking time rendering 200 rows").isLessThan(RENDER_BUDGET_MS);
        assertThat(blocking(refresh))
                .as("blocking time of a background refresh of 200 rows")
                .isLessThan(REFRESH_BUDGET_MS);
    }

    @Test
    void anInlineChangeOnATwoHundredFiftyRowListShowsItsResultPromptly() {
        List<JsonNode> tickets = createTickets(250);
        long number = Json.number(tickets.get(249), "$.number"); // newest: the first row
        signIn(alice.email());
        page.navigate("/?view=all");
        loadRows(250);
        page.evaluate("() => window.scrollTo(0, 0)"); // back to the top, where the newest ticket is
        Locator status = page.getByTestId("ticket-row-" + number)
                .getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Status of #" + number));

        double start = now();
        status.click(new Locator.ClickOptions().setTimeout(SLOW));
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName("Pending").setExact(true))
                .click(new Locator.ClickOptions().setTimeout(SLOW));
        assertThat(page.getByText("#" + number + " moved to Pending")).isVisible(VISIBLE_SLOW);
        double shown = now();
        Map<String, Object> change = longTasksSince(start);
        change.put("wall", Math.round(shown - start));

        @SuppressWarnings("unchecked")
        Map<String, Number> inline = (Map<String, Number>) page.evaluate("() => window.__inline");
        long spinner = Math.round(
                inline.get("spinner").doubleValue() - inline.get("chosen").doubleValue());
        long result = Math.round(
                inline.get("result").doubleValue() - inline.get("answered").doubleValue());
        change.put("spinnerAfterChoice", spinner);
        change.put("resultAfterAnswer", result);

        record("250-row view: inline status change (open, choose, toast)", change);
        assertThat(status).hasValue("Pending");
        assertThat(blocking(change))
                .as("blocking time of one inline change on a 250-row list")
                .isLessThan(CHANGE_BUDGET_MS);
        // the issue's aims on an idle machine are one frame and 100 ms (bench/results); on a busy CI runner these
        // catch a change that waits for a refetch, or renders the whole list, before it shows anything
        assertThat(spinner).as("ms from the choice to the spinner").isLessThan(SPINNER_BUDGET_MS);
        assertThat(result).as("ms from the server's answer to the result").isLessThan(RESULT_BUDGET_MS);
    }

    @Test
    void aFiftyRowPageRendersAndFiveHundredRowsScrollWithoutLongTasks() {
        createTickets(500);
        signIn(alice.email());
        page.navigate("/?view=mine"); // empty for Alice: the app is started, no list rendered yet
        assertThat(page.getByTestId("count-all"))
                .hasText("500", new LocatorAssertions.HasTextOptions().setTimeout(SLOW));
        longTasksSince(0);

        double start = now();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^All")))
                .click();
        waitForRows(50);
        Map<String, Object> fifty = longTasksSince(start);
        record("50-row page: switching to a view of 500 in the started app", fifty);

        loadRows(500);
        page.evaluate("() => window.scrollTo(0, 0)");
        double scrollStart = now();
        @SuppressWarnings("unchecked")
        Map<String, Object> scroll = new java.util.LinkedHashMap<>((Map<String, Object>) page.evaluate(SCROLL_TO_END));
        scroll.putAll(longTasksSince(scrollStart));
        record("500 loaded rows: scrolled top to bottom, 100 px a frame", scroll);

        assertThat(page.getByTestId("ticket-row-1")).isVisible();
        assertThat(blocking(fifty)).as("blocking time of a 50-row page").isLessThan(FIFTY_ROWS_BUDGET_MS);
        // the scroll's frame rate is recorded, not asserted: on a shared CI runner it says more about the runner
        // than about the list; that the end of 500 rows is reached and drawn is what must hold
        assertThat(((Number) scroll.get("frames")).intValue()).isGreaterThan(10);
    }

    private List<JsonNode> createTickets(int count) {
        String[] priorities = {"low", "medium", "high", "urgent"};
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> org.ticket(Map.of(
                        "title", "Ticket number " + i + " about a printer that jams on page " + (i * 7 % 31),
                        "description", "Details " + i,
                        "priority", priorities[i % priorities.length])))
                .toList();
    }

    /** Loads pages of 50 with "Load more" until `rows` are in the list (the table's row count says so). */
    private void loadRows(int rows) {
        assertThat(page.getByTestId("count-all"))
                .hasText(String.valueOf(rows), new LocatorAssertions.HasTextOptions().setTimeout(SLOW));
        Locator loadMore = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Load more"));
        for (int loaded = 50; loaded < rows; loaded += 50) {
            waitForRows(loaded);
            assertThat(loadMore).isEnabled(new LocatorAssertions.IsEnabledOptions().setTimeout(SLOW));
            // by keyboard: scrolling a long window-virtualised list to its end lays out rows not measured before,
            // and the button below them can move between the pointer's aim and its click (which then hits a row)
            loadMore.focus();
            page.keyboard().press("Enter");
        }
        waitForRows(rows);
        assertThat(loadMore).hasCount(0);
    }

    /** The list holds `rows` tickets (the virtualised table renders only some: it says how many it holds). */
    private void waitForRows(int rows) {
        page.waitForFunction(
                "(n) => document.querySelector('[data-loaded-rows]')?.getAttribute('data-loaded-rows') == n"
                        + " || document.querySelectorAll('[data-ticket-row]').length == n",
                rows,
                new Page.WaitForFunctionOptions().setTimeout(SLOW));
    }

    private double now() {
        return ((Number) page.evaluate("() => performance.now()")).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> longTasksSince(double since) {
        // let the last task end and its entry arrive
        page.evaluate("() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100)))");
        return new java.util.LinkedHashMap<>(
                (Map<String, Object>) page.evaluate("(t) => window.__longTasksSince(t)", since));
    }

    private static long blocking(Map<String, Object> metrics) {
        return ((Number) metrics.get("blocking")).longValue();
    }

    private static void record(String what, Map<String, Object> metrics) {
        String line = what + ": " + metrics + System.lineSeparator();
        System.out.print("[list-render] " + line);
        try {
            Files.createDirectories(METRICS.getParent());
            Files.writeString(METRICS, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
