package be.catalog.gateway.common;

import java.time.Duration;
import java.util.function.Supplier;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Results of reads, shared by every request that asks for the same key within a time to live.
 *
 * <p>Concurrent requests that find a key missing share one read (the statement runs once, however many requests
 * wait for it); a failed read is forgotten, so the next request reads again; and {@link #invalidateAll()} drops what
 * was read before a write this instance committed. At most {@code capacity} keys are kept, the least recently used
 * dropped first. A TTL of zero turns the sharing off: every request reads.
 */
public final class SharedReads<K, V> {

    private static final class Entry<V> {
        private final Uni<V> value;
        private final long readAt;
        /** The value once read: later callers get it as a plain item, without the memoized Uni's operators. */
        private volatile V result;

        Entry(Supplier<Uni<V>> read, long readAt) {
            // memoize: the read runs once, on first subscription, and every subscriber gets its result
            this.value = Uni.createFrom().<V>deferred(read::get).invoke(item -> result = item).memoize().indefinitely();
            this.readAt = readAt;
        }
    }

    private final LruCache<K, Entry<V>> entries;
    private final long ttlNanos;

    public SharedReads(Duration ttl, int capacity) {
        this.entries = new LruCache<>(capacity);
        this.ttlNanos = ttl.toNanos();
    }

    public Uni<V> get(K key, Supplier<Uni<V>> read) {
        if (ttlNanos <= 0) {
            return read.get();
        }
        Entry<V> entry = entry(key, read);
        V result = entry.result;
        if (result != null) {
            // The common case, once per field of every listing on a page (price at the cached rates): operators
            // capture the request's context on creation, which cost more than the conversion itself.
            return Uni.createFrom().item(result);
        }
        return onCallersContext(entry.value.onFailure().invoke(() -> forget(key, entry)));
    }

    public synchronized void invalidateAll() {
        entries.clear();
    }

    private synchronized Entry<V> entry(K key, Supplier<Uni<V>> read) {
        Entry<V> entry = entries.get(key);
        if (entry == null || System.nanoTime() - entry.readAt >= ttlNanos) {
            entry = new Entry<>(read, System.nanoTime());
            entries.put(key, entry);
        }
        return entry;
    }

    private synchronized void forget(K key, Entry<V> entry) {
        entries.remove(key, entry);
    }

    /**
     * A request that joins a read started by another request gets the result on that request's event loop; this
     * hands it back to the caller's own Vert.x context, where the rest of its resolvers run.
     */
    private static <T> Uni<T> onCallersContext(Uni<T> uni) {
        Context caller = Vertx.currentContext();
        if (caller == null) {
            return uni;
        }
        return uni.emitOn(task -> {
            if (Vertx.currentContext() == caller) {
                task.run();
            } else {
                caller.runOnContext(ignored -> task.run());
            }
        });
    }
}
