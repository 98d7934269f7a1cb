package io.worktrackr.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.worktrackr.testing.Api;
import io.worktrackr.testing.Fixtures;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.Fixtures.User;
import io.worktrackr.testing.Json;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A team sets itself up in the browser (issue 9): invitations, roles and the last-admin rule, queues with
 * members, archiving with a move, deactivation, password changes and API tokens, in the Settings area.
 */
class TeamAdminBrowserTests extends BrowserTest {

    /** A session ended elsewhere shows within seconds: the app checks its session every 5 s. */
    private static final LocatorAssertions.IsVisibleOptions WITHIN_SECONDS =
            new LocatorAssertions.IsVisibleOptions().setTimeout(20_000);

    Org org;

    @BeforeEach
    void organisation() {
        org = fixtures.organisation();
    }

    @Test
    void aNewAdminInvitesAColleagueWhoJoinsFromTheOneTimeLink() {
        signIn(org.admin.email());
        page.getByRole(AriaRole.BUTTON, named("Account menu for .*")).click();
        page.getByRole(AriaRole.MENUITEM, named("Settings")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Profile"))).isVisible();
        settingsLink("Members").click();

        page.getByRole(AriaRole.BUTTON, named("Invite")).click();
        String email = Fixtures.unique("sam") + "@example.test";
        page.getByLabel("E-mail", new Page.GetByLabelOptions().setExact(false)).fill(email);
        page.getByRole(AriaRole.BUTTON, named("Create invitation")).click();
        Locator link = page.getByRole(AriaRole.TEXTBOX, named("Invitation link for " + email));
        assertThat(link).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, named("Copy"))).isVisible();
        assertThat(page.getByRole(AriaRole.LISTITEM, named(email))).isVisible();
        screenshot("settings-members-invited-1280");
        page.setViewportSize(390, 844);
        screenshot("settings-members-invited-390");
        String acceptUrl = link.inputValue();
        assertThat(acceptUrl).contains("/invitations/accept#token=");

        try (BrowserContext colleague = newContext(390, 844)) {
            Page sam = colleague.newPage();
            watch(sam, "other page");
            sam.navigate(acceptUrl.substring(acceptUrl.indexOf("/invitations/accept")));
            assertThat(sam.getByRole(AriaRole.HEADING, named("Join .*"))).isVisible();
            sam.getByLabel("Your name").fill("Sam Support");
            sam.getByLabel("Choose a password").fill("a-long-enough-password");
            sam.getByRole(AriaRole.BUTTON, named("Join .*")).click();
            assertThat(sam.getByTestId("count-my")).hasText("0");
            screenshotOf(sam, "invitation-accepted-390");
        }

        page.setViewportSize(1280, 900);
        page.reload();
        assertThat(page.getByRole(AriaRole.LISTITEM, named("Sam Support"))).isVisible();
        JsonNode members = org.admin.api().get("/api/members").body();
        assertThat(members.toString()).contains(email);
    }

    @Test
    void anAdminCreatesAQueueWithTwoMembersAndArchivesAQueueMovingItsTickets() {
        User alice = org.agent("Alice");
        User bob = org.agent("Bob");
        signIn(org.admin.email());
        page.navigate("/settings/queues");

        page.getByLabel("New queue").fill("Hardware");
        page.getByRole(AriaRole.BUTTON, named("Create queue")).click();
        Locator hardware = page.getByRole(AriaRole.LISTITEM, named("Hardware"));
        assertThat(hardware).isVisible();
        hardware.getByRole(AriaRole.BUTTON, within("Members")).click();
        Locator picker = page.getByRole(AriaRole.COMBOBOX, named("Members of Hardware"));
        picker.click();
        page.getByRole(AriaRole.OPTION, named("Alice")).click();
        page.getByRole(AriaRole.OPTION, named("Bob")).click();
        picker.press("Escape");
        hardware.getByRole(AriaRole.BUTTON, within("Save members")).click();
        assertThat(page.getByText("Hardware: 2 members")).isVisible();

        String hardwareId = queueId("Hardware");
        Api.Response members = org.admin.api().get("/api/queues/" + hardwareId + "/members");
        assertThat(members.body().toString())
                .contains(alice.id().toString(), bob.id().toString());

        org.ticket(Map.of("title", "Broken keyboard", "description", "Keys stick.", "queueId", hardwareId));
        page.reload();
        hardware = page.getByRole(AriaRole.LISTITEM, named("Hardware"));
        assertThat(hardware.getByText("1 active ticket")).isVisible();
        hardware.getByRole(AriaRole.BUTTON, within("Archive")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByRole(AriaRole.BUTTON, within("Archive")).click();
        assertThat(dialog.getByText(
                        "Hardware holds 1 active ticket. Choose where it moves; then the queue is archived."))
                .isVisible();
        dialog.getByRole(AriaRole.COMBOBOX, within("Move its active tickets to"))
                .click();
        page.getByRole(AriaRole.OPTION, named("General")).click();
        screenshot("settings-queues-archive-move-1280");
        dialog.getByRole(AriaRole.BUTTON, within("Move tickets and archive")).click();
        assertThat(hardware.getByText("Archived", new Locator.GetByTextOptions().setExact(true)))
                .isVisible();

        JsonNode tickets = org.admin
                .api()
                .get("/api/tickets?view=active&queueId=" + hardwareId)
                .body();
        assertThat(tickets.get("items").size()).isZero();
        assertThat(org.admin
                        .api()
                        .get("/api/tickets?view=active&queueId=" + org.queues.get("General"))
                        .body()
                        .toString())
                .contains("Broken keyboard");
        page.setViewportSize(390, 844);
        screenshot("settings-queues-390");
    }

    @Test
    void theOrganisationPageLinksToTheOtherSettingsAndThePolicyFormPreviewsDueTimes() {
        signIn(org.admin.email());
        page.navigate("/settings/organisation");
        Locator more = page.getByRole(AriaRole.REGION, named("More settings for this organisation"));
        assertThat(more.getByRole(AriaRole.LINK, within("SLA policies and business calendars")))
                .hasAttribute("href", "/settings/sla");
        assertThat(more.getByRole(AriaRole.LINK, within("Automation rules")))
                .hasAttribute("href", "/settings/automation");
        screenshot("settings-organisation-1280");
        page.setViewportSize(390, 844);
        screenshot("settings-organisation-390");

        page.setViewportSize(1280, 900);
        more.getByRole(AriaRole.LINK, within("SLA policies and business calendars"))
                .click();
        page.getByRole(AriaRole.BUTTON, named("New policy")).click();
        Locator preview = page.getByRole(AriaRole.TABLE, named("Due times of a ticket created now"));
        assertThat(preview.getByRole(AriaRole.ROW, within("Urgent.*"))).not().hasText(Pattern.compile("…"));
        assertThat(page.getByText(Pattern.compile("A ticket created now \\(.*\\) would be due at these times")))
                .isVisible();
        screenshot("settings-sla-policy-preview-1280");
        page.setViewportSize(390, 844);
        screenshot("settings-sla-policy-preview-390");
    }

    @Test
    void theLastAdminCannotBeDemotedButAPromotedAdminCanBeDemotedAgain() {
        User bob = org.agent("Bob");
        signIn(org.admin.email());
        page.navigate("/settings/members");

        Locator me = page.getByRole(AriaRole.LISTITEM, named("Admin of .*"));
        me.getByRole(AriaRole.COMBOBOX).click();
        page.getByRole(AriaRole.OPTION, named("Agent")).click();
        assertThat(me.getByRole(AriaRole.ALERT)).isVisible();
        assertThat(me.getByRole(AriaRole.COMBOBOX)).hasValue("Admin");

        Locator bobRow = page.getByRole(AriaRole.LISTITEM, named("Bob"));
        bobRow.getByRole(AriaRole.COMBOBOX).click();
        page.getByRole(AriaRole.OPTION, named("Admin")).click();
        assertThat(page.getByText("Bob is now admin")).isVisible();
        assertThat(bobRow.getByRole(AriaRole.COMBOBOX)).hasValue("Admin");

        bobRow.getByRole(AriaRole.COMBOBOX).click();
        page.getByRole(AriaRole.OPTION, named("Agent")).click();
        assertThat(page.getByText("Bob is now agent")).isVisible();
        assertThat(bobRow.getByRole(AriaRole.COMBOBOX)).hasValue("Agent");
        assertThat(role(bob)).isEqualTo("agent");
    }

    @Test
    void deactivatingAnAgentEndsTheirOtherBrowserSessionAndOffersTheirTicketsForReassignment() {
        User bob = org.agent("Bob");
        for (String title : new String[] {"Router down", "New laptop"}) {
            org.ticket(Map.of(
                    "title", title, "description", "…", "assigneeId", bob.id().toString()));
        }
        try (BrowserContext bobsBrowser = newContext(390, 844)) {
            Page bobPage = bobsBrowser.newPage();
            watch(bobPage, "other page");
            signInOn(bobPage, bob.email());

            signIn(org.admin.email());
            page.navigate("/settings/members");
            Locator bobRow = page.getByRole(AriaRole.LISTITEM, named("Bob"));
            assertThat(bobRow.getByText(Pattern.compile("2 active tickets"))).isVisible();
            bobRow.getByRole(AriaRole.BUTTON, within("Deactivate Bob.*")).click();
            page.getByRole(AriaRole.DIALOG)
                    .getByRole(AriaRole.BUTTON, within("Deactivate"))
                    .click();

            assertThat(bobPage.getByText("You were signed out elsewhere. Please sign in again."))
                    .isVisible(WITHIN_SECONDS);

            Locator panel = page.getByRole(AriaRole.REGION, named("Active tickets of Bob.*"));
            assertThat(panel.getByText(Pattern.compile("Router down"))).isVisible();
            assertThat(panel.getByText(Pattern.compile("New laptop"))).isVisible();
            panel.getByRole(AriaRole.COMBOBOX, within("Reassign to")).click();
            page.getByRole(AriaRole.OPTION, named("Admin of .*")).click();
            screenshot("settings-members-reassign-1280");
            panel.getByRole(AriaRole.BUTTON, within("Reassign 2 tickets")).click();
            assertThat(page.getByText("2 tickets updated")).isVisible();

            JsonNode stillBobs = org.admin
                    .api()
                    .get("/api/tickets?view=active&assigneeId=" + bob.id())
                    .body();
            assertThat(stillBobs.get("items").size()).isZero();
        }
    }

    @Test
    void anAgentChangesTheirPasswordAndTheirOtherSessionEnds() {
        User alice = org.agent("Alice");
        try (BrowserContext otherBrowser = newContext(390, 844)) {
            Page other = otherBrowser.newPage();
            watch(other, "other page");
            signInOn(other, alice.email());

            signIn(alice.email());
            page.navigate("/settings/profile");
            assertThat(settingsLink("Members")).hasCount(0);
            page.getByLabel("Current password").fill(Fixtures.PASSWORD);
            page.getByLabel("New password", new Page.GetByLabelOptions().setExact(false))
                    .first()
                    .fill("a-brand-new-password");
            page.getByLabel("Repeat the new password").fill("a-brand-new-password");
            page.getByRole(AriaRole.BUTTON, named("Change password")).click();
            assertThat(page.getByText("Password changed. Your other sessions were signed out."))
                    .isVisible();

            assertThat(other.getByText("You were signed out elsewhere. Please sign in again."))
                    .isVisible(WITHIN_SECONDS);
            // This browser stays signed in.
            page.navigate("/settings/sessions");
            assertThat(page.getByText("This browser")).isVisible();
        }
    }

    @Test
    void aTokenCreatedInTheBrowserWorksWithAnHttpClientUntilItIsRevoked() {
        User alice = org.agent("Alice");
        signIn(alice.email());
        page.navigate("/settings/tokens");
        page.getByLabel("Token name").fill("Nightly export");
        page.getByRole(AriaRole.BUTTON, named("Create token")).click();
        Locator shown = page.getByRole(AriaRole.TEXTBOX, named("Token “Nightly export”"));
        assertThat(shown).isVisible();
        String token = shown.inputValue();
        assertThat(token).startsWith("wt_");
        screenshot("settings-tokens-1280");

        Api script = Api.token(port, token);
        assertThat(script.get("/api/me").status()).isEqualTo(200);

        page.getByRole(AriaRole.BUTTON, named("Dismiss")).click();
        page.getByRole(AriaRole.BUTTON, named("Revoke Nightly export")).click();
        page.getByRole(AriaRole.BUTTON, named("Revoke token")).click();
        assertThat(page.getByRole(AriaRole.LISTITEM, named("Nightly export"))).hasCount(0);
        assertThat(script.get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void anAgentSeesOnlyTheirOwnSettingsAndAdminPagesSayAdminsOnly() {
        User alice = org.agent("Alice");
        signIn(alice.email());
        page.navigate("/settings/members");
        assertThat(page.getByRole(AriaRole.HEADING, named("Admins only"))).isVisible();
        assertThat(settingsLink("Profile")).isVisible();
        assertThat(settingsLink("Queues")).hasCount(0);
        page.setViewportSize(390, 844);
        page.navigate("/settings/profile");
        assertThat(page.getByRole(AriaRole.COMBOBOX, named("Settings page"))).isVisible();
        screenshot("settings-profile-agent-390");
    }

    // -----------------------------------------------------------------------------------------------

    private Locator settingsLink(String name) {
        return page.getByRole(AriaRole.NAVIGATION, named("Settings")).getByRole(AriaRole.LINK, within(name));
    }

    private String queueId(String name) {
        for (JsonNode queue : org.admin.api().get("/api/queues").body()) {
            if (Json.string(queue, "$.name").equals(name)) {
                return Json.string(queue, "$.id");
            }
        }
        throw new AssertionError("no queue " + name);
    }

    private String role(User user) {
        for (JsonNode member : org.admin.api().get("/api/members").body()) {
            if (Json.string(member, "$.id").equals(user.id().toString())) {
                return Json.string(member, "$.role");
            }
        }
        throw new AssertionError("not a member: " + user.email());
    }

    private static Locator.GetByRoleOptions within(String pattern) {
        return new Locator.GetByRoleOptions().setName(Pattern.compile("^" + pattern + "$"));
    }
}
