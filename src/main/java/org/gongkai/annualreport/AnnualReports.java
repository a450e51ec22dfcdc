package org.gongkai.annualreport;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.gongkai.org.Role;
import org.gongkai.org.StaffMember;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.Refusal;
import org.gongkai.reportmodel.AnnualReport;
import org.gongkai.reportmodel.Finding;
import org.gongkai.reportmodel.ReportJson;
import org.gongkai.requests.RequestStatistics.FeesPaid;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-off of the unit-year reports, each step a guarded transition of {@link ReportSignOff}: draft → submitted
 * (figures frozen) → returned with comments, or approved by the disclosure office (REVIEWER, not the one who
 * submitted) → published (only if every check passes; a frozen snapshot is stored and the unit-year stays locked)
 * → reopened with a recorded reason → published again as a correction. Every step is recorded in the report's
 * history and the audit log, every refusal in the audit log. A handler works on its own unit's report; the
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
    private final SectionOneFigures figures;

    public AnnualReports(
            ReportRepository repo,
            AnnualReportCalculator calculator,
            ReportFindings checks,
            GovernmentRollUp rollUp,
            ReportDocuments documents,
            UnitDirectory units,
            AuditLog audit,
            Clock clock,
            SectionOneFigures figures) {
        this.figures = figures;
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
        ReportSignOff signOff = ReportSignOff.restore(rec, calculator.isGovernment(unit), repo.history(unitCode, year));
        AnnualReport previous = checks.previous(unitCode, year).orElse(null);
        AnnualReport report;
        List<Finding> findings;
        FeesPaid fees;
        boolean live = rec.frozenJson() == null;
        if (live) {
            Frozen current = freeze(unit, year);
            report = current.report();
            findings = current.report().findings();
            fees = current.fees();
        } else {
            report = ReportJson.read(rec.frozenJson());
            findings = recheck(unitCode, report);
            fees = calculator.compute(unitCode, year).total().fees();
        }
        return new ReportView(
                unit,
                rec,
                report,
                findings,
                orDraft(
                        rec.overview(),
                        () -> DraftWriter.overview(report, previous, figures.paragraphs(unitCode, year))),
                orDraft(rec.problems(), () -> DraftWriter.problems(report)),
                orDraft(rec.otherMatters(), () -> DraftWriter.otherMatters(report, fees)),
                previous,
                live,
                signOff.government(),
                signOff.allowedSteps(staff),
                signOff.history());
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
        take(staff, unitCode, year, version, SignOffStep.SAVE_TEXTS, (s, act) -> {
            s.saveTexts(act, overview, problems, otherMatters);
            return null;
        });
    }

    @Transactional
    public void submit(StaffMember staff, String unitCode, int year, int version) {
        take(staff, unitCode, year, version, SignOffStep.SUBMIT, (s, act) -> {
            Frozen frozen = freeze(units.require(unitCode), year);
            s.submit(act, ReportJson.write(frozen.report()));
            return frozen.report().findings().size() + " findings";
        });
    }

    @Transactional
    public void returnWithComments(StaffMember staff, String unitCode, int year, int version, String comment) {
        take(staff, unitCode, year, version, SignOffStep.RETURN, (s, act) -> {
            rollUp.requireGovernmentNotFrozen(unitCode, year);
            s.returnWithComments(act.because(comment));
            return null;
        });
    }

    /** Approves a submitted report; the one who submitted it may not (refused with the reason, and audited). */
    @Transactional
    public void approve(StaffMember staff, String unitCode, int year, int version) {
        take(staff, unitCode, year, version, SignOffStep.APPROVE, (s, act) -> {
            s.approve(act);
            return null;
        });
    }

    /** Publishes an approved report today when every check passes; else a conflict naming the failed checks. */
    @Transactional
    public void publish(StaffMember staff, String unitCode, int year, int version) {
        publish(staff, unitCode, year, version, LocalDate.now(clock));
    }

    /**
     * Publishes with a given publication date (recording a publication made earlier, e.g. on the portal before the
     * platform): after the year's end and not in the future. A publication after a reopening is a correction: the
     * report keeps its first publication date, and the portal says when and why it was corrected.
     */
    @Transactional
    public void publish(StaffMember staff, String unitCode, int year, int version, LocalDate on) {
        if (!on.isAfter(LocalDate.of(year, 12, 31)) || on.isAfter(LocalDate.now(clock))) {
            throw InvalidInputException.of("published", "annualreport.error.published-date", on.toString(), year);
        }
        take(staff, unitCode, year, version, SignOffStep.PUBLISH, (s, act) -> {
            AnnualReport report = ReportJson.read(s.record().frozenJson());
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
            LocalDate published = s.publish(act.on(on));
            report.published(published);
            report.findings().clear();
            repo.storeSnapshot(
                    unitCode,
                    year,
                    ReportRepository.SnapshotKind.PUBLISHED,
                    ReportJson.write(report),
                    documents.html(report, s.record()),
                    staff.username());
            return s.history().getLast().correction() ? "correction " + on : null;
        });
    }

    /** Reopens a published report for correction: recorded with the reason; the published version stays online. */
    @Transactional
    public void reopen(StaffMember staff, String unitCode, int year, int version, String reason) {
        take(staff, unitCode, year, version, SignOffStep.REOPEN, (s, act) -> {
            rollUp.requireGovernmentNotFrozen(unitCode, year);
            s.reopen(act.because(reason));
            return null;
        });
    }

    /**
     * Takes one step on the report's sign-off: refuses when the staff member may not take it now (the refusal names
     * what was refused, so the web edge records it in the audit log), then runs it, stores the new state and its
     * history, and audits it.
     */
    private void take(
            StaffMember staff,
            String unitCode,
            int year,
            int version,
            SignOffStep step,
            BiFunction<ReportSignOff, SignOffAct, String> body) {
        requireVisible(staff, unitCode);
        calculator.requireYear(year);
        ReportRecord rec = repo.findOrCreate(unitCode, year);
        ReportSignOff signOff = ReportSignOff.restore(
                rec, calculator.isGovernment(units.require(unitCode)), repo.history(unitCode, year));
        SignOffAct act = SignOffAct.by(staff, clock);
        signOff.refusal(step, staff).ifPresent(refused -> {
            throw refused;
        });
        if (version >= 0 && rec.version() != version) {
            throw new ConflictException("annualreport.error.stale");
        }
        String detail = body.apply(signOff, act);
        save(signOff.record());
        List<SignOffEvent> events = signOff.drainEvents();
        repo.append(rec.id(), events);
        String reason = events.isEmpty() ? null : events.getLast().reason();
        audit.record(AuditEvent.by(staff.username(), step.auditAction())
                .on(ENTITY, key(unitCode, year))
                .inUnit(unitCode)
                .because(reason)
                .detail(detail));
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

    static String key(String unitCode, int year) {
        return unitCode + "/" + year;
    }

    /** A report ready to freeze, with its findings, and the fees paid in the year (applications, yuan). */
    record Frozen(AnnualReport report, FeesPaid fees) {}
}
