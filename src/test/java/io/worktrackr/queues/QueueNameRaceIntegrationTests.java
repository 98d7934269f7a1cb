package io.worktrackr.queues;

import static org.assertj.core.api.Assertions.assertThat;

import io.worktrackr.testing.Api;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Queue names are unique per organisation as people read them (Text.nameKey: NFKC, zero-widths removed, case
 * folded), and the database holds that rule (queues.name_key with a unique index): admins creating "Round n",
 * "round n", "ROUND n" and its full-width twin at the same moment get exactly one 201 and 409s for the rest.
 * The application's own look-up alone let two through when both looked before either inserted.
 */
class QueueNameRaceIntegrationTests extends IntegrationTest {

    @Test
    void concurrentCreatesOfOneNameInDifferentCasesYieldExactlyOneQueue() throws Exception {
        Org org = fixtures.organisation();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 1; round <= 10; round++) {
                List<String> names = List.of("Round " + round, "round " + round, "ROUND " + round, "ＲＯＵＮＤ " + round);
                CountDownLatch start = new CountDownLatch(1);
                List<Callable<Api.Response>> creates = new ArrayList<>();
                for (String name : names) {
                    creates.add(() -> {
                        start.await();
                        return org.admin.api().post("/api/queues", Map.of("name", name));
                    });
                }
                List<Future<Api.Response>> answers = new ArrayList<>();
                for (Callable<Api.Response> create : creates) {
                    answers.add(pool.submit(create));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Api.Response> answer : answers) {
                    Api.Response response = answer.get();
                    statuses.add(response.status());
                    if (response.status() != 201) {
                        assertThat(response.string("$.type"))
                                .as(response.toString())
                                .endsWith("/queue-name-taken");
                    }
                }
                assertThat(statuses).as("round " + round).containsOnlyOnce(201).containsOnly(201, 409);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(jdbc.sql("SELECT COUNT(*) FROM queues WHERE organisation_id = :org AND name_key LIKE 'round %'")
                        .param("org", org.id)
                        .query(Long.class)
                        .single())
                .isEqualTo(10);
    }

    @Test
    void aRenameOntoAnotherQueuesNameInAnotherCaseIsRefused() {
        Org org = fixtures.organisation();
        Api.Response created = org.admin.api().post("/api/queues", Map.of("name", "Escalations"));
        assertThat(created.status()).isEqualTo(201);

        Api.Response renamed =
                org.admin.api().patch("/api/queues/" + created.string("$.id"), Map.of("name", "gEnErAl"));

        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(409);
        assertThat(renamed.string("$.type")).endsWith("/queue-name-taken");
    }
}
