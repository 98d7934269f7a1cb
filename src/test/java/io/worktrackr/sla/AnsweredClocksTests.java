package io.worktrackr.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** A change's clocks reach its request's answer only once the change committed, and never outside a request. */
class AnsweredClocksTests {

    private final AnsweredClocks answered = new AnsweredClocks();
    private final UUID ticket = UUID.randomUUID();

    @AfterEach
    void clear() {
        RequestContextHolder.resetRequestAttributes();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void theClocksAreTheAnswersOnlyAfterTheCommit() {
        inRequest();
        TransactionSynchronizationManager.initSynchronization();
        answered.remember(ticket, List.of(), null);
        assertThat(answered.recall(ticket)).as("before the commit").isNull();

        complete(true);
        assertThat(answered.recall(ticket)).isNotNull();
        assertThat(answered.recall(UUID.randomUUID())).isNull();
    }

    @Test
    void aRolledBackChangeLeavesNothingForTheAnswer() {
        inRequest();
        TransactionSynchronizationManager.initSynchronization();
        answered.remember(ticket, List.of(), null);
        complete(false);
        assertThat(answered.recall(ticket)).isNull();
    }

    @Test
    void outsideARequestNothingIsKept() {
        TransactionSynchronizationManager.initSynchronization();
        answered.remember(ticket, List.of(), null);
        assertThat(TransactionSynchronizationManager.getSynchronizations()).isEmpty();
        complete(true);
        inRequest();
        assertThat(answered.recall(ticket)).isNull();
    }

    private static void inRequest() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
    }

    private static void complete(boolean commit) {
        List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationManager.clearSynchronization();
        if (commit) {
            synchronizations.forEach(TransactionSynchronization::afterCommit);
        }
        synchronizations.forEach(s -> s.afterCompletion(
                commit ? TransactionSynchronization.STATUS_COMMITTED : TransactionSynchronization.STATUS_ROLLED_BACK));
    }
}
