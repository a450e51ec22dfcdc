package org.gongkai.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.org.StaffMember;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.gongkai.org.UnitKind;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.gongkai.platform.errors.Refusal;
import org.gongkai.platform.text.TextRules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 26-area standard catalogues (基层政务公开标准目录) for county and township level: the disclosure office adds
 * entries; each entry lists the items published under it; the completeness view shows, per unit, the entries of
 * its tier under which it has published nothing within the entry's review window ({@link
 * StandardEntry#reviewWindow}).
 */
@Service
@Transactional(noRollbackFor = ForbiddenException.class)
public class StandardCatalogEditor {

    /** A unit and the entries of its tier it has published nothing under within their windows. */
    public record UnitGaps(Unit unit, int applicable, List<StandardEntry> missing) {}

    private final StandardCatalog standard;
    private final UnitDirectory units;
    private final AuditLog audit;
    private final Clock clock;

    StandardCatalogEditor(StandardCatalog standard, UnitDirectory units, AuditLog audit, Clock clock) {
        this.standard = standard;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    public StandardEntry add(StaffMember actor, StandardEntry draft) {
        if (!actor.isReviewer() || !actor.mayChange()) {
            throw new ForbiddenException(
                    Refusal.of("catalog.standard", "standard_catalog_entry", draft.level1(), actor.unitCode()),
                    "catalog.error.columns-office-only");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (!StandardEntry.AREAS.contains(draft.area())) {
            problems.add(new FieldProblem("area", "catalog.standard.error.area"));
        }
        required(problems, "level1", draft.level1(), 200);
        optional(problems, "level2", draft.level2(), 200);
        required(problems, "contentElements", draft.contentElements(), 2000);
        required(problems, "basis", draft.basis(), 2000);
        required(problems, "timeLimit", draft.timeLimit(), 200);
        required(problems, "subject", draft.subject(), 200);
        required(problems, "channels", draft.channels(), 400);
        required(problems, "audience", draft.audience(), 20);
        required(problems, "mode", draft.mode(), 20);
        if (!StandardEntry.TIERS.contains(draft.tier())) {
            problems.add(new FieldProblem("tier", "catalog.standard.error.tier"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String gov = units.governmentOf(actor.unitCode()).code();
        StandardEntry saved = standard.add(new StandardEntry(
                null,
                gov,
                draft.area(),
                draft.level1().strip(),
                blankToNull(draft.level2()),
                draft.contentElements().strip(),
                draft.basis().strip(),
                draft.timeLimit().strip(),
                draft.subject().strip(),
                draft.channels().strip(),
                draft.audience().strip(),
                draft.mode().strip(),
                draft.tier()));
        audit.record(AuditEvent.by(actor.username(), "catalog.standard.add")
                .on("standard_catalog_entry", Long.toString(saved.id()))
                .inUnit(gov)
                .detail("before: none; after: " + saved.area() + " / " + saved.level1() + " / " + saved.tier()));
        return saved;
    }

    /** For every unit the viewer sees (the government itself excepted), the entries of its tier left empty. */
    @Transactional(readOnly = true)
    public List<UnitGaps> completeness(StaffMember viewer) {
        LocalDate today = LocalDate.now(clock);
        List<StandardEntry> entries = standard.all();
        Map<String, LocalDate> last = standard.lastPublished();
        List<UnitGaps> out = new ArrayList<>();
        for (String code : units.visibleUnitCodes(viewer)) {
            Unit unit = units.require(code);
            if (unit.isRoot() || !unit.active()) {
                continue;
            }
            boolean township = unit.kind() == UnitKind.TOWN || unit.kind() == UnitKind.STREET;
            List<StandardEntry> applicable =
                    entries.stream().filter(e -> e.appliesTo(township)).toList();
            List<StandardEntry> missing = applicable.stream()
                    .filter(e -> {
                        LocalDate d = last.get(code + "/" + e.id());
                        return d == null || d.isBefore(today.minus(e.reviewWindow()));
                    })
                    .toList();
            out.add(new UnitGaps(unit, applicable.size(), missing));
        }
        return out;
    }

    private static void required(List<FieldProblem> problems, String field, String value, int max) {
        if (value == null || value.isBlank() || value.strip().length() > max || TextRules.hasForbidden(value, true)) {
            problems.add(new FieldProblem(field, "catalog.standard.error.required", max));
        }
    }

    private static void optional(List<FieldProblem> problems, String field, String value, int max) {
        if (value != null && !value.isBlank()) {
            required(problems, field, value, max);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
