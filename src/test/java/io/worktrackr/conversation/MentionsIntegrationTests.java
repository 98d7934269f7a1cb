package io.worktrackr.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.worktrackr.testing.Api;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.Fixtures.User;
import io.worktrackr.testing.IntegrationTest;
import io.worktrackr.testing.Json;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class MentionsIntegrationTests extends IntegrationTest {

    Org org;
    User alice;
    User bob;
    JsonNode ticket;
    String ticketPath;

    @BeforeEach
    void people() {
        org = fixtures.organisation();
        alice = org.agent("Alice");
        bob = org.agent("Bob");
        ticket = org.ticket("VPN drops every hour");
        ticketPath = "/api/tickets/" + Json.string(ticket, "$.id");
    }

    private JsonNode post(User who, String body, String visibility) {
        Api.Response posted = who.api().post(ticketPath + "/comments", Map.of("body", body, "visibility", visibility));
        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
        return posted.body();
    }

    private static String localPart(User user) {
        return user.email().substring(0, user.email().indexOf('@'));
    }

    private long storedMentions(JsonNode comment) {
        return jdbc.sql("SELECT COUNT(*) FROM mentions WHERE comment_id = :id")
                .param("id", UUID.fromString(Json.string(comment, "$.id")))
                .query(Long.class)
                .single();
    }

    @Test
    void aMemberNamedByTheLocalPartOfTheirEmailInAnyCaseBecomesALinkAndAStoredMention() {
        JsonNode comment = post(alice, "@" + localPart(bob).toUpperCase() + " can you look at this?", "internal");

        Elements links = Jsoup.parseBodyFragment(Json.string(comment, "$.html")).select("a.mention");
        assertThat(links).hasSize(1);
        Element link = links.first();
        assertThat(link.attr("data-user-id")).isEqualTo(bob.id().toString());
        assertThat(link.attr("href")).isEqualTo("mailto:" + bob.email());
        assertThat(link.text()).isEqualTo("@" + localPart(bob).toUpperCase());
        assertThat(Json.string(comment, "$.mentions[0].id")).isEqualTo(bob.id().toString());
        assertThat(storedMentions(comment)).isEqualTo(1);
    }

    @Test
    void thePostedCommentIsExactlyWhatReadersReadBack() {
        User carol = org.agent("Carol");
        JsonNode posted =
                post(alice, "**Heads up** @" + localPart(carol) + " and @" + bob.email() + ": see `vpn.log`", "public");

        // the answer is rendered from what was written, not read back: it must match every later read
        JsonNode read = alice.api()
                .get(ticketPath + "/comments/" + Json.string(posted, "$.id"))
                .body();
        assertThat(posted).isEqualTo(read);
        assertThat(Json.string(posted, "$.mentions[0].name")).isEqualTo("Bob");
        assertThat(Json.string(posted, "$.mentions[1].name")).isEqualTo("Carol");
        assertThat(Json.string(posted, "$.author.name")).isEqualTo("Alice");
        assertThat(Jsoup.parseBodyFragment(Json.string(posted, "$.html")).select("a.mention"))
                .hasSize(2);
    }

    @Test
    void aMemberNamedByTheirFullEmailBecomesAMention() {
        JsonNode comment = post(alice, "Thanks @" + bob.email() + ".", "public");

        Element link = Jsoup.parseBodyFragment(Json.string(comment, "$.html")).selectFirst("a.mention");
        assertThat(link).isNotNull();
        assertThat(link.attr("data-user-id")).isEqualTo(bob.id().toString());
        assertThat(link.text()).isEqualTo("@" + bob.email());
        assertThat(link.nextSibling().toString()).isEqualTo(".");
        assertThat(storedMentions(comment)).isEqualTo(1);
    }

    @Test
    void peopleOutsideTheOrganisationAndUnknownNamesStayText() {
        Org other = fixtures.organisation();
        User stranger = other.agent("Stranger");

        JsonNode comment = post(
                alice,
                "ping @" + localPart(stranger) + " and @" + stranger.email() + " and @nobody and @" + localPart(bob)
                        + "@elsewhere.test and mail " + "x" + bob.email(),
                "public");

        String html = Json.string(comment, "$.html");
        assertThat(Jsoup.parseBodyFragment(html).select("a")).isEmpty();
        assertThat(Jsoup.parseBodyFragment(html).text()).contains("@" + stranger.email(), "@nobody");
        assertThat(comment.get("mentions")).isEmpty();
        assertThat(storedMentions(comment)).isZero();
        assertThat(stranger.api().get("/api/mentions").size("$.items")).isZero();
    }

    /** A member added directly, with an address the fixtures would not choose (two people sharing a local part). */
    private UUID memberWithEmail(UUID organisationId, String email, boolean active) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO users (id, email, name, password_hash, created_at)
                        VALUES (:id, :email, :email, 'x', CURRENT_TIMESTAMP)""").param("id", id).param("email", email).update();
        jdbc.sql("""
                        INSERT INTO memberships (organisation_id, user_id, role, created_at, accepted_at, deactivated_at)
                        VALUES (:org, :user, 'agent', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP,
                                CASE WHEN :active THEN NULL ELSE CURRENT_TIMESTAMP END)""")
                .param("org", organisationId)
                .param("user", id)
                .param("active", active)
                .update();
        return id;
    }

    @Test
    void onlyTheHandlesInTheTextAreLookedUpAndALocalPartTwoMembersShareStaysText() {
        String shared = "dana" + UUID.randomUUID().toString().substring(0, 8);
        UUID danaAtA = memberWithEmail(org.id, shared + "@a.example.test", true);
        memberWithEmail(org.id, shared + "@b.example.test", true);
        String former = "erin" + UUID.randomUUID().toString().substring(0, 8);
        memberWithEmail(org.id, former + "@example.test", false);
        String lone = "finn" + UUID.randomUUID().toString().substring(0, 8);
        UUID finn = memberWithEmail(org.id, lone + "@example.test", true);
        // the same local part in another organisation does not make a handle ambiguous here
        memberWithEmail(fixtures.organisation().id, lone + "@elsewhere.example.test", true);

        JsonNode comment = post(
                alice,
                "@" + shared + " @" + former + " @" + lone + " @" + shared.substring(0, 4) + "% @_"
                        + shared.substring(1),
                "internal");
        JsonNode byAddress = post(alice, "@" + shared.toUpperCase() + "@A.example.test", "internal");

        assertThat(mentionLinks(comment)).containsExactly(finn.toString());
        assertThat(storedMentions(comment)).isEqualTo(1);
        assertThat(mentionLinks(byAddress)).containsExactly(danaAtA.toString());
        assertThat(storedMentions(byAddress)).isEqualTo(1);
    }

    @Test
    void aTextWithMoreHandlesThanAreLookedUpOneByOneStillFindsItsMentions() {
        StringBuilder body = new StringBuilder("@" + localPart(bob));
        for (int i = 0; i < CommentManagement.MAX_HANDLES_LOOKED_UP; i++) {
            body.append(" @nobody").append(i);
        }

        JsonNode comment = post(alice, body.toString(), "internal");

        assertThat(mentionLinks(comment)).containsExactly(bob.id().toString());
        assertThat(storedMentions(comment)).isEqualTo(1);
    }

    private static List<String> mentionLinks(JsonNode comment) {
        return Jsoup.parseBodyFragment(Json.string(comment, "$.html"))
                .select("a.mention")
                .eachAttr("data-user-id");
    }

    @Test
    void mentionsInCodeAndInLinksAreNotMentions() {
        JsonNode comment = post(
                alice,
                "`@" + localPart(bob) + "`\n\n```\n@" + localPart(bob) + "\n```\n\n[@" + localPart(bob)
                        + "](https://example.com)",
                "public");

        assertThat(Jsoup.parseBodyFragment(Json.string(comment, "$.html")).select("a.mention"))
                .isEmpty();
        assertThat(storedMentions(comment)).isZero();
    }

    @Test
    void theMentionedPersonSeesWhereTheyWereMentionedUntilTheyMarkItRead() {
        JsonNode comment = post(alice, "@" + localPart(bob) + " please take over", "internal");

        JsonNode unread = bob.api().get("/api/mentions?unread=true").body().get("items");
        assertThat(unread).hasSize(1);
        JsonNode mention = unread.get(0);
        assertThat(Json.string(mention, "$.ticket.id")).isEqualTo(Json.string(ticket, "$.id"));
        assertThat(Json.number(mention, "$.ticket.number")).isEqualTo(Json.number(ticket, "$.number"));
        assertThat(Json.string(mention, "$.ticket.title")).isEqualTo("VPN drops every hour");
        assertThat(Json.string(mention, "$.commentId")).isEqualTo(Json.string(comment, "$.id"));
        assertThat(Json.string(mention, "$.author.id")).isEqualTo(alice.id().toString());
        assertThat(Json.string(mention, "$.at")).endsWith("Z");
        assertThat(mention.get("readAt").isNull()).isTrue();
        assertThat(alice.api().get("/api/mentions?unread=true").size("$.items")).isZero();

        Api.Response read = bob.api().post("/api/mentions/" + Json.string(mention, "$.id") + "/read", Map.of());

        assertThat(read.status()).isEqualTo(204);
        assertThat(bob.api().get("/api/mentions?unread=true").size("$.items")).isZero();
        JsonNode all = bob.api().get("/api/mentions").body().get("items");
        assertThat(all).hasSize(1);
        assertThat(Json.string(all, "$[0].readAt")).endsWith("Z");
        assertThat(bob.api()
                        .post("/api/mentions/" + Json.string(mention, "$.id") + "/read", Map.of())
                        .status())
                .isEqualTo(204);
    }

    @Test
    void anEditThatAddsAMentionNotifiesOnlyTheNewlyMentioned() {
        JsonNode comment = post(alice, "@" + localPart(bob) + " fyi", "public");
        User carol = org.agent("Carol");

        alice.api()
                .patch(
                        ticketPath + "/comments/" + Json.string(comment, "$.id"),
                        Map.of("body", "@" + localPart(bob) + " and @" + localPart(carol) + " fyi"));

        assertThat(carol.api().get("/api/mentions?unread=true").size("$.items")).isEqualTo(1);
        assertThat(bob.api().get("/api/mentions?unread=true").size("$.items")).isEqualTo(1);
        assertThat(storedMentions(comment)).isEqualTo(2);
    }

    @Test
    void mentioningOneselfIsRenderedButNotListed() {
        JsonNode comment = post(alice, "note to @" + localPart(alice), "internal");

        assertThat(Jsoup.parseBodyFragment(Json.string(comment, "$.html")).select("a.mention"))
                .hasSize(1);
        assertThat(alice.api().get("/api/mentions").size("$.items")).isZero();
    }

    @Test
    void anotherPersonsMentionCannotBeMarkedReadAndIsNotListedForThem() {
        post(alice, "@" + localPart(bob) + " look", "public");
        String mentionId = bob.api().get("/api/mentions").string("$.items[0].id");
        User intruder = fixtures.organisation().admin;

        assertThat(alice.api()
                        .post("/api/mentions/" + mentionId + "/read", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(intruder.api()
                        .post("/api/mentions/" + mentionId + "/read", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(intruder.api().get("/api/mentions").size("$.items")).isZero();
        assertThat(bob.api().get("/api/mentions?unread=true").size("$.items")).isEqualTo(1);
    }
}
