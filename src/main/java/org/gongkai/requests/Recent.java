package org.gongkai.requests;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The most recently used values of an expensive function of something that never changes (a stored file's content
 * is never rewritten: a redacted copy is a new file), at most {@code max} of them, in this node's memory.
 */
final class Recent<K, V> {

    private final Map<K, V> values;

    Recent(int max) {
        this.values = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > max;
            }
        };
    }

    /** The value for {@code key}, computed (outside the lock, so slow work does not hold others up) when absent. */
    V get(K key, Function<K, V> compute) {
        synchronized (values) {
            V v = values.get(key);
            if (v != null) {
                return v;
            }
        }
        V v = compute.apply(key);
        synchronized (values) {
            values.put(key, v);
        }
        return v;
    }
}
