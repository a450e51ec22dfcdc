package org.gongkai.requests;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.gongkai.org.UnitSplit;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A split divides the unit's open cases as the decision names them, the rest to the default successor, in the split's
 * transaction. A named case that is not an open case of the unit refuses the whole split (400 {@code cases}). Replied,
 * closed and archived cases stay with the unit that answered them.
 */
@Component
class UnitSplitCases {

    private final OpenCaseTransfer transfer;
    private final AuditLog audit;

    UnitSplitCases(OpenCaseTransfer transfer, AuditLog audit) {
        this.transfer = transfer;
        this.audit = audit;
    }

    @EventListener
    void on(UnitSplit split) {
        Set<String> open = new HashSet<>(transfer.openCases(Set.of(split.fromCode())));
        List<FieldProblem> problems = new ArrayList<>();
        for (String code : new TreeMap<>(split.cases()).keySet()) {
            if (!open.contains(code)) {
                problems.add(new FieldProblem("cases", "request.error.split-case", code, split.fromCode()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<String, List<String>> bySuccessor = split.cases().entrySet().stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getValue, TreeMap::new, Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
        bySuccessor.forEach((into, codes) -> transfer.moveOpen(split.fromCode(), codes, into));
        List<String> rest = transfer.openCases(Set.of(split.fromCode()));
        transfer.moveOpen(split.fromCode(), split.defaultCode());
        audit.record(AuditEvent.by(split.by(), "request.unit-split")
                .on("unit", split.fromCode())
                .inUnit(split.defaultCode())
                .because(split.decision())
                .detail("open cases of " + split.fromCode() + " divided: " + bySuccessor + "; the rest to "
                        + split.defaultCode() + ": " + rest));
    }
}
