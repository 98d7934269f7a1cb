package io.worktrackr.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.worktrackr.testing.Api;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.Fixtures.User;
import io.worktrackr.testing.IntegrationTest;
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
        ticketId = UUID.fromString(ticket.get("id").stringValue());
        ticketPath = "/api/tickets/" + ticketId;
    }

    private JsonNode post(User who, String body, String visibility) {
        Api.Response posted = who.api().post(ticketPath + "/comments", Map.of("body", body, "visibility", visibility));
        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
        return posted.body();
    }

    private String commentPath(JsonNode comment) {
        return ticketPath + "/comments/" + comment.get("id").stringValue();
    }

    @Test
    void repliesAndNotesAreListedOldestFirstWithAuthorTimeAndVisibility() {
        Api.Response created =
                alice.api().post(ticketPath + "/comments", Map.of("body", "We are on it.", "visibility", "public"));
        post(org.admin, "Customer is a VIP", "internal");

        assertThat(created.header("Location"))
                .isEqualTo(ticketPath + "/comments/" + created.body().get("id").stringValue());
        JsonNode items = org.admin.api().get(ticketPath + "/comments").body().get("items");
        assertThat(items).hasSize(2);
        assertThat(items.get(0).get("body").stringValue()).isEqualTo("We are on it.");
        assertThat(items.get(0).get("visibility").stringValue()).isEqualTo("public");
        assertThat(items.get(0).get("author").get("id").stringValue())
                .isEqualTo(alice.id().toString());
        assertThat(items.get(0).get("author").get("name").stringValue()).isEqualTo("Alice");
        assertThat(items.get(0).get("createdAt").stringValue()).endsWith("Z");
        assertThat(items.get(0).get("edited").booleanValue()).isFalse();
        assertThat(items.get(0).get("redacted").booleanValue()).isFalse();
        assertThat(items.get(1).get("visibility").stringValue()).isEqualTo("internal");
        assertThat(items.get(1).get("author").get("id").stringValue())
                .isEqualTo(org.admin.id().toString());
        assertThat(Instant.parse(items.get(1).get("createdAt").stringValue()))
                .isAfterOrEqualTo(Instant.parse(items.get(0).get("createdAt").stringValue()));
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

        assertThat(comment.get("body").stringValue()).startsWith("**Restart**");
        String html = comment.get("html").stringValue();
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
        assertThat(missing.body().get("errors").get(0).get("field").stringValue())
                .isEqualTo("visibility");
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.body().get("errors").get(0).get("field").stringValue()).isEqualTo("body");
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(org.admin.api().get(ticketPath + "/comments").body().get("items"))
                .isEmpty();
    }

    @Test
    void controlCharactersOtherThanTabAndLineBreaksAreRefusedSoEveryDatabaseStoresTheSameText() {
        Api.Response nul =
                alice.api().post(ticketPath + "/comments", Map.of("body", "null\u0000byte", "visibility", "public"));
        Api.Response escape = alice.api()
                .post(ticketPath + "/comments", Map.of("body", "\u001b[31mred\u001b[0m", "visibility", "public"));
        JsonNode comment = post(alice, "tab\there\r\nline", "public");

        assertThat(nul.status()).isEqualTo(422);
        assertThat(nul.body().get("errors").get(0).get("field").stringValue()).isEqualTo("body");
        assertThat(escape.status()).isEqualTo(422);
        assertThat(comment.get("body").stringValue()).isEqualTo("tab\there\r\nline");
        assertThat(org.admin.api().get(ticketPath + "/comments").body().get("items"))
                .hasSize(1);
    }

    @Test
    void theAuthorEditsAndThePreviousTextIsKept() {
        JsonNode comment = post(alice, "Fist version", "public");

        Api.Response edited = alice.api().patch(commentPath(comment), Map.of("body", "First version"));
        alice.api().patch(commentPath(comment), Map.of("body", "First version, really"));

        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.body().get("edited").booleanValue()).isTrue();
        assertThat(edited.body().get("editedAt").isNull()).isFalse();
        JsonNode now = org.admin.api().get(commentPath(comment)).body();
        assertThat(now.get("body").stringValue()).isEqualTo("First version, really");
        assertThat(now.get("html").stringValue()).contains("First version, really");
        JsonNode revisions =
                org.admin.api().get(commentPath(comment) + "/revisions").body().get("items");
        assertThat(revisions).hasSize(2);
        assertThat(revisions.get(0).get("body").stringValue()).isEqualTo("Fist version");
        assertThat(revisions.get(1).get("body").stringValue()).isEqualTo("First version");
        assertThat(revisions.get(0).get("writtenAt").stringValue())
                .isEqualTo(comment.get("createdAt").stringValue());
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
        assertThat(now.get("body").stringValue()).isEqualTo("Mine");
        assertThat(now.get("edited").booleanValue()).isFalse();
        assertThat(alice.api().get(commentPath(comment) + "/revisions").body().get("items"))
                .isEmpty();
    }

    @Test
    void anEditMayNotChangeTheVisibility() {
        JsonNode comment = post(alice, "Internal only", "internal");

        Api.Response attempt = alice.api().patch(commentPath(comment), Map.of("body", "x", "visibility", "public"));

        assertThat(attempt.status()).isEqualTo(422);
        assertThat(alice.api()
                        .get(commentPath(comment))
                        .body()
                        .get("visibility")
                        .stringValue())
                .isEqualTo("internal");
    }

    @Test
    void anAdminRedactsAndTheContentOfTheCommentAndItsRevisionsIsGone() {
        JsonNode comment = post(alice, "my password is hunter2", "public");
        alice.api().patch(commentPath(comment), Map.of("body", "my password is hunter2 (oops)"));

        Api.Response redacted = org.admin.api().post(commentPath(comment) + "/redaction", Map.of());

        assertThat(redacted.status()).as(redacted.toString()).isEqualTo(200);
        assertThat(redacted.body().get("redacted").booleanValue()).isTrue();
        assertThat(redacted.body().get("body").stringValue()).isEmpty();
        assertThat(redacted.body().get("html").stringValue()).isEmpty();
        assertThat(redacted.body().get("redactedBy").get("id").stringValue())
                .isEqualTo(org.admin.id().toString());
        assertThat(redacted.body().get("redactedAt").stringValue()).endsWith("Z");
        assertThat(org.admin.api().get(ticketPath + "/comments").raw().body()).doesNotContain("hunter2");
        assertThat(org.admin
                        .api()
                        .get(commentPath(comment) + "/revisions")
                        .raw()
                        .body())
                .doesNotContain("hunter2");
        UUID id = UUID.fromString(comment.get("id").stringValue());
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
        assertThat(org.admin.api().get(ticketPath + "/comments").body().get("items"))
                .hasSize(1);
    }

    @Test
    void aRedactedCommentNoLongerShowsOrListsWhomItMentioned() {
        String handle = alice.email().substring(0, alice.email().indexOf('@'));
        JsonNode comment = post(org.admin, "@" + handle + " see the secret", "internal");
        assertThat(alice.api().get("/api/mentions").body().get("items")).hasSize(1);

        JsonNode redacted = org.admin
                .api()
                .post(commentPath(comment) + "/redaction", Map.of())
                .body();

        assertThat(redacted.get("mentions")).isEmpty();
        assertThat(alice.api().get("/api/mentions").body().get("items")).isEmpty();
    }

    @Test
    void onlyAnAdminMayRedactAndARedactedCommentCannotBeChanged() {
        JsonNode comment = post(alice, "Sensitive", "public");

        Api.Response byAgent = alice.api().post(commentPath(comment) + "/redaction", Map.of());
        assertThat(byAgent.status()).isEqualTo(403);
        assertThat(alice.api().get(commentPath(comment)).body().get("body").stringValue())
                .isEqualTo("Sensitive");

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
        assertThat(alice.api().get(commentPath(comment)).body().get("body").stringValue())
                .isEmpty();
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
        String id = comment.get("id").stringValue();
        alice.api().patch(commentPath(comment), Map.of("body", "Two"));
        org.admin.api().post(commentPath(comment) + "/redaction", Map.of());

        JsonNode items = org.admin.api().get(ticketPath + "/activity").body().get("items");

        assertThat(items).hasSize(4);
        assertThat(items.get(0).get("action").stringValue()).isEqualTo("comment_redacted");
        assertThat(items.get(0).get("actor").get("id").stringValue())
                .isEqualTo(org.admin.id().toString());
        assertThat(items.get(1).get("action").stringValue()).isEqualTo("comment_edited");
        assertThat(items.get(1).get("actor").get("id").stringValue())
                .isEqualTo(alice.id().toString());
        assertThat(items.get(2).get("action").stringValue()).isEqualTo("commented");
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

        assertThat(Instant.parse(ticket.get("firstRespondedAt").stringValue()))
                .isEqualTo(Instant.parse(first.get("createdAt").stringValue()));
        JsonNode later = org.admin.api().get(ticketPath).body();
        assertThat(later.get("firstRespondedAt").stringValue())
                .isEqualTo(ticket.get("firstRespondedAt").stringValue());
        // stamping is not an edit: it does not make anybody's version stale
        assertThat(later.get("version").longValue())
                .isEqualTo(ticket.get("version").longValue())
                .isZero();
    }

    /**
     * Agents answering a new ticket at the same moment: each reply inserts its comment (a key-share lock on the
     * ticket, through the foreign key) and then locks the ticket to stamp the first response. With a plain
     * {@code FOR UPDATE} that lock upgrade deadlocked two such replies on PostgreSQL and one was answered 409.
     */
    @Test
    void simultaneousFirstRepliesAllLandAndOneOfThemStampsTheFirstResponse() throws Exception {
        User bob = org.agent("Bob");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            for (int round = 0; round < 8; round++) {
                String path = "/api/tickets/"
                        + org.ticket("New ticket " + round).get("id").stringValue();
                List<java.util.concurrent.Callable<Api.Response>> replies = new java.util.ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    User who = i % 3 == 0 ? org.admin : i % 3 == 1 ? alice : bob;
                    String body = "Reply " + i;
                    replies.add(() -> who.api().post(path + "/comments", Map.of("body", body, "visibility", "public")));
                }
                List<String> createdAts = new java.util.ArrayList<>();
                for (var answer : pool.invokeAll(replies)) {
                    Api.Response posted = answer.get();
                    assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
                    createdAts.add(posted.body().get("createdAt").stringValue());
                }
                JsonNode ticket = org.admin.api().get(path).body();
                // stamped once, by whichever reply took the lock first, with that reply's instant
                assertThat(createdAts.stream().map(Instant::parse).toList())
                        .contains(Instant.parse(ticket.get("firstRespondedAt").stringValue()));
                assertThat(org.admin
                                .api()
                                .get(path + "/comments")
                                .body()
                                .get("items")
                                .size())
                        .isEqualTo(6);
            }
        } finally {
            pool.shutdownNow();
        }
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
                                + comment.get("id").stringValue()));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
            assertThat(answer.raw().body()).doesNotContain("secret");
        });
        JsonNode now = alice.api().get(path).body();
        assertThat(now.get("body").stringValue()).isEqualTo("secret plans");
        assertThat(now.get("redacted").booleanValue()).isFalse();
        assertThat(alice.api().get(ticketPath + "/comments").body().get("items"))
                .hasSize(1);
    }
}
