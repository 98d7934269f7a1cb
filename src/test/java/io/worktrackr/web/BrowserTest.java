package io.worktrackr.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import io.worktrackr.testing.Fixtures;
import io.worktrackr.testing.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * The real jar's web app in Debian's Chromium (headless, never a downloaded browser) against the real server
 * and database. Every page is watched for console errors and warnings: any fails the test.
 */
public abstract class BrowserTest extends IntegrationTest {

    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final List<String> CHROMIUM_ARGS = List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync");

    private static Playwright playwright;
    private static Browser browser;

    protected BrowserContext context;
    protected Page page;
    protected final List<String> consoleProblems = new ArrayList<>();

    @BeforeAll
    static void launch() {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(
                                Paths.get(System.getProperty("worktrackr.test.chromium", "/usr/bin/chromium")))
                        .setHeadless(true)
                        .setArgs(CHROMIUM_ARGS));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port)
                .setViewportSize(1280, 900));
        context.setDefaultTimeout(10_000);
        page = context.newPage();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error") || message.type().equals("warning")) {
                if (!expectedConsoleMessage(message.text())) {
                    consoleProblems.add(message.type() + ": " + message.text());
                }
            }
        });
        page.onPageError(error -> consoleProblems.add("page error: " + error));
    }

    @AfterEach
    void noConsoleProblems() {
        try {
            assertThat(consoleProblems).as("console errors and warnings").isEmpty();
        } finally {
            context.close();
        }
    }

    /** The browser logs failed requests that the app handles on purpose (a 404 page, a 409 conflict…). */
    protected boolean expectedConsoleMessage(String text) {
        return text.startsWith("Failed to load resource: the server responded with a status of");
    }

    protected void signIn(String email) {
        page.navigate("/login");
        page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)).fill(email);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(Fixtures.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page.getByTestId("count-my")).isVisible();
    }

    protected void screenshot(String name) {
        screenshotOf(page, name);
    }

    /** A second person's browser (own cookies, own session) on the same server. */
    protected BrowserContext newContext(int width, int height) {
        BrowserContext other = context.browser()
                .newContext(new Browser.NewContextOptions()
                        .setBaseURL("http://localhost:" + port)
                        .setViewportSize(width, height));
        other.setDefaultTimeout(10_000);
        return other;
    }

    /** A second browser's console errors fail the test too, named by whose browser it was. */
    protected void watch(Page other, String who) {
        other.onConsoleMessage(message -> {
            if ((message.type().equals("error") || message.type().equals("warning"))
                    && !expectedConsoleMessage(message.text())) {
                consoleProblems.add(who + " " + message.type() + ": " + message.text());
            }
        });
        other.onPageError(error -> consoleProblems.add(who + " page error: " + error));
    }

    protected static void signInOn(Page other, String email) {
        signInOn(other, email, Fixtures.PASSWORD);
    }

    protected static void signInOn(Page other, String email, String password) {
        other.navigate("/login");
        other.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)).fill(email);
        other.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
                .fill(password);
        other.getByRole(AriaRole.BUTTON, named("Sign in")).click();
        assertThat(other.getByTestId("count-my")).isVisible();
    }

    protected static void screenshotOf(Page other, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        other.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    /** A role's accessible name matched whole (a regex pattern). */
    protected static Page.GetByRoleOptions named(String pattern) {
        return new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^" + pattern + "$"));
    }
}
