package org.gongkai.org;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.gongkai.platform.errors.Refusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Splitting a unit in an institutional reform: its open work divided among two or more active successors by a
 * recorded decision. The unit is deactivated (its names keep their validity periods), its sub-units move under the
 * default successor, and {@link UnitSplit} is announced so that the modules move what is still open; closed years
 * stay where they were counted. Administrators only; bad input is refused naming the field with nothing changed.
 */
@Service
public class UnitSplits {

    /** What to split: successors, the default successor, and where named open work goes. */
    public record SplitOrder(
            List<String> successors,
            String defaultCode,
            Map<String, String> cases,
            Map<String, String> items,
            Map<String, String> entries,
            String decision) {}

    private final UnitRepository units;
    private final UnitDirectory directory;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public UnitSplits(
            UnitRepository units,
            UnitDirectory directory,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.units = units;
        this.directory = directory;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public UnitSplit split(StaffMember actor, String fromCode, SplitOrder order) {
        if (actor.role() != Role.ADMIN) {
            throw new ForbiddenException(
                    Refusal.of("unit.split", "unit", fromCode, actor.unitCode()), "error.admin-only");
        }
        Unit from = directory.require(fromCode);
        List<FieldProblem> problems = new ArrayList<>();
        List<String> successors = order.successors() == null ? List.of() : order.successors();
        List<Unit> found = checkSuccessors(fromCode, successors, problems);
        if (order.defaultCode() == null || !successors.contains(order.defaultCode())) {
            problems.add(new FieldProblem("default", "unit.error.split-default", String.valueOf(order.defaultCode())));
        }
        Map<String, String> cases = shares("cases", order.cases(), successors, problems);
        Map<String, String> items = shares("items", order.items(), successors, problems);
        Map<String, String> entries = shares("entries", order.entries(), successors, problems);
        UnitAdministration.checkName(order.decision(), "decision", problems);
        if (from.isRoot()) {
            problems.add(new FieldProblem("code", "unit.error.root"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        for (Unit successor : found) {
            if (!successor.active()) {
                throw new ConflictException("unit.error.split-into-inactive", successor.code());
            }
        }
        if (!from.active()) {
            throw new ConflictException("unit.error.split-inactive", fromCode);
        }
        for (Unit child : directory.all()) {
            if (fromCode.equals(child.parentCode())) {
                units.save(new Unit(
                        child.code(),
                        child.name(),
                        child.kind(),
                        order.defaultCode(),
                        child.sortOrder(),
                        child.active()));
            }
        }
        Unit after = new Unit(from.code(), from.name(), from.kind(), from.parentCode(), from.sortOrder(), false);
        units.save(after);
        UnitSplit split = new UnitSplit(
                fromCode,
                successors,
                order.defaultCode(),
                cases,
                items,
                entries,
                LocalDate.now(clock),
                order.decision().strip(),
                actor.username());
        units.recordSplit(split);
        events.publishEvent(split);
        audit.record(AuditEvent.by(actor.username(), "unit.split")
                .on("unit", fromCode)
                .inUnit(fromCode)
                .because(split.decision())
                .detail("before: {code=" + fromCode + ", name=" + from.name() + ", active=" + from.active()
                        + "}; after: {code=" + fromCode + ", name=" + after.name() + ", active=false}; split among "
                        + successors + ", the rest to " + split.defaultCode() + "; cases "
                        + new java.util.TreeMap<>(cases)
                        + "; items " + new java.util.TreeMap<>(items) + "; entries "
                        + new java.util.TreeMap<>(entries)));
        return split;
    }

    private List<Unit> checkSuccessors(String fromCode, List<String> successors, List<FieldProblem> problems) {
        List<Unit> found = new ArrayList<>();
        if (successors.size() < 2 || new HashSet<>(successors).size() != successors.size()) {
            problems.add(new FieldProblem("successors", "unit.error.split-successors"));
            return found;
        }
        Set<String> below = new HashSet<>();
        directory.subtree(fromCode).forEach(u -> below.add(u.code()));
        for (String code : successors) {
            Optional<Unit> successor = code == null ? Optional.empty() : directory.find(code);
            if (successor.isEmpty()) {
                problems.add(new FieldProblem("successors", "unit.error.parent-unknown", String.valueOf(code)));
            } else if (code.equals(fromCode) || below.contains(code)) {
                problems.add(new FieldProblem("successors", "unit.error.split-into-itself", code));
            } else {
                found.add(successor.get());
            }
        }
        return found;
    }

    private static Map<String, String> shares(
            String field, Map<String, String> given, List<String> successors, List<FieldProblem> problems) {
        if (given == null) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        given.forEach((ref, unit) -> {
            if (ref == null || ref.isBlank() || ref.length() > 100) {
                problems.add(new FieldProblem(field, "unit.error.split-share", String.valueOf(ref), unit));
            } else if (!successors.contains(unit)) {
                problems.add(new FieldProblem(field, "unit.error.split-share", ref, String.valueOf(unit)));
            } else {
                out.put(ref.strip(), unit);
            }
        });
        return out;
    }
}
