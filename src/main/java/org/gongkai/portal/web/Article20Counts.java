package org.gongkai.portal.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.gongkai.catalog.ColumnCount;

/** Every item (一) to (十五) of Article 20 with its count of public items, the empty ones too (with 0). */
final class Article20Counts {

    static final int ITEMS = 15;

    private Article20Counts() {}

    static List<ColumnCount> all(List<ColumnCount> nonEmpty) {
        Map<String, Long> counts = new HashMap<>();
        nonEmpty.forEach(c -> counts.put(c.key(), c.count()));
        return IntStream.rangeClosed(1, ITEMS)
                .mapToObj(i -> new ColumnCount(String.valueOf(i), counts.getOrDefault(String.valueOf(i), 0L)))
                .toList();
    }
}
