package be.catalog.gateway.common;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * A bounded map in memory, the least recently used entry dropped first. Synchronized: entries are read far more often
 * than written, and the work done under the lock is one hash lookup.
 */
public final class LruCache<K, V> {

    private final Map<K, V> entries;

    public LruCache(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    public synchronized V get(K key) {
        return entries.get(key);
    }

    public synchronized void put(K key, V value) {
        entries.put(key, value);
    }

    public synchronized void remove(K key, V value) {
        entries.remove(key, value);
    }

    public synchronized void clear() {
        entries.clear();
    }

    /** Drops every entry {@code drop} answers true for, under the lock. */
    public synchronized void removeIf(BiPredicate<K, V> drop) {
        entries.entrySet().removeIf(entry -> drop.test(entry.getKey(), entry.getValue()));
    }

    /** The value kept for {@code key}, else {@code compute}'s, which is kept; computed outside the lock. */
    public V computeIfAbsent(K key, Function<K, V> compute) {
        V value = get(key);
        if (value == null) {
            value = compute.apply(key);
            put(key, value);
        }
        return value;
    }
}
