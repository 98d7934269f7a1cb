package io.worktrackr.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.worktrackr.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** A new team starts on its own: sign-up in the browser, straight into an empty, ready help desk. */
class SignUpBrowserTests extends BrowserTest {

    @Test
    void aNewOrganisationSignsUpAndLandsOnItsDashboardWithTheDefaultQueues() {
        String organisation = Fixtures.unique("Acme Support");
        String email = Fixtures.unique("founder") + "@example.test";
        page.navigate("/login");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Create an organisation"))
                .click();

        page.getByLabel("Organisation name", exact()).fill(organisation);
        page.getByLabel("Your name", exact()).fill("Fran Founder");
        page.getByLabel("Email", exact()).fill(email);
        page.getByLabel("Password", exact()).fill("short");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create organisation"))
                .click();

        assertThat(page.getByText("must be between 8 and 200 characters")).isVisible();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM organisations WHERE name = :name")
                        .param("name", organisation)
                        .query(Long.class)
                        .single())
                .isZero();

        page.getByLabel("Password", exact()).fill("a-long-enough-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create organisation"))
                .click();

        // sign-up, then sign-in (sign-up answers alike for every address and starts no session): two password hashes
        assertThat(page.getByTestId("count-my"))
                .hasText(
                        "0",
                        new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(20_000));
        for (String queue : new String[] {"General", "Level 1 Support", "Billing"}) {
            assertThat(page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^" + queue))))
                    .isVisible();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM organisations WHERE name = :name")
                        .param("name", organisation)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private static Page.GetByLabelOptions exact() {
        return new Page.GetByLabelOptions().setExact(true);
    }
}
