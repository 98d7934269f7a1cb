package io.worktrackr.common;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value that lives as long as the current transaction: made on first use, gone when the transaction ends.
 *
 * <p>Kept in a synchronization of the transaction rather than as a thread-bound resource: Spring suspends a
 * transaction's synchronizations while an inner {@code REQUIRES_NEW} transaction runs and drops them when it ends,
 * so an inner transaction gets its own value and nothing can outlive its transaction on a pooled thread.
 */
public final class TransactionScoped {

    private TransactionScoped() {}

    /** The current transaction's value under {@code key}, made by {@code create} on first use; null outside one. */
    public static <T> @Nullable T get(Object key, Supplier<T> create) {
        return get(key, create, value -> {});
    }

    /**
     * As {@link #get(Object, Supplier)}, and {@code onCommit} receives the value once the transaction committed
     * (never when it rolled back).
     */
    @SuppressWarnings("unchecked")
    public static <T> @Nullable T get(Object key, Supplier<T> create, Consumer<T> onCommit) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Holder<?> holder && holder.key == key) {
                return (T) holder.value;
            }
        }
        Holder<T> holder = new Holder<>(key, create.get(), onCommit);
        TransactionSynchronizationManager.registerSynchronization(holder);
        return holder.value;
    }

    private record Holder<T>(Object key, T value, Consumer<T> onCommit) implements TransactionSynchronization {

        @Override
        public void afterCommit() {
            onCommit.accept(value);
        }
    }
}
