package io.worktrackr.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class TransactionScopedTests {

    private final Object key = new Object();

    @AfterEach
    void clear() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void oneValuePerTransactionHandedOverOnCommit() {
        TransactionSynchronizationManager.initSynchronization();
        List<List<String>> committed = new ArrayList<>();
        List<String> first = TransactionScoped.<List<String>>get(key, ArrayList::new, committed::add);
        first.add("a");
        assertThat((Object) TransactionScoped.<List<String>>get(key, ArrayList::new))
                .isSameAs(first);
        assertThat((Object) TransactionScoped.<List<String>>get(new Object(), ArrayList::new))
                .isNotSameAs(first);

        TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);
        assertThat(committed).containsExactly(List.of("a"));
    }

    @Test
    void anInnerTransactionGetsItsOwnValueAndNothingOutsideOne() {
        assertThat((Object) TransactionScoped.<List<String>>get(key, ArrayList::new))
                .isNull();
        TransactionSynchronizationManager.initSynchronization();
        List<String> outer = TransactionScoped.get(key, ArrayList::new);
        // what REQUIRES_NEW does: the outer transaction's synchronizations are set aside
        List<TransactionSynchronization> suspended = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationManager.clearSynchronization();
        TransactionSynchronizationManager.initSynchronization();
        assertThat((Object) TransactionScoped.<List<String>>get(key, ArrayList::new))
                .isNotSameAs(outer);
        TransactionSynchronizationManager.clearSynchronization();
        TransactionSynchronizationManager.initSynchronization();
        suspended.forEach(TransactionSynchronizationManager::registerSynchronization);
        assertThat((Object) TransactionScoped.<List<String>>get(key, ArrayList::new))
                .isSameAs(outer);
    }
}
