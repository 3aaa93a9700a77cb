package be.catalog.gateway.common;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Results of reads, shared by every request that asks for the same key within a time to live.
 *
 * <p>Concurrent requests that find a key missing share one read (the statement runs once, however many requests
 * wait for it); a failed read is forgotten, so the next request reads again; and {@link #invalidateAll()} drops what
 * was read before a write this instance committed. A key whose TTL has passed is read again in the background by the
 * first request that asks for it; until that read is done, requests keep getting the value it replaces, and no request
 * waits for a read that only refreshes (a facets statement takes seconds on a loaded catalog, and every key expires).
 * At most {@code maxRefreshes} such reads run at once: keys read together expire together, and their refreshes would
 * otherwise take every connection of the pool from the requests' own statements (src/bench/README.md, finding 18); a
 * key that finds no free refresh keeps its value until a later request does. So a value is at most TTL, plus the wait
 * for a refresh, plus one read old. A refresh still running after a TTL is given up (the key is forgotten, the next
 * request reads), so that a read that never ends cannot hold a refresh for good. At most {@code capacity} keys are
 * kept, the least recently used dropped first. A TTL of zero turns the sharing off: every request reads.
 */
public final class SharedReads<K, V> {

    private static final class Entry<V> {
        private final Uni<V> value;
        private final long readAt;
        /** The value of the expired entry this one replaces, served while this one is read. */
        private final V previous;
        /** The value once read: later callers get it as a plain item, without the memoized Uni's operators. */
        private volatile V result;

        Entry(Supplier<Uni<V>> read, long readAt, V previous) {
            // memoize: the read runs once, on first subscription, and every subscriber gets its result
            this.value = Uni.createFrom().<V>deferred(read::get).invoke(item -> result = item).memoize().indefinitely();
            this.readAt = readAt;
            this.previous = previous;
        }

        V ready() {
            V read = result;
            return read != null ? read : previous;
        }
    }

    /** The entry of a key, and whether the caller has just replaced an expired one that had a value. */
    private record Lookup<V>(Entry<V> entry, boolean refresh) {
    }

    private final LruCache<K, Entry<V>> entries;
    private final long ttlNanos;
    private final int maxRefreshes;
    private final LongSupplier clock;
    /** Background refreshes running; guarded by this. */
    private int refreshing;

    /** Shared reads with one background refresh at a time. */
    public SharedReads(Duration ttl, int capacity) {
        this(ttl, capacity, 1);
    }

    public SharedReads(Duration ttl, int capacity, int maxRefreshes) {
        this(ttl, capacity, maxRefreshes, System::nanoTime);
    }

    /** With {@code clock} for {@link System#nanoTime()}: tests move time on by hand. */
    SharedReads(Duration ttl, int capacity, int maxRefreshes, LongSupplier clock) {
        this.entries = new LruCache<>(capacity);
        this.ttlNanos = ttl.toNanos();
        this.maxRefreshes = maxRefreshes;
        this.clock = clock;
    }

    public Uni<V> get(K key, Supplier<Uni<V>> read) {
        if (ttlNanos <= 0) {
            return read.get();
        }
        Lookup<V> lookup = lookUp(key, read);
        Entry<V> entry = lookup.entry();
        if (lookup.refresh()) {
            entry.value.ifNoItem().after(Duration.ofNanos(ttlNanos)).fail().onTermination().invoke(this::refreshEnded)
                    .subscribe().with(refreshed -> {
                    }, failure -> forget(key, entry));
        }
        V ready = entry.ready();
        if (ready != null) {
            // The common case, once per field of every listing on a page (price at the cached rates): operators
            // capture the request's context on creation, which cost more than the conversion itself.
            return Uni.createFrom().item(ready);
        }
        return onCallersContext(entry.value.onFailure().invoke(() -> forget(key, entry)));
    }

    public synchronized void invalidateAll() {
        entries.clear();
    }

    private synchronized Lookup<V> lookUp(K key, Supplier<Uni<V>> read) {
        Entry<V> entry = entries.get(key);
        long now = clock.getAsLong();
        // A refresh slower than the TTL is waited for, not doubled: its entry serves the previous value meanwhile.
        if (entry != null && (now - entry.readAt < ttlNanos || entry.result == null && entry.previous != null)) {
            return new Lookup<>(entry, false);
        }
        V previous = entry == null ? null : entry.ready();
        if (previous != null) {
            if (refreshing >= maxRefreshes) {
                return new Lookup<>(entry, false);
            }
            refreshing++;
        }
        Entry<V> replacement = new Entry<>(read, now, previous);
        entries.put(key, replacement);
        return new Lookup<>(replacement, previous != null);
    }

    private synchronized void refreshEnded() {
        refreshing--;
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
