package org.gongkai.reviews;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gongkai.org.StaffMember;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.gongkai.platform.errors.NotFoundException;
import org.gongkai.platform.errors.Refusal;
import org.gongkai.platform.periods.ReportingPeriodLocks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entering and updating review cases. Staff change only the units they see (a handler: its own unit), every
 * change is audited, and a change to a case counted in a year whose annual report is published is refused
 * until the disclosure office reopens that year.
 */
@Service
public class ReviewCases {

    static final String ENTITY = "review_case";
    private final ReviewRepository repo;
    private final UnitDirectory units;
    private final AuditLog audit;
    private final ReportingPeriodLocks locks;
    private final Clock clock;

    public ReviewCases(
            ReviewRepository repo, UnitDirectory units, AuditLog audit, ReportingPeriodLocks locks, Clock clock) {
        this.repo = repo;
        this.units = units;
        this.audit = audit;
        this.locks = locks;
        this.clock = clock;
    }

    public ReviewCase get(StaffMember staff, long id) {
        ReviewCase c = repo.find(id).orElseThrow(() -> new NotFoundException("reviews.error.not-found", id));
        if (!units.maySee(staff, c.unitCode())) {
            throw new ForbiddenException(Refusal.of("review.view", ENTITY, id, c.unitCode()), "error.forbidden");
        }
        return c;
    }

    public List<ReviewCase> list(StaffMember staff, String unitCode, int year) {
        Set<String> visible = units.visibleUnitCodes(staff);
        if (unitCode != null && !unitCode.isBlank()) {
            if (!visible.contains(unitCode)) {
                throw new ForbiddenException(Refusal.of("review.list", ENTITY, null, unitCode), "error.forbidden");
            }
            visible = Set.of(unitCode);
        }
        return repo.countedIn(visible, year);
    }

    @Transactional
    public ReviewCase create(StaffMember staff, ReviewCaseForm form) {
        ReviewCase c = validate(staff, form, 0L, 0);
        checkUnlocked(c);
        long id = repo.insert(c, staff.username());
        ReviewCase saved = repo.find(id).orElseThrow();
        audit.record(AuditEvent.by(staff.username(), "review.create")
                .on(ENTITY, String.valueOf(id))
                .inUnit(c.unitCode())
                .because(blankToNull(form.reason()))
                .detail(describe(saved)));
        return saved;
    }

    @Transactional
    public ReviewCase update(StaffMember staff, long id, int version, ReviewCaseForm form) {
        ReviewCase before = get(staff, id);
        ReviewCase after = validate(staff, form, id, version);
        checkUnlocked(before);
        checkUnlocked(after);
        if (!repo.update(after)) {
            throw new ConflictException("reviews.error.stale", id);
        }
        audit.record(AuditEvent.by(staff.username(), "review.update")
                .on(ENTITY, String.valueOf(id))
                .inUnit(after.unitCode())
                .because(blankToNull(form.reason()))
                .detail(describe(before) + " → " + describe(after)));
        return repo.find(id).orElseThrow();
    }

    private void checkUnlocked(ReviewCase c) {
        int thisYear = LocalDate.now(clock).getYear();
        c.yearsCounted(thisYear).sorted().forEach(y -> locks.requireOpen(c.unitCode(), y));
    }

    private ReviewCase validate(StaffMember staff, ReviewCaseForm f, long id, int version) {
        if (!staff.mayChange()) {
            throw new ForbiddenException(
                    Refusal.of("review.change", ENTITY, id == 0 ? null : id, trim(f.unitCode())), "error.forbidden");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String unit = trim(f.unitCode());
        if (unit.isEmpty() || units.find(unit).isEmpty()) {
            problems.add(new FieldProblem("unitCode", "reviews.error.unit"));
        } else if (!units.maySee(staff, unit)) {
            throw new ForbiddenException(
                    Refusal.of("review.change", ENTITY, id == 0 ? null : id, unit), "error.forbidden");
        }
        ReviewStage stage = null;
        try {
            stage = ReviewStage.ofKey(trim(f.stage()));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("stage", "reviews.error.stage"));
        }
        String caseNumber = trim(f.caseNumber());
        if (caseNumber.isEmpty() || caseNumber.length() > 100) {
            problems.add(new FieldProblem("caseNumber", "reviews.error.case-number"));
        }
        String body = trim(f.body());
        if (body.isEmpty() || body.length() > 200) {
            problems.add(new FieldProblem("body", "reviews.error.body"));
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate filed = date(f.filedOn(), "filedOn", true, today, problems);
        LocalDate decided = date(f.decidedOn(), "decidedOn", false, today, problems);
        if (filed != null && decided != null && decided.isBefore(filed)) {
            problems.add(new FieldProblem("decidedOn", "reviews.error.decided-before-filed"));
        }
        ReviewResult decision = null;
        String d = trim(f.decision());
        if (!d.isEmpty()) {
            try {
                decision = ReviewResult.ofKey(d);
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("decision", "reviews.error.decision"));
            }
            if (decision == ReviewResult.PENDING) {
                decision = null;
                d = "";
            }
        }
        if (decided != null && decision == null && d.isEmpty()) {
            problems.add(new FieldProblem("decision", "reviews.error.decision-missing"));
        }
        if (decided == null && decision != null && trim(f.decidedOn()).isEmpty()) {
            problems.add(new FieldProblem("decidedOn", "reviews.error.decided-missing"));
        }
        String coDefendant = trim(f.coDefendantUnitCode());
        if (!coDefendant.isEmpty()) {
            if (units.find(coDefendant).isEmpty() || coDefendant.equals(unit)) {
                problems.add(new FieldProblem("coDefendantUnitCode", "reviews.error.co-defendant-unit"));
            } else if (stage != ReviewStage.LITIGATION_AFTER_RECONSIDERATION) {
                problems.add(new FieldProblem("coDefendantUnitCode", "reviews.error.co-defendant-stage"));
            }
        }
        String ref = trim(f.requestRef());
        if (ref.length() > 60) {
            problems.add(new FieldProblem("requestRef", "reviews.error.request-ref"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ReviewCase(
                id,
                unit,
                stage,
                blankToNull(ref),
                caseNumber,
                body,
                filed,
                decided,
                decision,
                blankToNull(coDefendant),
                blankToNull(trim(f.summary())),
                version);
    }

    private static LocalDate date(
            String raw, String field, boolean required, LocalDate today, List<FieldProblem> problems) {
        String s = trim(raw);
        if (s.isEmpty()) {
            if (required) {
                problems.add(new FieldProblem(field, "reviews.error.date-missing"));
            }
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(s);
            if (d.isAfter(today)) {
                problems.add(new FieldProblem(field, "reviews.error.date-future"));
                return null;
            }
            if (d.getYear() < 2008) {
                problems.add(new FieldProblem(field, "reviews.error.date-invalid"));
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "reviews.error.date-invalid"));
            return null;
        }
    }

    static String describe(ReviewCase c) {
        return c.stage().key() + " " + c.caseNumber() + " 立案" + c.filedOn()
                + (c.decidedOn() == null
                        ? " 未审结"
                        : " 审结" + c.decidedOn() + " " + c.decision().key())
                + (c.coDefendantUnitCode() == null ? "" : " 共同被告" + c.coDefendantUnitCode());
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
