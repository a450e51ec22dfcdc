package org.gongkai.org;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
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
 * Units through reorganisations: create, rename (the old name is kept with the day it ended), move, deactivate and
 * merge. Administrators only (others 403, recorded as a refusal); bad input is refused naming the field with
 * nothing changed; every change is audited with the unit before and after.
 */
@Service
public class UnitAdministration {

    /** A unit to create. */
    public record NewUnit(String code, String name, String parentCode, String kind) {}

    /** A change to a unit: any of a new name (valid from {@code from}, default today), a new parent, active. */
    public record UnitChange(String name, LocalDate from, String parentCode, Boolean active) {}

    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z]{1,40}");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}]");
    private static final int MAX_NAME = 200;

    private final UnitRepository units;
    private final UnitDirectory directory;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public UnitAdministration(
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
    public Unit create(StaffMember actor, NewUnit n) {
        requireAdmin(actor, "unit.create", n.code());
        List<FieldProblem> problems = new ArrayList<>();
        UnitKind kind = checkNewUnit(n, problems);
        Optional<Unit> parent = directory.find(n.parentCode());
        if (parent.isEmpty()) {
            problems.add(new FieldProblem("parentCode", "unit.error.parent-unknown", String.valueOf(n.parentCode())));
        } else if (!parent.get().active()) {
            problems.add(new FieldProblem("parentCode", "unit.error.parent-inactive", n.parentCode()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (units.findByCode(n.code()).isPresent()) {
            throw new ConflictException("unit.error.code-taken", n.code());
        }
        int order = (int) directory.all().stream()
                        .filter(u -> n.parentCode().equals(u.parentCode()))
                        .count()
                + 1;
        Unit unit = new Unit(n.code(), n.name().strip(), kind, n.parentCode(), order, true);
        units.save(unit);
        audit.record(AuditEvent.by(actor.username(), "unit.create")
                .on("unit", unit.code())
                .inUnit(unit.code())
                .detail("before: none; after: " + describe(unit)));
        return unit;
    }

    @Transactional
    public Unit change(StaffMember actor, String code, UnitChange c) {
        requireAdmin(actor, "unit.change", code);
        Unit before = directory.require(code);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        LocalDate from = c.from() == null ? today : c.from();
        Unit after = before;
        if (c.name() != null && !c.name().strip().equals(before.name())) {
            checkName(c.name(), "name", problems);
            List<FormerName> former = units.formerNames(code);
            LocalDate lastChange = former.isEmpty() ? null : former.getLast().until();
            if (from.isAfter(today) || (lastChange != null && !from.isAfter(lastChange))) {
                problems.add(new FieldProblem("from", "unit.error.from", String.valueOf(lastChange)));
            }
            after = new Unit(code, c.name().strip(), before.kind(), before.parentCode(), before.sortOrder(), true);
        } else if (c.from() != null) {
            problems.add(new FieldProblem("from", "unit.error.from-without-name"));
        }
        if (c.parentCode() != null && !c.parentCode().equals(before.parentCode())) {
            checkParent(code, c.parentCode(), problems);
            after = new Unit(code, after.name(), after.kind(), c.parentCode(), after.sortOrder(), after.active());
        }
        if (c.active() != null && c.active() != before.active()) {
            if (!c.active()) {
                checkDeactivation(code, problems);
            }
            after = new Unit(code, after.name(), after.kind(), after.parentCode(), after.sortOrder(), c.active());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (after.equals(before)) {
            return before;
        }
        if (!after.name().equals(before.name())) {
            units.addFormerName(code, new FormerName(before.name(), from));
        }
        units.save(after);
        audit.record(AuditEvent.by(actor.username(), "unit.change")
                .on("unit", code)
                .inUnit(code)
                .detail("before: " + describe(before) + "; after: " + describe(after)
                        + (after.name().equals(before.name()) ? "" : "; name from " + from)));
        return after;
    }

    /**
     * Merges {@code fromCode} into {@code intoCode}: the decision is recorded, the absorbed unit deactivated, and
     * {@link UnitsMerged} announced so that the modules move what is still open to the successor.
     */
    @Transactional
    public UnitsMerged merge(StaffMember actor, String fromCode, String intoCode, String decision) {
        requireAdmin(actor, "unit.merge", fromCode);
        Unit from = directory.require(fromCode);
        List<FieldProblem> problems = new ArrayList<>();
        Optional<Unit> into = directory.find(intoCode);
        if (into.isEmpty()) {
            problems.add(new FieldProblem("into", "unit.error.parent-unknown", String.valueOf(intoCode)));
        } else if (intoCode.equals(fromCode) || directory.subtree(fromCode).contains(into.get())) {
            problems.add(new FieldProblem("into", "unit.error.merge-into-itself", intoCode));
        }
        checkName(decision, "decision", problems);
        if (from.isRoot()) {
            problems.add(new FieldProblem("code", "unit.error.root"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!into.get().active()) {
            throw new ConflictException("unit.error.merge-into-inactive", intoCode);
        }
        if (!from.active()) {
            throw new ConflictException("unit.error.merge-inactive", fromCode);
        }
        for (Unit child : directory.all()) {
            if (fromCode.equals(child.parentCode())) {
                units.save(new Unit(
                        child.code(), child.name(), child.kind(), intoCode, child.sortOrder(), child.active()));
            }
        }
        Unit after = new Unit(from.code(), from.name(), from.kind(), from.parentCode(), from.sortOrder(), false);
        units.save(after);
        UnitsMerged merged =
                new UnitsMerged(fromCode, intoCode, LocalDate.now(clock), decision.strip(), actor.username());
        units.recordMerge(merged);
        events.publishEvent(merged);
        audit.record(AuditEvent.by(actor.username(), "unit.merge")
                .on("unit", fromCode)
                .inUnit(fromCode)
                .because(decision.strip())
                .detail("before: " + describe(from) + "; after: " + describe(after) + "; merged into " + intoCode));
        return merged;
    }

    private void requireAdmin(StaffMember actor, String action, String code) {
        if (actor.role() != Role.ADMIN) {
            throw new ForbiddenException(Refusal.of(action, "unit", code, actor.unitCode()), "error.admin-only");
        }
    }

    private void checkParent(String code, String parentCode, List<FieldProblem> problems) {
        Optional<Unit> parent = directory.find(parentCode);
        if (parent.isEmpty()) {
            problems.add(new FieldProblem("parentCode", "unit.error.parent-unknown", parentCode));
        } else if (directory.subtree(code).stream().anyMatch(u -> u.code().equals(parentCode))) {
            problems.add(new FieldProblem("parentCode", "unit.error.cycle", parentCode));
        } else if (!parent.get().active()) {
            problems.add(new FieldProblem("parentCode", "unit.error.parent-inactive", parentCode));
        }
    }

    private void checkDeactivation(String code, List<FieldProblem> problems) {
        if (directory.require(code).isRoot()) {
            problems.add(new FieldProblem("active", "unit.error.root"));
        } else if (directory.subtree(code).stream().anyMatch(u -> !u.code().equals(code) && u.active())) {
            problems.add(new FieldProblem("active", "unit.error.active-children"));
        }
    }

    /** The checks of a new unit's own fields (code, name, kind); returns the kind, null when bad. */
    static UnitKind checkNewUnit(NewUnit n, List<FieldProblem> problems) {
        if (n.code() == null || !CODE.matcher(n.code()).matches()) {
            problems.add(new FieldProblem("code", "unit.error.code"));
        }
        checkName(n.name(), "name", problems);
        return kind(n.kind(), problems);
    }

    private static UnitKind kind(String raw, List<FieldProblem> problems) {
        if (raw != null) {
            for (UnitKind k : UnitKind.values()) {
                if (k.name().equals(raw) && k != UnitKind.GOVERNMENT) {
                    return k;
                }
            }
        }
        problems.add(new FieldProblem("kind", "unit.error.kind"));
        return null;
    }

    static void checkName(String name, String field, List<FieldProblem> problems) {
        if (name == null
                || name.isBlank()
                || name.strip().length() > MAX_NAME
                || CONTROL.matcher(name).find()) {
            problems.add(new FieldProblem(field, "unit.error.name", MAX_NAME));
        }
    }

    private static String describe(Unit u) {
        return "{code=" + u.code() + ", name=" + u.name() + ", kind=" + u.kind() + ", parent=" + u.parentCode()
                + ", active=" + u.active() + "}";
    }
}
