package io.worktrackr.activity;

import static org.assertj.core.api.Assertions.assertThat;

import io.worktrackr.testing.Api;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.IntegrationTest;
import io.worktrackr.testing.Json;
import io.worktrackr.testing.TestDatabases;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tamper evidence: every ticket's trail is a hash chain, checkpoints record the chains' heads, and
 * {@code GET /api/activity/verify} names the first broken link. The tampering is done as the database owner
 * (the only role that can: it lifts the append-only trigger first), as an attacker with the owner's password would.
 */
class ActivityChainIntegrationTests extends IntegrationTest {

    @Autowired
    ActivityCheckpoints checkpoints;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void anUntouchedTrailVerifiesWithItsCountsAndOnlyAdminsMayAsk() {
        Org org = fixtures.organisation();
        String path = "/api/tickets/" + Json.string(org.ticket("Chained"), "$.id");
        org.admin.api().patch(path, Map.of("status", "pending"));
        assertThat(org.admin
                        .api()
                        .post(path + "/comments", Map.of("body", "On it", "visibility", "public"))
                        .status())
                .isEqualTo(201);
        org.ticket("Second");

        Api.Response verified = org.admin.api().get("/api/activity/verify");

        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        assertThat(verified.bool("$.ok")).isTrue();
        assertThat(verified.number("$.tickets")).isEqualTo(2);
        assertThat(verified.number("$.entries")).isEqualTo(4);
        assertThat(verified.number("$.entriesBeforeChain")).isZero();
        assertThat(verified.body().get("firstBreak").isNull()).isTrue();
        assertThat(verified.body().get("checkpoint").isNull()).isTrue();

        Api.Response asAgent = org.agent("Agent").api().get("/api/activity/verify");
        assertThat(asAgent.status()).isEqualTo(403);
        assertThat(asAgent.contentType()).startsWith("application/problem+json");
    }

    @Test
    void entriesBeyondAsciiAreHashedByTheDatabaseAsTheVerificationRecomputesThem() {
        // the database hashes the UTF-8 of each entry's serialisation as it appends it; the verification, in Java
        Org org = fixtures.organisation();
        String path = "/api/tickets/" + Json.string(org.ticket("Drucker kaputt \u00fc\u00df"), "$.id");
        for (String title : List.of(
                "\u6253\u5370\u673a\u574f\u4e86",
                "Imprimante \u00e9teinte \ud83d\udda8\ufe0f",
                "\u0627\u0644\u0637\u0627\u0628\u0639\u0629")) {
            assertThat(org.admin.api().patch(path, Map.of("title", title)).status())
                    .isEqualTo(200);
        }
        assertThat(org.admin
                        .api()
                        .post(
                                path + "/comments",
                                Map.of("body", "\u2705 erledigt \ud83d\ude00", "visibility", "internal"))
                        .status())
                .isEqualTo(201);

        Api.Response verified = org.admin.api().get("/api/activity/verify");
        assertThat(verified.bool("$.ok")).as(verified.toString()).isTrue();
        assertThat(verified.number("$.entries")).isEqualTo(1 + 3 + 1);
        assertThat(verified.body().get("firstBreak").isNull()).isTrue();
    }

    @Test
    void concurrentChangesCommentsAndAttachmentsOfOneTicketKeepOneUnbrokenChain() throws Exception {
        Org org = fixtures.organisation();
        String path = "/api/tickets/" + Json.string(org.ticket("Busy"), "$.id");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> work = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                int n = i;
                work.add(() -> org.admin
                        .api()
                        .post(path + "/comments", Map.of("body", "Comment " + n, "visibility", "internal"))
                        .status());
                // no version: last writer wins, every one of them changes the title
                work.add(() -> org.admin
                        .api()
                        .patch(path, Map.of("title", "Busy " + n))
                        .status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(work)) {
                statuses.add(f.get());
            }
            assertThat(statuses).allMatch(s -> s == 200 || s == 201);
        } finally {
            pool.shutdownNow();
        }

        Api.Response verified = org.admin.api().get("/api/activity/verify");
        assertThat(verified.bool("$.ok")).as(verified.toString()).isTrue();
        assertThat(verified.number("$.entries")).isEqualTo(1 + 12 + 12);
    }

    @Test
    void anEntryAlteredByTheOwnerIsNamedAsTheFirstBrokenLink() {
        Org org = fixtures.organisation();
        UUID ticket = UUID.fromString(Json.string(org.ticket("Altered"), "$.id"));
        org.admin.api().patch("/api/tickets/" + ticket, Map.of("priority", "high"));
        org.admin.api().patch("/api/tickets/" + ticket, Map.of("status", "pending"));
        UUID forged = jdbc.sql("SELECT id FROM activity_log WHERE ticket_id = :t AND field = 'priority'")
                .param("t", ticket)
                .query(UUID.class)
                .single();
        assertThat(org.admin.api().get("/api/activity/verify").bool("$.ok")).isTrue();

        asOwnerWithoutTheAppendOnlyTrigger("UPDATE activity_log SET new_value = 'low' WHERE id = '" + forged + "'");

        Api.Response verified = org.admin.api().get("/api/activity/verify");
        assertThat(verified.bool("$.ok")).isFalse();
        assertThat(verified.string("$.firstBreak.ticketId")).isEqualTo(ticket.toString());
        assertThat(verified.string("$.firstBreak.entryId")).isEqualTo(forged.toString());
        assertThat(verified.string("$.firstBreak.reason")).isEqualTo("content-changed");

        Org other = fixtures.organisation();
        other.ticket("Elsewhere");
        Api.Response elsewhere = other.admin.api().get("/api/activity/verify");
        assertThat(elsewhere.bool("$.ok"))
                .as("each organisation verifies its own trail only")
                .isTrue();
        assertThat(elsewhere.number("$.tickets")).isEqualTo(1);
    }

    @Test
    void anEntryRemovedFromTheMiddleBreaksTheNextLink() {
        Org org = fixtures.organisation();
        UUID ticket = UUID.fromString(Json.string(org.ticket("Cut"), "$.id"));
        org.admin.api().patch("/api/tickets/" + ticket, Map.of("priority", "high"));
        org.admin.api().patch("/api/tickets/" + ticket, Map.of("status", "pending"));
        UUID after = jdbc.sql("SELECT id FROM activity_log WHERE ticket_id = :t AND field = 'status'")
                .param("t", ticket)
                .query(UUID.class)
                .single();

        asOwnerWithoutTheAppendOnlyTrigger(
                "DELETE FROM activity_log WHERE ticket_id = '" + ticket + "' AND field = 'priority'");

        Api.Response verified = org.admin.api().get("/api/activity/verify");
        assertThat(verified.bool("$.ok")).isFalse();
        assertThat(verified.string("$.firstBreak.entryId")).isEqualTo(after.toString());
        assertThat(verified.string("$.firstBreak.reason")).isEqualTo("entry-missing");
    }

    @Test
    void aTrailDeletedWholeIsDetectedByTheCheckpoint() {
        Org org = fixtures.organisation();
        org.ticket("Kept");
        UUID erased = UUID.fromString(Json.string(org.ticket("Erased"), "$.id"));
        org.admin.api().patch("/api/tickets/" + erased, Map.of("status", "pending"));

        // the scheduled run takes every organisation whose trail grew, at most 100 per run (other tests' too)
        assertThat(checkpoints.checkpoint()).isPositive();
        for (int run = 0; run < 1_000 && checkpoints.checkpoint() > 0; run++) {
            // until every organisation has its checkpoint
        }
        assertThat(checkpoints.checkpointIfGrown(org.id))
                .as("nothing new: no second checkpoint")
                .isFalse();
        Api.Response before = org.admin.api().get("/api/activity/verify");
        assertThat(before.bool("$.ok")).as(before.toString()).isTrue();
        assertThat(before.number("$.checkpoint.tickets")).isEqualTo(2);
        assertThat(before.string("$.checkpoint.root")).hasSize(64);

        asOwnerWithoutTheAppendOnlyTrigger("DELETE FROM activity_log WHERE ticket_id = '" + erased + "'");

        Api.Response verified = org.admin.api().get("/api/activity/verify");
        assertThat(verified.bool("$.ok")).isFalse();
        assertThat(verified.number("$.tickets"))
                .as("the erased chain is simply gone")
                .isEqualTo(1);
        assertThat(verified.string("$.firstBreak.ticketId")).isEqualTo(erased.toString());
        assertThat(verified.body().at("/firstBreak/entryId").isNull()).isTrue();
        assertThat(verified.string("$.firstBreak.reason")).isEqualTo("trail-missing");
    }

    /** What only the owner can do: lift the append-only trigger, run the statement, put the trigger back. */
    private void asOwnerWithoutTheAppendOnlyTrigger(String statement) {
        if (TestDatabases.isPostgres()) {
            // DDL is transactional on PostgreSQL: the trigger is back when this commits, whatever happens
            transaction.executeWithoutResult(status -> {
                jdbc.sql("ALTER TABLE activity_log DISABLE TRIGGER activity_log_no_update_or_delete")
                        .update();
                jdbc.sql(statement).update();
                jdbc.sql("ALTER TABLE activity_log ENABLE TRIGGER activity_log_no_update_or_delete")
                        .update();
            });
        } else {
            jdbc.sql("DROP TRIGGER activity_log_no_update").update();
            jdbc.sql("DROP TRIGGER activity_log_no_delete").update();
            try {
                jdbc.sql(statement).update();
            } finally {
                jdbc.sql("CREATE TRIGGER activity_log_no_update BEFORE UPDATE ON activity_log FOR EACH ROW "
                                + "CALL 'io.worktrackr.activity.H2AppendOnlyTrigger'")
                        .update();
                jdbc.sql("CREATE TRIGGER activity_log_no_delete BEFORE DELETE ON activity_log FOR EACH ROW "
                                + "CALL 'io.worktrackr.activity.H2AppendOnlyTrigger'")
                        .update();
            }
        }
    }
}
