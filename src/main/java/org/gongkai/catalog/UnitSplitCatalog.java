package org.gongkai.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.gongkai.org.UnitSplit;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A split divides the unit's unpublished items and standard-catalogue entries as the decision names them, the rest
 * to the default successor; published items keep their unit and index numbers. A named item or entry the unit does
 * not hold refuses the whole split (400 {@code items} / {@code entries}).
 */
@Component
class UnitSplitCatalog {

    private final CatalogOwnershipTransfer transfer;
    private final AuditLog audit;

    UnitSplitCatalog(CatalogOwnershipTransfer transfer, AuditLog audit) {
        this.transfer = transfer;
        this.audit = audit;
    }

    @EventListener
    void on(UnitSplit split) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<Long, String> items =
                named("items", split.items(), transfer.unpublishedItems(split.fromCode()), split, problems);
        Map<Long, String> entries =
                named("entries", split.entries(), transfer.entries(split.fromCode()), split, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int moved = 0;
        for (String successor : split.successors()) {
            List<Long> itemIds = ids(items, successor);
            List<Long> entryIds = ids(entries, successor);
            if (!itemIds.isEmpty() || !entryIds.isEmpty()) {
                moved += transfer.moveSome(split.fromCode(), itemIds, entryIds, successor);
            }
        }
        int rest = transfer.move(split.fromCode(), split.defaultCode());
        audit.record(AuditEvent.by(split.by(), "catalog.unit-split")
                .on("unit", split.fromCode())
                .inUnit(split.defaultCode())
                .because(split.decision())
                .detail("unpublished items " + items + " and entries " + entries + " of " + split.fromCode()
                        + " as decided: " + moved + "; the rest to " + split.defaultCode() + ": " + rest));
    }

    private static Map<Long, String> named(
            String field, Map<String, String> given, List<Long> held, UnitSplit split, List<FieldProblem> problems) {
        Set<Long> holds = new HashSet<>(held);
        Map<Long, String> out = new TreeMap<>();
        new TreeMap<>(given).forEach((ref, successor) -> {
            Long id = parse(ref);
            if (id == null || !holds.contains(id)) {
                problems.add(new FieldProblem(field, "catalog.error.split-" + field, ref, split.fromCode()));
            } else {
                out.put(id, successor);
            }
        });
        return out;
    }

    private static Long parse(String ref) {
        try {
            return Long.valueOf(ref.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<Long> ids(Map<Long, String> shares, String successor) {
        return shares.entrySet().stream()
                .filter(e -> e.getValue().equals(successor))
                .map(Map.Entry::getKey)
                .toList();
    }
}
