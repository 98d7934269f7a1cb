package io.worktrackr.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.Fixtures.User;
import io.worktrackr.testing.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * The agent's main pages meet WCAG 2.1 AA as far as a machine can tell (issue 15): axe-core, the engine behind
 * most accessibility checkers, injected into the real page, runs its WCAG 2.0/2.1 A and AA rules on the sign-in
 * page, the ticket list, a ticket and the settings, on a desktop (1280 px) and a phone (390 px) screen; any
 * violation fails the test and is listed with the elements it concerns. On the phone the list is cards. Each runs in
 * the light and in the dark colour scheme (the app follows the system's), whose contrast axe checks the same way.
 */
class WorkspaceAccessibilityBrowserTests extends BrowserTest {

    /** axe-core from the web app's npm dependencies (installed by {@code npm ci} before the browser tests). */
    private static final Path AXE = Paths.get("frontend", "node_modules", "axe-core", "axe.min.js");

    private static final String RUN_AXE = """
            async () => {
              const result = await axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
                resultTypes: ['violations'],
              });
              return result.violations.map((v) =>
                `${v.id} (${v.impact}): ${v.help}\\n` +
                v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')} — ${n.failureSummary.replaceAll('\\n', ' ')}`).join('\\n'));
            }
            """;

    Org org;
    User alice;
    long number;

    @BeforeEach
    void organisation() throws java.io.IOException {
        assertThat(Files.exists(AXE))
                .as("axe-core installed (npm ci in frontend/)")
                .isTrue();
        // axe compiles its message templates with `new Function`, which the app's Content-Security-Policy rightly
        // forbids: this test's browser context bypasses the policy (the policy itself is tested elsewhere), with
        // the same console watch as every browser test; axe is in every document from its start
        BrowserContext original = context;
        context = original.browser()
                .newContext(new Browser.NewContextOptions()
                        .setBaseURL("http://localhost:" + port)
                        .setViewportSize(1280, 900)
                        .setBypassCSP(true));
        context.setDefaultTimeout(10_000);
        original.close();
        page = context.newPage();
        page.onConsoleMessage(message -> {
            if ((message.type().equals("error") || message.type().equals("warning"))
                    && !expectedConsoleMessage(message.text())) {
                consoleProblems.add(message.type() + ": " + message.text());
            }
        });
        page.onPageError(error -> consoleProblems.add("page error: " + error));
        page.addInitScript(Files.readString(AXE));
        org = fixtures.organisation();
        alice = org.agent("Alice");
        org.ticket(Map.of("title", "Printer on fire", "description", "Smoke from **tray 2**.", "priority", "urgent"));
        org.ticket(Map.of("title", "VPN drops every hour", "description", "Since Monday.", "priority", "low"));
        JsonNode ticket = org.ticket(Map.of(
                "title", "Invoice charged twice", "description", "Please refund one charge.", "priority", "high"));
        number = Json.number(ticket, "$.number");
        org.admin.api().patch("/api/tickets/" + Json.string(ticket, "$.id"), Map.of("status", "in_progress"));
    }

    @ParameterizedTest(name = "at {0} px, {1}")
    @CsvSource({"1280, light", "390, light", "1280, dark", "390, dark"})
    void theMainPagesHaveNoWcagViolations(int width, String scheme) {
        page.setViewportSize(width, width > 500 ? 900 : 844);
        boolean dark = scheme.equals("dark");
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(dark ? ColorScheme.DARK : ColorScheme.LIGHT));
        suffix = dark ? "-dark" : "";

        page.navigate("/login");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")))
                .isVisible();
        check("sign-in", width);

        signIn(alice.email());
        assertThat(page.locator("html")).hasAttribute("data-mantine-color-scheme", scheme);
        page.navigate("/?view=all");
        Locator row = page.getByTestId("ticket-row-" + number);
        assertThat(row).isVisible();
        if (width < 500) {
            assertThat(page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Tickets")))
                    .isVisible();
            assertThat(page.getByRole(AriaRole.TABLE)).hasCount(0);
            double overflow = ((Number) page.evaluate(
                            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                    .doubleValue();
            assertThat(overflow).as("sideways scrolling on a phone").isLessThanOrEqualTo(0);
            double tap = ((Number) row.getByRole(
                                    AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Status of #" + number))
                            .evaluate("(e) => e.getBoundingClientRect().height"))
                    .doubleValue();
            assertThat(tap).as("tap target height").isGreaterThanOrEqualTo(44);
        }
        check("list", width);

        page.navigate("/t/" + number);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Invoice charged twice")))
                .isVisible();
        check("ticket", width);

        page.navigate("/settings/profile");
        assertThat(page.getByRole(AriaRole.HEADING).first()).isVisible();
        check("settings", width);

        assertThat(violations)
                .as("WCAG 2.1 AA violations:%n%s", String.join("\n", violations))
                .isEmpty();
    }

    /** Every page's violations, listed together at the end (one run shows all there is to fix). */
    private final List<String> violations = new ArrayList<>();

    /** "-dark" in the dark scheme: the screenshots of both schemes sit side by side. */
    private String suffix = "";

    private void check(String name, int width) {
        page.waitForLoadState();
        screenshot("a11y-" + name + "-" + width + suffix);
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) page.evaluate(RUN_AXE);
        found.forEach(v -> violations.add(name + " at " + width + " px" + suffix + ": " + v));
    }
}
