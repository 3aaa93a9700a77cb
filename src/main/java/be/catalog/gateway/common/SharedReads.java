package be.catalog.gateway.common;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import io.smallrye.mutiny.TimeoutException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Results of reads, shared by every request that asks for the same key within a time to live.
 *
 * <p>Concurrent requests that find a key missing share one read (the statement runs once, however many requests
 * wait for it); a failed read is forgotten, so the next request reads again; and {@link #invalidateAll()} drops what
 * was read before a write this instance committed. A read still running at that write is never shared with the
 * requests after it: the next read of its key starts once that one has ended (or after a TTL, if it hangs), and every
 * request until then shares it. A stream of writes (an import commits each record on its own) then runs one read per
 * key at a time, not one for each request that followed a write, all at once (src/bench/README.md, finding 35).
 *
 * <p>A key whose TTL has passed is read again in the background by the first request that asks for it; until that
 * read is done, requests keep getting the value it replaces, and no request waits for a read that only refreshes (a
 * facets statement takes seconds on a loaded catalog, and every key expires). At most {@code maxRefreshes} such reads
 * run at once: keys read together expire together, and their refreshes would otherwise take every connection of the
 * pool from the requests' own statements (src/bench/README.md, finding 18); a key that finds no free refresh keeps its
 * value until a later request does. So a value is at most TTL, plus the wait for a refresh, plus one read old. A
 * refresh still running after a TTL is given up (the key is forgotten, the next request reads), so that a read that
 * never ends cannot hold a refresh for good. At most {@code capacity} keys are kept, the least recently used dropped
 * first. A TTL of zero turns the sharing off: every request reads.
 */
public final class SharedReads<K, V> {

    private final class Entry {
        private final K key;
        private final Uni<V> value;
        private final long readAt;
        /** The value of the expired entry this one replaces, served while this one is read. */
        private final V previous;
        /** The value once read: later callers get it as a plain item, without the memoized Uni's operators. */
        private volatile V result;
        /** Whether the read has been sent; guarded by SharedReads.this. */
        private boolean started;
        /** Whether the read has given its value or failed; guarded by SharedReads.this. */
        private boolean ended;

        Entry(K key, Supplier<Uni<V>> read, long readAt, V previous, Entry predecessor) {
            this.key = key;
            this.readAt = readAt;
            this.previous = previous;
            Uni<V> own = Uni.createFrom().deferred(() -> {
                started(this);
                return read.get();
            });
            Uni<V> afterPredecessor = predecessor == null ? own : predecessor.ending().chain(() -> own);
            // memoize: the read runs once, on first subscription, and every subscriber gets its result
            this.value = afterPredecessor.invoke(item -> result = item).onTermination().invoke(() -> ended(this))
                    .memoize().indefinitely();
        }

        V ready() {
            V read = result;
            return read != null ? read : previous;
        }

        /** An item once this read has ended, however; at the latest after a TTL, when it is no longer waited for. */
        Uni<Void> ending() {
            return value.ifNoItem().after(Duration.ofNanos(ttlNanos)).fail()
                    .onFailure(TimeoutException.class).invoke(() -> ended(this))
                    .onItemOrFailure().transform((item, failure) -> null);
        }
    }

    /** The entry of a key, and whether the caller has just replaced an expired one that had a value. */
    private record Lookup<E>(E entry, boolean refresh) {
    }

    private final LruCache<K, Entry> entries;
    /** Reads that were running when a write dropped their entries, until they end; guarded by this. */
    private final Map<K, Entry> superseded = new HashMap<>();
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
        Lookup<Entry> lookup = lookUp(key, read);
        Entry entry = lookup.entry();
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

    /**
     * Call once a write has been committed. A read not sent yet is kept: it will see the write. A read already sent
     * is dropped, and the next read of its key waits until it has ended.
     */
    public synchronized void invalidateAll() {
        entries.removeIf((key, entry) -> {
            if (!entry.started && entry.previous == null) {
                return false;
            }
            if (entry.started && !entry.ended) {
                superseded.put(key, entry);
            }
            return true;
        });
    }

    private synchronized Lookup<Entry> lookUp(K key, Supplier<Uni<V>> read) {
        Entry entry = entries.get(key);
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
        Entry replacement = new Entry(key, read, now, previous, superseded.get(key));
        entries.put(key, replacement);
        return new Lookup<>(replacement, previous != null);
    }

    private synchronized void started(Entry entry) {
        entry.started = true;
    }

    private synchronized void ended(Entry entry) {
        entry.ended = true;
        superseded.remove(entry.key, entry);
    }

    private synchronized void refreshEnded() {
        refreshing--;
    }

    private synchronized void forget(K key, Entry entry) {
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
