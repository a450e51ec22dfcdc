package org.gongkai.org;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A recorded decision that unit {@code fromCode} is split among {@code successors} from {@code effective}: the open
 * cases named in {@code cases} (tracking code → successor), the unpublished catalogue items in {@code items} (item id →
 * successor) and the standard-catalogue entries in {@code entries} (entry id → successor) go where the decision says,
 * everything else still open to {@code defaultCode}. Published inside the split's transaction: a module that finds a
 * share naming something the unit does not hold refuses it (400 naming the field) and nothing changes. Closed years
 * stay where they were counted.
 */
public record UnitSplit(
        String fromCode,
        List<String> successors,
        String defaultCode,
        Map<String, String> cases,
        Map<String, String> items,
        Map<String, String> entries,
        LocalDate effective,
        String decision,
        String by) {

    public UnitSplit {
        successors = List.copyOf(successors);
        cases = Map.copyOf(cases);
        items = Map.copyOf(items);
        entries = Map.copyOf(entries);
    }
}
