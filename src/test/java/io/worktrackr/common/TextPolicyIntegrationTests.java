package io.worktrackr.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.worktrackr.testing.Api;
import io.worktrackr.testing.Fixtures;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One text policy for every text field, on both databases: a control character is refused with a 422 that
 * names the field (never stored, never silently removed); descriptions and comment bodies may hold tabs and
 * line breaks. NUL is the character PostgreSQL cannot store, ESC and U+0085 are ones H2 would store.
 */
class TextPolicyIntegrationTests extends IntegrationTest {

    static final String[] CONTROLS = {"\u0000", "\u001b", "\u0085"};

    Org org;
    Api api;
    String ticketPath;

    @BeforeEach
    void organisation() {
        org = fixtures.organisation();
        api = org.admin.api();
        ticketPath = "/api/tickets/" + org.ticket("Target").get("id").stringValue();
    }

    @Test
    void ticketTitlesAndDescriptionsRefuseControlCharacters() {
        for (String control : CONTROLS) {
            assertRefused(api.post("/api/tickets", Map.of("title", "a" + control)), "title");
            assertRefused(api.patch(ticketPath, Map.of("title", "a" + control)), "title");
            assertRefused(api.post("/api/tickets", Map.of("title", "x", "description", "a" + control)), "description");
            assertRefused(api.patch(ticketPath, Map.of("description", "a" + control)), "description");
            assertRefused(api.post("/api/tickets", Map.of("title", "tab\tin title")), "title");
        }
        Api.Response lines = api.post("/api/tickets", Map.of("title", "x", "description", "one\r\ntwo\tthree"));
        assertThat(lines.status()).as(lines.toString()).isEqualTo(201);
        assertThat(lines.body().get("description").stringValue()).isEqualTo("one\r\ntwo\tthree");
        assertThat(api.get("/api/tickets").body().get("items")).hasSize(2);
    }

    @Test
    void commentBodiesRefuseControlCharactersOnPostingAndEditing() {
        Api.Response posted =
                api.post(ticketPath + "/comments", Map.of("body", "one\r\ntwo\tthree", "visibility", "public"));
        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
        assertThat(posted.body().get("body").stringValue()).isEqualTo("one\r\ntwo\tthree");
        String commentPath = ticketPath + "/comments/" + posted.body().get("id").stringValue();

        for (String control : CONTROLS) {
            assertRefused(
                    api.post(ticketPath + "/comments", Map.of("body", "a" + control, "visibility", "public")), "body");
            assertRefused(api.patch(commentPath, Map.of("body", "a" + control)), "body");
        }
        assertThat(api.get(ticketPath + "/comments").body().get("items")).hasSize(1);
        assertThat(api.get(commentPath).body().get("body").stringValue()).isEqualTo("one\r\ntwo\tthree");
    }

    @Test
    void namesRefuseControlCharacters() {
        for (String control : CONTROLS) {
            assertRefused(api.post("/api/queues", Map.of("name", "a" + control)), "name");
            String queuePath = "/api/queues/" + org.queues.values().iterator().next();
            assertRefused(api.patch(queuePath, Map.of("name", "a" + control)), "name");
            assertRefused(org.admin.session().post("/api/me/tokens", Map.of("name", "a" + control)), "name");
            assertRefused(
                    api.post(
                            "/api/members",
                            Map.of(
                                    "email",
                                    Fixtures.unique("m") + "@example.test",
                                    "name",
                                    "a" + control,
                                    "role",
                                    "agent",
                                    "password",
                                    Fixtures.PASSWORD)),
                    "name");
            assertRefused(signUp("a" + control, "Admin"), "organisationName");
            assertRefused(signUp(Fixtures.unique("Org"), "a" + control), "name");
        }
    }

    @Test
    void searchRefusesControlCharactersToo() {
        assertRefused(api.get("/api/tickets?q=a%00b"), "q");
        assertRefused(api.get("/api/tickets?q=a%09b"), "q");
        assertRefused(api.get("/api/tickets?q=a%C2%85b"), "q");
        assertThat(api.get("/api/tickets?q=Target").body().get("items")).hasSize(1);
    }

    @Test
    void namesOfQueuesPeopleOrganisationsAndTokensRefuseInvisibleAndDirectionChangingCharacters() {
        for (String invisible : new String[] {"\u200b", "\u202e", "\ufeff", "\u2028"}) {
            assertRefusedName(api.post("/api/queues", Map.of("name", "General" + invisible)), "name");
            assertRefusedName(org.admin.session().patch("/api/me", Map.of("name", "Ada" + invisible)), "name");
            assertRefusedName(api.patch("/api/organisation", Map.of("name", "Acme" + invisible)), "name");
            assertRefusedName(org.admin.session().post("/api/me/tokens", Map.of("name", "ci" + invisible)), "name");
            assertRefusedName(
                    api.post(
                            "/api/members",
                            Map.of(
                                    "email",
                                    Fixtures.unique("someone") + "@example.test",
                                    "name",
                                    "Some" + invisible + "one",
                                    "role",
                                    "agent",
                                    "password",
                                    Fixtures.PASSWORD)),
                    "name");
            assertRefusedName(signUp("Acme" + invisible, "Admin"), "organisationName");
            assertRefusedName(signUp(Fixtures.unique("Org"), "Ad" + invisible + "min"), "name");
        }
    }

    @Test
    void ticketTitlesRuleNamesQueueRenamesAndNamesGivenWithAnInvitationRefuseInvisibleCharactersToo() {
        String queuePath = "/api/queues/" + org.queues.values().iterator().next();
        for (String invisible : new String[] {"\u200b", "\u202e", "\ufeff", "\u2028"}) {
            assertRefusedName(api.post("/api/tickets", Map.of("title", "Invoice" + invisible + "fdp.exe")), "title");
            assertRefusedName(api.patch(ticketPath, Map.of("title", "Target" + invisible)), "title");
            assertRefusedName(api.patch(queuePath, Map.of("name", "General" + invisible)), "name");
            assertRefusedName(
                    api.post(
                            "/api/automation/rules",
                            Map.of(
                                    "name",
                                    "Triage" + invisible,
                                    "enabled",
                                    true,
                                    "trigger",
                                    Map.of("type", "ticket_created", "businessHours", false),
                                    "match",
                                    "all",
                                    "conditions",
                                    java.util.List.of(),
                                    "actions",
                                    java.util.List.of(Map.of("type", "set_priority", "value", "high")))),
                    "name");
            String url = api.post(
                            "/api/invitations",
                            Map.of("email", Fixtures.unique("joiner") + "@example.test", "role", "agent"))
                    .string("$.acceptUrl");
            String token = url.substring(url.indexOf("#token=") + 7);
            assertRefusedName(
                    Api.session(port)
                            .post(
                                    "/api/invitations/accept",
                                    Map.of(
                                            "token",
                                            token,
                                            "name",
                                            "Jo" + invisible + "iner",
                                            "password",
                                            "long-enough-secret")),
                    "name");
        }
        assertThat(api.get("/api/tickets").body().get("items")).hasSize(1);
        Api.Response decomposed = api.post("/api/tickets", Map.of("title", "Cafe\u0301 menu"));
        assertThat(decomposed.status()).as(decomposed.toString()).isEqualTo(201);
        assertThat(decomposed.string("$.title")).as("stored in NFC").isEqualTo("Caf\u00e9 menu");
        Api.Response emoji = api.post("/api/tickets", Map.of("title", "Family \uD83D\uDC68\u200D\uD83D\uDC69 trip"));
        assertThat(emoji.status())
                .as("the zero-width joiner emoji need stays allowed")
                .isEqualTo(201);
    }

    @Test
    void queueNamesAreStoredInNfcAndUniqueAfterNormalisationAndCaseFolding() {
        Api.Response decomposed = api.post("/api/queues", Map.of("name", "Cafe\u0301 desk"));
        assertThat(decomposed.status()).as(decomposed.toString()).isEqualTo(201);
        assertThat(decomposed.string("$.name")).isEqualTo("Caf\u00e9 desk");

        for (String lookalike :
                new String[] {"GENERAL", "\uff27\uff45\uff4e\uff45\uff52\uff41\uff4c", "Caf\u00e9  DESK"}) {
            Api.Response taken = api.post("/api/queues", Map.of("name", lookalike));
            assertThat(taken.status()).as(lookalike + " " + taken).isEqualTo(409);
            assertThat(taken.string("$.type")).endsWith("/queue-name-taken");
        }
        Api.Response renamed = api.patch("/api/queues/" + decomposed.string("$.id"), Map.of("name", "general"));
        assertThat(renamed.status()).isEqualTo(409);
    }

    private static void assertRefusedName(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.body().get("errors").get(0).get("field").stringValue())
                .isEqualTo(field);
        assertThat(response.body().get("errors").get(0).get("message").stringValue())
                .isEqualTo(Text.NAME_MESSAGE);
    }

    private Api.Response signUp(String organisationName, String name) {
        return Api.session(port)
                .post(
                        "/api/signup",
                        Map.of(
                                "organisationName",
                                organisationName,
                                "name",
                                name,
                                "email",
                                Fixtures.unique("admin") + "@example.test",
                                "password",
                                Fixtures.PASSWORD));
    }

    private static void assertRefused(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("errors").get(0).get("field").stringValue())
                .isEqualTo(field);
        assertThat(response.body().get("errors").get(0).get("message").stringValue())
                .startsWith("must not contain control characters");
    }
}
