package io.worktrackr.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.worktrackr.testing.Api;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.Fixtures.User;
import io.worktrackr.testing.IntegrationTest;
import io.worktrackr.testing.Json;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CommentsIntegrationTests extends IntegrationTest {

    Org org;
    User alice;
    String ticketPath;
    UUID ticketId;

    @BeforeEach
    void ticket() {
        org = fixtures.organisation();
        alice = org.agent("Alice");
        JsonNode ticket = org.ticket("Printer on fire");
        ticketId = UUID.fromString(Json.string(ticket, "$.id"));
        ticketPath = "/api/tickets/" + ticketId;
    }

    private JsonNode post(User who, String body, String visibility) {
        Api.Response posted = who.api().post(ticketPath + "/comments", Map.of("body", body, "visibility", visibility));
        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
        return posted.body();
    }

    private String commentPath(JsonNode comment) {
        return ticketPath + "/comments/" + Json.string(comment, "$.id");
    }

    @Test
    void repliesAndNotesAreListedOldestFirstWithAuthorTimeAndVisibility() {
        Api.Response created =
                alice.api().post(ticketPath + "/comments", Map.of("body", "We are on it.", "visibility", "public"));
        post(org.admin, "Customer is a VIP", "internal");

        assertThat(created.header("Location")).isEqualTo(ticketPath + "/comments/" + created.string("$.id"));
        JsonNode items = org.admin.api().get(ticketPath + "/comments").body().get("items");
        assertThat(items).hasSize(2);
        assertThat(Json.string(items, "$[0].body")).isEqualTo("We are on it.");
        assertThat(Json.string(items, "$[0].visibility")).isEqualTo("public");
        assertThat(Json.string(items, "$[0].author.id")).isEqualTo(alice.id().toString());
        assertThat(Json.string(items, "$[0].author.name")).isEqualTo("Alice");
        assertThat(Json.string(items, "$[0].createdAt")).endsWith("Z");
        assertThat(items.get(0).get("edited").booleanValue()).isFalse();
        assertThat(items.get(0).get("redacted").booleanValue()).isFalse();
        assertThat(Json.string(items, "$[1].visibility")).isEqualTo("internal");
        assertThat(Json.string(items, "$[1].author.id"))
                .isEqualTo(org.admin.id().toString());
        assertThat(Instant.parse(Json.string(items, "$[1].createdAt")))
                .isAfterOrEqualTo(Instant.parse(Json.string(items, "$[0].createdAt")));
        assertThat(jdbc.sql("SELECT visibility FROM comments WHERE ticket_id = :t ORDER BY seq")
                        .param("t", ticketId)
                        .query(String.class)
                        .list())
                .containsExactly("public", "internal");
    }

    @Test
    void bodiesAreMarkdownRenderedToHtmlAndTheRawTextIsKept() {
        JsonNode comment = post(
                alice, "**Restart** the `spooler`:\n\n1. stop\n2. start\n\n[docs](https://example.com/x)", "public");

        assertThat(Json.string(comment, "$.body")).startsWith("**Restart**");
        String html = Json.string(comment, "$.html");
        assertThat(html).contains("<strong>Restart</strong>", "<code>spooler</code>", "<ol>", "<li>stop</li>");
        var link = Jsoup.parseBodyFragment(html).selectFirst("a");
        assertThat(link.attr("href")).isEqualTo("https://example.com/x");
        assertThat(link.attr("rel").split(" ")).containsExactlyInAnyOrder("nofollow", "noopener", "noreferrer");
    }

    @Test
    void visibilityIsRequiredAndMustBePublicOrInternal() {
        Api.Response missing = alice.api().post(ticketPath + "/comments", Map.of("body", "hello"));
        Api.Response wrong =
                alice.api().post(ticketPath + "/comments", Map.of("body", "hello", "visibility", "private"));
        Api.Response blank = alice.api().post(ticketPath + "/comments", Map.of("body", "  ", "visibility", "public"));
        Api.Response tooLong =
                alice.api().post(ticketPath + "/comments", Map.of("body", "x".repeat(20_001), "visibility", "public"));

        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.string("$.errors[0].field")).isEqualTo("visibility");
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.string("$.errors[0].field")).isEqualTo("body");
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(org.admin.api().get(ticketPath + "/comments").size("$.items"))
                .isZero();
    }

    @Test
    void invisibleControlCharactersAreRemovedSoEveryDatabaseStoresTheSameText() {
        JsonNode comment = post(alice, "null\u0000byte and \u001b[31mred\u001b[0m\ttab\r\nline", "public");

        assertThat(Json.string(comment, "$.body")).isEqualTo("nullbyte and [31mred[0m\ttab\r\nline");
    }

    @Test
    void theAuthorEditsAndThePreviousTextIsKept() {
        JsonNode comment = post(alice, "Fist version", "public");

        Api.Response edited = alice.api().patch(commentPath(comment), Map.of("body", "First version"));
        alice.api().patch(commentPath(comment), Map.of("body", "First version, really"));

        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.bool("$.edited")).isTrue();
        assertThat(edited.body().get("editedAt").isNull()).isFalse();
        JsonNode now = org.admin.api().get(commentPath(comment)).body();
        assertThat(Json.string(now, "$.body")).isEqualTo("First version, really");
        assertThat(Json.string(now, "$.html")).contains("First version, really");
        JsonNode revisions =
                org.admin.api().get(commentPath(comment) + "/revisions").body().get("items");
        assertThat(revisions).hasSize(2);
        assertThat(Json.string(revisions, "$[0].body")).isEqualTo("Fist version");
        assertThat(Json.string(revisions, "$[1].body")).isEqualTo("First version");
        assertThat(Json.string(revisions, "$[0].writtenAt")).isEqualTo(Json.string(comment, "$.createdAt"));
    }

    @Test
    void onlyTheAuthorMayEditEvenAnAdminIsRefused() {
        JsonNode comment = post(alice, "Mine", "internal");
        User bob = org.agent("Bob");

        Api.Response byBob = bob.api().patch(commentPath(comment), Map.of("body", "Bob was here"));
        Api.Response byAdmin = org.admin.api().patch(commentPath(comment), Map.of("body", "Admin was here"));

        assertThat(byBob.status()).isEqualTo(403);
        assertThat(byAdmin.status()).isEqualTo(403);
        JsonNode now = alice.api().get(commentPath(comment)).body();
        assertThat(Json.string(now, "$.body")).isEqualTo("Mine");
        assertThat(now.get("edited").booleanValue()).isFalse();
        assertThat(alice.api().get(commentPath(comment) + "/revisions").size("$.items"))
                .isZero();
    }

    @Test
    void anEditMayNotChangeTheVisibility() {
        JsonNode comment = post(alice, "Internal only", "internal");

        Api.Response attempt = alice.api().patch(commentPath(comment), Map.of("body", "x", "visibility", "public"));

        assertThat(attempt.status()).isEqualTo(422);
        assertThat(alice.api().get(commentPath(comment)).string("$.visibility")).isEqualTo("internal");
    }

    @Test
    void anAdminRedactsAndTheContentOfTheCommentAndItsRevisionsIsGone() {
        JsonNode comment = post(alice, "my password is hunter2", "public");
        alice.api().patch(commentPath(comment), Map.of("body", "my password is hunter2 (oops)"));

        Api.Response redacted = org.admin.api().post(commentPath(comment) + "/redaction", Map.of());

        assertThat(redacted.status()).as(redacted.toString()).isEqualTo(200);
        assertThat(redacted.bool("$.redacted")).isTrue();
        assertThat(redacted.string("$.body")).isEmpty();
        assertThat(redacted.string("$.html")).isEmpty();
        assertThat(redacted.string("$.redactedBy.id")).isEqualTo(org.admin.id().toString());
        assertThat(redacted.string("$.redactedAt")).endsWith("Z");
        assertThat(org.admin.api().get(ticketPath + "/comments").raw().body()).doesNotContain("hunter2");
        assertThat(org.admin
                        .api()
                        .get(commentPath(comment) + "/revisions")
                        .raw()
                        .body())
                .doesNotContain("hunter2");
        UUID id = UUID.fromString(Json.string(comment, "$.id"));
        assertThat(jdbc.sql("SELECT body FROM comments WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEmpty();
        assertThat(jdbc.sql("SELECT body FROM comment_revisions WHERE comment_id = :id")
                        .param("id", id)
                        .query(String.class)
                        .list())
                .containsExactly("");
        // no hard delete: the comment is still there, in its place
        assertThat(org.admin.api().get(ticketPath + "/comments").size("$.items"))
                .isEqualTo(1);
    }

    @Test
    void aRedactedCommentNoLongerShowsOrListsWhomItMentioned() {
        String handle = alice.email().substring(0, alice.email().indexOf('@'));
        JsonNode comment = post(org.admin, "@" + handle + " see the secret", "internal");
        assertThat(alice.api().get("/api/mentions").size("$.items")).isEqualTo(1);

        JsonNode redacted = org.admin
                .api()
                .post(commentPath(comment) + "/redaction", Map.of())
                .body();

        assertThat(redacted.get("mentions")).isEmpty();
        assertThat(alice.api().get("/api/mentions").size("$.items")).isZero();
    }

    @Test
    void onlyAnAdminMayRedactAndARedactedCommentCannotBeChanged() {
        JsonNode comment = post(alice, "Sensitive", "public");

        Api.Response byAgent = alice.api().post(commentPath(comment) + "/redaction", Map.of());
        assertThat(byAgent.status()).isEqualTo(403);
        assertThat(alice.api().get(commentPath(comment)).string("$.body")).isEqualTo("Sensitive");

        assertThat(org.admin
                        .api()
                        .post(commentPath(comment) + "/redaction", Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(org.admin
                        .api()
                        .post(commentPath(comment) + "/redaction", Map.of())
                        .status())
                .isEqualTo(409);
        assertThat(alice.api()
                        .patch(commentPath(comment), Map.of("body", "back again"))
                        .status())
                .isEqualTo(409);
        assertThat(alice.api().get(commentPath(comment)).string("$.body")).isEmpty();
    }

    @Test
    void commentsAreNeverDeleted() {
        JsonNode comment = post(alice, "Stays", "public");

        Api.Response delete = org.admin.api().delete(commentPath(comment));

        assertThat(delete.status()).isEqualTo(405);
        assertThat(alice.api().get(commentPath(comment)).status()).isEqualTo(200);
    }

    @Test
    void commentsEditsAndRedactionsAreInTheTicketsActivityLog() {
        JsonNode comment = post(alice, "One", "public");
        String id = Json.string(comment, "$.id");
        alice.api().patch(commentPath(comment), Map.of("body", "Two"));
        org.admin.api().post(commentPath(comment) + "/redaction", Map.of());

        JsonNode items = org.admin.api().get(ticketPath + "/activity").body().get("items");

        assertThat(items).hasSize(4);
        assertThat(Json.string(items, "$[0].action")).isEqualTo("comment_redacted");
        assertThat(Json.string(items, "$[0].actor.id")).isEqualTo(org.admin.id().toString());
        assertThat(Json.string(items, "$[1].action")).isEqualTo("comment_edited");
        assertThat(Json.string(items, "$[1].actor.id")).isEqualTo(alice.id().toString());
        assertThat(Json.string(items, "$[2].action")).isEqualTo("commented");
        for (int i = 0; i < 3; i++) {
            assertThat(items.get(i).get("newValue").stringValue()).isEqualTo(id);
            assertThat(items.get(i).get("field").isNull()).isTrue();
        }
        assertThat(items.toString()).doesNotContain("One", "Two");
    }

    @Test
    void theFirstPublicReplyStampsTheFirstResponseOnceAndInternalNotesDoNot() {
        post(alice, "Internal thought", "internal");
        assertThat(org.admin
                        .api()
                        .get(ticketPath)
                        .body()
                        .get("firstRespondedAt")
                        .isNull())
                .isTrue();

        JsonNode first = post(alice, "Hello, we are looking into it", "public");
        JsonNode ticket = org.admin.api().get(ticketPath).body();
        post(org.admin, "A second reply", "public");

        assertThat(Instant.parse(Json.string(ticket, "$.firstRespondedAt")))
                .isEqualTo(Instant.parse(Json.string(first, "$.createdAt")));
        JsonNode later = org.admin.api().get(ticketPath).body();
        assertThat(Json.string(later, "$.firstRespondedAt")).isEqualTo(Json.string(ticket, "$.firstRespondedAt"));
        // stamping is not an edit: it does not make anybody's version stale
        assertThat(Json.number(later, "$.version"))
                .isEqualTo(Json.number(ticket, "$.version"))
                .isZero();
    }

    @Test
    void everyCommentEndpointAnswers404ForAnotherOrganisationAndChangesNothing() {
        JsonNode comment = post(alice, "secret plans", "internal");
        Org other = fixtures.organisation();
        User intruder = other.admin;
        String path = commentPath(comment);

        List<Api.Response> answers = List.of(
                intruder.api().get(ticketPath + "/comments"),
                intruder.api().post(ticketPath + "/comments", Map.of("body", "pwned", "visibility", "public")),
                intruder.api().get(path),
                intruder.api().patch(path, Map.of("body", "pwned")),
                intruder.api().get(path + "/revisions"),
                intruder.api().post(path + "/redaction", Map.of()),
                // the comment id under a ticket of the intruder's own organisation
                intruder.api()
                        .get("/api/tickets/" + other.ticket("other").get("id").stringValue() + "/comments/"
                                + Json.string(comment, "$.id")));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
            assertThat(answer.raw().body()).doesNotContain("secret");
        });
        JsonNode now = alice.api().get(path).body();
        assertThat(Json.string(now, "$.body")).isEqualTo("secret plans");
        assertThat(now.get("redacted").booleanValue()).isFalse();
        assertThat(alice.api().get(ticketPath + "/comments").size("$.items")).isEqualTo(1);
    }
}
