package org.gongkai.catalog;

import java.util.List;

/** One page of a longer list. */
public record Page<T>(List<T> items, long total, int page, int size) {

    public int pages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }
}
