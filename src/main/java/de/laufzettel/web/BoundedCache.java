package de.laufzettel.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Results of a pure function kept for the next call with the same key, in bounded memory: when
 * full, it starts afresh (simpler than LRU, and the keys in use come back at once).
 */
public final class BoundedCache<K, V> {
    private final int maxEntries;
    private final Map<K, V> entries = new ConcurrentHashMap<>();

    public BoundedCache(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    public V get(K key, Function<K, V> compute) {
        V known = entries.get(key);
        if (known != null) {
            return known;
        }
        V value = compute.apply(key);
        put(key, value);
        return value;
    }

    /** The value kept for the key; null when none is. */
    public V find(K key) {
        return entries.get(key);
    }

    public void put(K key, V value) {
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        entries.put(key, value);
    }
}
