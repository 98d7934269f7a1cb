package io.worktrackr.identity;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A cache whose concurrent misses of one key share one load, run on the thread of the first caller: the others
 * wait for its result, and when it fails they all fail with it at once.
 *
 * <p>Why not a plain Caffeine cache: its {@code get(key, load)} also makes the others wait, but when the load fails
 * each waiter then runs the load itself, one after the other. With the database away, every load waits the pool's
 * connection bound (2 s by default), so the fifth of five parallel requests of one person waited five bounds: a
 * request hung far longer than the bound it promises (seen: 13 s with a 1 s bound).
 *
 * <p>Only values are kept: a load that answers null or fails leaves no entry. Removing an entry whose load is still
 * running drops that load's result too (it is not cached when it completes), so a revocation that commits while a
 * request reads the old value cannot be undone by that read.
 */
final class SharedLoadCache<K, V> {

    private final AsyncCache<K, V> cache;

    SharedLoadCache(Duration ttl, long maximumSize) {
        this.cache = Caffeine.newBuilder()
                .expireAfterWrite(ttl)
                .maximumSize(maximumSize)
                .buildAsync();
    }

    @Nullable V get(K key, Function<K, @Nullable V> load) {
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> running = cache.asMap().putIfAbsent(key, mine);
        if (running != null) {
            return await(running);
        }
        try {
            V value = load.apply(key);
            mine.complete(value); // a null result removes the entry (Caffeine keeps no null)
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            cache.asMap().remove(key, mine);
            throw e;
        }
    }

    /** Forgets the entries whose value matches, and every entry still loading (its value may be the old one). */
    void removeIf(Predicate<V> matches) {
        cache.asMap()
                .values()
                .removeIf(
                        future -> !future.isDone() || future.isCompletedExceptionally() || matches.test(future.join()));
    }

    void invalidate(K key) {
        cache.synchronous().invalidate(key);
    }

    private static <V> @Nullable V await(CompletableFuture<V> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
