package org.gongkai.annualreport;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.org.Role;
import org.gongkai.org.StaffMember;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.gongkai.platform.errors.Refusal;
import org.gongkai.reportmodel.AnnualReport;
import org.gongkai.reportmodel.Finding;
import org.gongkai.reportmodel.ReportJson;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-off of the unit-year reports: draft → submitted (figures frozen) → returned with comments, or approved by
 * the disclosure office (REVIEWER) → published (only if every check passes; a frozen snapshot is stored and the
 * unit-year stays locked) → reopened with a recorded reason. A handler works on its own unit's report; the
 * government's report sums its units' approved figures.
 */
@Service
public class AnnualReports {

    static final String ENTITY = "annual_report";
    private final ReportRepository repo;
    private final AnnualReportCalculator calculator;
    private final ReportFindings checks;
    private final GovernmentRollUp rollUp;
    private final ReportDocuments documents;
    private final UnitDirectory units;
    private final AuditLog audit;
    private final Clock clock;

    public AnnualReports(
            ReportRepository repo,
            AnnualReportCalculator calculator,
            ReportFindings checks,
            GovernmentRollUp rollUp,
            ReportDocuments documents,
            UnitDirectory units,
            AuditLog audit,
            Clock clock) {
        this.repo = repo;
        this.calculator = calculator;
        this.checks = checks;
        this.rollUp = rollUp;
        this.documents = documents;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    public ReportView view(StaffMember staff, String unitCode, int year) {
        requireVisible(staff, unitCode);
        calculator.requireYear(year);
        Unit unit = units.require(unitCode);
        ReportRecord rec = repo.find(unitCode, year).orElse(ReportRecord.fresh(unitCode, year));
        AnnualReport previous = checks.previous(unitCode, year).orElse(null);
        AnnualReport report;
        List<Finding> findings;
        long[] fees;
        boolean live = rec.frozenJson() == null;
        if (live) {
            Frozen current = freeze(unit, year);
            report = current.report();
            findings = current.report().findings();
            fees = current.fees();
        } else {
            report = ReportJson.read(rec.frozenJson());
            findings = recheck(unitCode, report);
            fees = new long[] {0, 0};
        }
        return new ReportView(
                unit,
                rec,
                report,
                findings,
                orDraft(rec.overview(), () -> DraftWriter.overview(report, previous)),
                orDraft(rec.problems(), () -> DraftWriter.problems(report)),
                orDraft(
                        rec.otherMatters(),
                        () -> DraftWriter.otherMatters(
                                report,
                                live
                                        ? fees
                                        : calculator
                                                .compute(unitCode, year)
                                                .total()
                                                .fees())),
                previous,
                live,
                calculator.isGovernment(unit));
    }

    @Transactional
    public void saveTexts(
            StaffMember staff,
            String unitCode,
            int year,
            int version,
            String overview,
            String problems,
            String otherMatters) {
        ReportRecord rec = editable(staff, unitCode, year, version);
        save(rec.withTexts(clean(overview), clean(problems), clean(otherMatters)));
        audit.record(AuditEvent.by(staff.username(), "annual-report.save-texts")
                .on(ENTITY, key(unitCode, year))
                .inUnit(unitCode));
    }

    @Transactional
    public void submit(StaffMember staff, String unitCode, int year, int version) {
        ReportRecord rec = editable(staff, unitCode, year, version);
        List<FieldProblem> missing = new ArrayList<>();
        if (rec.overview() == null) {
            missing.add(new FieldProblem("overview", "annualreport.error.text-missing"));
        }
        if (rec.problems() == null) {
            missing.add(new FieldProblem("problems", "annualreport.error.text-missing"));
        }
        if (rec.otherMatters() == null) {
            missing.add(new FieldProblem("otherMatters", "annualreport.error.text-missing"));
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        Frozen frozen = freeze(units.require(unitCode), year);
        save(rec.submitted(ReportJson.write(frozen.report()), staff.username(), clock.instant()));
        audit.record(AuditEvent.by(staff.username(), "annual-report.submit")
                .on(ENTITY, key(unitCode, year))
                .inUnit(unitCode)
                .detail(frozen.report().findings().size() + " findings"));
    }

    @Transactional
    public void returnWithComments(StaffMember staff, String unitCode, int year, int version, String comment) {
        ReportRecord rec = reviewerAction(staff, unitCode, year, version);
        if (rec.status() != ReportStatus.SUBMITTED && rec.status() != ReportStatus.APPROVED) {
            throw new ConflictException(
                    "annualreport.error.status", rec.status().name());
        }
        if (clean(comment) == null) {
            throw InvalidInputException.of("comment", "annualreport.error.comment-missing");
        }
        rollUp.requireGovernmentNotFrozen(unitCode, year);
        save(rec.returned(clean(comment)));
        audit.record(AuditEvent.by(staff.username(), "annual-report.return")
                .on(ENTITY, key(unitCode, year))
                .inUnit(unitCode)
                .because(clean(comment)));
    }

    @Transactional
    public void approve(StaffMember staff, String unitCode, int year, int version) {
        ReportRecord rec = reviewerAction(staff, unitCode, year, version);
        if (rec.status() != ReportStatus.SUBMITTED) {
            throw new ConflictException(
                    "annualreport.error.status", rec.status().name());
        }
        save(rec.approved(staff.username(), clock.instant()));
        audit.record(AuditEvent.by(staff.username(), "annual-report.approve")
                .on(ENTITY, key(unitCode, year))
                .inUnit(unitCode));
    }

    /** Publishes an approved report today when every check passes; else a conflict naming the failed checks. */
    @Transactional
    public void publish(StaffMember staff, String unitCode, int year, int version) {
        publish(staff, unitCode, year, version, LocalDate.now(clock));
    }

    /**
     * Publishes with a given publication date (recording a publication made earlier, e.g. on the portal before the
     * platform): after the year's end and not in the future.
     */
    @Transactional
    public void publish(StaffMember staff, String unitCode, int year, int version, LocalDate on) {
        if (!on.isAfter(LocalDate.of(year, 12, 31)) || on.isAfter(LocalDate.now(clock))) {
            throw InvalidInputException.of("published", "annualreport.error.published-date", on.toString(), year);
        }
        ReportRecord rec = reviewerAction(staff, unitCode, year, version);
        if (rec.status() != ReportStatus.APPROVED) {
            throw new ConflictException(
                    "annualreport.error.status", rec.status().name());
        }
        AnnualReport report = ReportJson.read(rec.frozenJson());
        List<Finding> findings = recheck(unitCode, report);
        if (!findings.isEmpty()) {
            throw new ConflictException(
                    "annualreport.error.checks-failed",
                    findings.size(),
                    String.join(
                            "；",
                            findings.stream()
                                    .map(f -> f.where() + " " + f.message())
                                    .toList()));
        }
        report.published(on);
        report.findings().clear();
        ReportRecord published = rec.published(staff.username(), on);
        save(published);
        repo.storeSnapshot(
                unitCode,
                year,
                ReportRepository.SnapshotKind.PUBLISHED,
                ReportJson.write(report),
                documents.html(report, published),
                staff.username());
        audit.record(AuditEvent.by(staff.username(), "annual-report.publish")
                .on(ENTITY, key(unitCode, year))
                .inUnit(unitCode));
    }

    /** Reopens a published report for correction: recorded with the reason; the published version stays online. */
    @Transactional
    public void reopen(StaffMember staff, String unitCode, int year, int version, String reason) {
        ReportRecord rec = reviewerAction(staff, unitCode, year, version);
        if (rec.status() != ReportStatus.PUBLISHED) {
            throw new ConflictException(
                    "annualreport.error.status", rec.status().name());
        }
        if (clean(reason) == null) {
            throw InvalidInputException.of("reason", "annualreport.error.reason-missing");
        }
        rollUp.requireGovernmentNotFrozen(unitCode, year);
        save(rec.reopened());
        repo.recordReopening(unitCode, year, staff.username(), clean(reason));
        audit.record(AuditEvent.by(staff.username(), "annual-report.reopen")
                .on(ENTITY, key(unitCode, year))
                .inUnit(unitCode)
                .because(clean(reason)));
    }

    /** Stores a published report read elsewhere (contract JSON) as the reference for next year's carry-over. */
    @Transactional
    public void importPublished(StaffMember staff, String unitCode, int year, String json) {
        AnnualReport r;
        try {
            r = ReportJson.read(json);
        } catch (RuntimeException e) {
            throw InvalidInputException.of("json", "annualreport.error.import-json");
        }
        importPublished(staff, unitCode, year, r);
    }

    /** Stores a published report (e.g. read from its PDF by the report reader) for next year's carry-over check. */
    @Transactional
    public void importPublished(StaffMember staff, String unitCode, int year, AnnualReport r) {
        if (staff.role() != Role.REVIEWER && staff.role() != Role.ADMIN) {
            throw new ForbiddenException(
                    Refusal.of("annual-report.import", ENTITY, key(unitCode, year), unitCode),
                    "annualreport.error.reviewer-only");
        }
        requireVisible(staff, unitCode);
        if (r.year() == null || r.year() != year || r.requests() == null) {
            throw InvalidInputException.of("json", "annualreport.error.import-year", year);
        }
        repo.storeSnapshot(
                unitCode, year, ReportRepository.SnapshotKind.IMPORTED, ReportJson.write(r), null, staff.username());
        audit.record(AuditEvent.by(staff.username(), "annual-report.import")
                .on(ENTITY, key(unitCode, year))
                .inUnit(unitCode)
                .detail(r.source()));
    }

    /** The report as it would be frozen now, with its findings: live for a unit, summed for a government. */
    Frozen freeze(Unit unit, int year) {
        return calculator.isGovernment(unit) ? rollUp.rollUp(unit, year) : rollUp.live(unit, year);
    }

    private List<Finding> recheck(String unitCode, AnnualReport frozen) {
        List<Finding> findings = new ArrayList<>(checks.check(unitCode, frozen, null));
        frozen.findings().stream()
                .filter(f -> f.code().equals(ReportFindings.UNCLASSIFIED_OUTCOME)
                        || f.code().equals(ReportFindings.UNITS_NOT_APPROVED))
                .forEach(findings::add);
        findings.addAll(ReportFindings.changedSinceFrozen(
                frozen, calculator.compute(unitCode, frozen.year()).report()));
        return findings;
    }

    private ReportRecord editable(StaffMember staff, String unitCode, int year, int version) {
        requireVisible(staff, unitCode);
        if (!staff.mayChange() || (calculator.isGovernment(units.require(unitCode)) && staff.role() != Role.REVIEWER)) {
            throw new ForbiddenException(
                    Refusal.of("annual-report.edit", ENTITY, key(unitCode, year), unitCode), "error.forbidden");
        }
        calculator.requireYear(year);
        ReportRecord rec = repo.findOrCreate(unitCode, year);
        if (!rec.status().editable()) {
            throw new ConflictException(
                    "annualreport.error.status", rec.status().name());
        }
        return checkVersion(rec, version);
    }

    private ReportRecord reviewerAction(StaffMember staff, String unitCode, int year, int version) {
        requireVisible(staff, unitCode);
        if (staff.role() != Role.REVIEWER) {
            throw new ForbiddenException(
                    Refusal.of("annual-report.review", ENTITY, key(unitCode, year), unitCode),
                    "annualreport.error.reviewer-only");
        }
        return checkVersion(repo.findOrCreate(unitCode, year), version);
    }

    private static ReportRecord checkVersion(ReportRecord rec, int version) {
        if (version >= 0 && rec.version() != version) {
            throw new ConflictException("annualreport.error.stale");
        }
        return rec;
    }

    private void save(ReportRecord r) {
        if (!repo.save(r)) {
            throw new ConflictException("annualreport.error.stale");
        }
    }

    private void requireVisible(StaffMember staff, String unitCode) {
        units.require(unitCode);
        if (!units.maySee(staff, unitCode)) {
            throw new ForbiddenException(
                    Refusal.of("annual-report.view", ENTITY, unitCode, unitCode), "error.forbidden");
        }
    }

    private static String orDraft(String text, java.util.function.Supplier<String> draft) {
        return text != null ? text : draft.get();
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String key(String unitCode, int year) {
        return unitCode + "/" + year;
    }

    /** A report ready to freeze, with its findings, and the fees paid in the year (applications, yuan). */
    record Frozen(AnnualReport report, long[] fees) {}
}
