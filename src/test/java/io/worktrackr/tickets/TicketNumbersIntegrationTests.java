package io.worktrackr.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import io.worktrackr.identity.Actor;
import io.worktrackr.identity.Role;
import io.worktrackr.testing.Fixtures.Org;
import io.worktrackr.testing.IntegrationTest;
import io.worktrackr.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A number taken in a transaction of its own commits without waiting for PostgreSQL's log flush (the ticket's own,
 * later commit flushes it); a creation inside a caller's transaction leaves that transaction as durable as it was.
 */
class TicketNumbersIntegrationTests extends IntegrationTest {

    @Autowired
    TicketNumbers numbers;

    @Autowired
    TicketManagement tickets;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void onlyANumberInItsOwnTransactionSkipsTheFlushAndOnlyForThatTransaction() {
        Org org = fixtures.organisation();

        String own = transactions.execute(status -> {
            assertThat(numbers.next(org.id, true)).isEqualTo(1);
            return synchronousCommit();
        });
        String joined = transactions.execute(status -> {
            assertThat(numbers.next(org.id, false)).isEqualTo(2);
            return synchronousCommit();
        });
        String afterwards = transactions.execute(status -> synchronousCommit());

        if (TestDatabases.isPostgres()) {
            assertThat(own).isEqualTo("off");
            assertThat(joined).isEqualTo("on");
            assertThat(afterwards).as("SET LOCAL ends with its transaction").isEqualTo("on");
        }
    }

    @Test
    void aCreationInsideACallersTransactionKeepsThatTransactionDurable() {
        Org org = fixtures.organisation();
        Actor actor = new Actor(org.admin.id(), org.id, Role.ADMIN);

        String setting = transactions.execute(status -> {
            assertThat(tickets.create(actor, new NewTicket("Inside", "a caller's transaction", null, null, null))
                            .number())
                    .isEqualTo(1);
            return synchronousCommit();
        });

        if (TestDatabases.isPostgres()) {
            assertThat(setting).isEqualTo("on");
        }
        assertThat(org.admin.api().get("/api/tickets/number/1").status()).isEqualTo(200);
    }

    private String synchronousCommit() {
        return TestDatabases.isPostgres()
                ? jdbc.sql("SELECT current_setting('synchronous_commit')")
                        .query(String.class)
                        .single()
                : "not on PostgreSQL";
    }
}
