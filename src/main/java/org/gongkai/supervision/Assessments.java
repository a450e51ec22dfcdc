package org.gongkai.supervision;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.org.StaffMember;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.China;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.gongkai.platform.errors.NotFoundException;
import org.gongkai.platform.errors.Refusal;
import org.gongkai.platform.text.TextRules;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly assessment (考核) of a government's units: the office configures the scheme, records manual items,
 * publishes (the result is frozen) and, with a recorded reason, reopens. Until published it is computed from the
 * platform's records whenever asked.
 */
@Service
public class Assessments {

    static final String ENTITY = "supervision_assessment";
    private static final BigDecimal MAX_POINTS = new BigDecimal("1000");
    private final AssessmentRepository repo;
    private final AssessmentRecords records;
    private final UnitDirectory units;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;

    Assessments(
            AssessmentRepository repo,
            AssessmentRecords records,
            UnitDirectory units,
            MessageSource messages,
            AuditLog audit,
            Clock clock) {
        this.repo = repo;
        this.records = records;
        this.units = units;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** The assessment as the viewer may see it: a unit handler sees its own units' lines. */
    @Transactional(readOnly = true)
    public Assessment get(StaffMember staff, String governmentCode, int year) {
        requireGovernment(staff, governmentCode, "supervision.assessment.view");
        Scheme scheme = scheme(governmentCode, year);
        Assessment a = scheme.published() ? AssessmentJson.read(scheme.frozenJson()) : compute(scheme);
        return staff.role().seesWholeGovernment() ? a : a.onlyFor(units.visibleUnitCodes(staff));
    }

    public java.util.Optional<Scheme> findScheme(StaffMember staff, String governmentCode, int year) {
        requireGovernment(staff, governmentCode, "supervision.assessment.view");
        return repo.find(governmentCode, year);
    }

    @Transactional(readOnly = true)
    public List<ManualItem> manualItems(StaffMember staff, String governmentCode, int year) {
        requireGovernment(staff, governmentCode, "supervision.assessment.view");
        return repo.manualItems(scheme(governmentCode, year).id());
    }

    private Assessment compute(Scheme scheme) {
        List<Unit> assessed = units.subtree(scheme.governmentCode()).stream()
                .filter(u -> !u.isRoot() && u.active())
                .toList();
        Set<String> codes = new HashSet<>();
        assessed.forEach(u -> codes.add(u.code()));
        return AssessmentCalculator.compute(
                scheme,
                assessed,
                records.counts(codes, scheme.year(), LocalDate.now(clock)),
                repo.manualItems(scheme.id()),
                (key, args) -> messages.getMessage(key, args, China.LOCALE));
    }

    @Transactional
    public Scheme configure(StaffMember staff, String governmentCode, int year, SchemeForm form) {
        requireOffice(staff, governmentCode, "supervision.assessment.configure");
        repo.find(governmentCode, year).ifPresent(s -> requireOpen(s, "supervision.assessment.configure"));
        List<FieldProblem> problems = new ArrayList<>();
        if (year < 2008 || year > LocalDate.now(clock).getYear() + 1) {
            problems.add(new FieldProblem("year", "supervision.error.year"));
        }
        BigDecimal base = number(form.baseScore(), "baseScore", true, problems);
        List<Indicator> indicators = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<SchemeForm.IndicatorForm> in = form.indicators() == null ? List.of() : form.indicators();
        if (in.isEmpty()) {
            problems.add(new FieldProblem("indicators", "supervision.error.indicators"));
        }
        for (int i = 0; i < in.size(); i++) {
            SchemeForm.IndicatorForm f = in.get(i);
            String path = "indicators[" + i + "].";
            String code = f.code() == null ? "" : f.code().strip();
            if (!code.matches("[a-z0-9-]{1,40}") || !seen.add(code)) {
                problems.add(new FieldProblem(path + "code", "supervision.error.indicator-code"));
            }
            problems.addAll(TextRules.Field.line(path + "label", 200).required().check(f.label()));
            IndicatorKind kind = parse(IndicatorKind.class, f.kind(), path + "kind", problems);
            IndicatorSource source = parse(IndicatorSource.class, f.source(), path + "source", problems);
            BigDecimal points = number(f.points(), path + "points", true, problems);
            BigDecimal cap = number(f.cap(), path + "cap", false, problems);
            indicators.add(new Indicator(code, TextRules.clean(f.label()), kind, source, points, cap));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Scheme saved = repo.save(governmentCode, year, base, indicators);
        audit.record(AuditEvent.by(staff.username(), "supervision.assessment.configure")
                .on(ENTITY, saved.id())
                .inUnit(governmentCode)
                .detail(year + " 年：基础分 " + AssessmentCalculator.plain(base) + "，指标 " + indicators.size() + " 项"));
        return saved;
    }

    @Transactional
    public ManualItem addManualItem(
            StaffMember staff,
            String governmentCode,
            int year,
            String unitCode,
            String indicator,
            String points,
            String reason) {
        requireOffice(staff, governmentCode, "supervision.assessment.manual");
        Scheme scheme = scheme(governmentCode, year);
        requireOpen(scheme, "supervision.assessment.manual");
        List<FieldProblem> problems = new ArrayList<>();
        if (unitCode == null
                || units.find(unitCode).filter(u -> !u.isRoot()).isEmpty()
                || !units.governmentOf(unitCode).code().equals(governmentCode)) {
            problems.add(new FieldProblem("unitCode", "supervision.error.unit"));
        }
        boolean manual = scheme.indicators().stream()
                .anyMatch(i -> i.code().equals(indicator) && i.source() == IndicatorSource.MANUAL);
        if (!manual) {
            problems.add(new FieldProblem("indicator", "supervision.error.manual-indicator"));
        }
        BigDecimal p = number(points, "points", true, problems);
        problems.addAll(TextRules.Field.text("reason", 500).required().check(reason));
        if (p != null && p.signum() == 0) {
            problems.add(new FieldProblem("points", "supervision.error.points"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ManualItem item = new ManualItem(0, unitCode, indicator, p, TextRules.clean(reason), staff.username());
        long id = repo.addManualItem(scheme.id(), item, clock.instant());
        audit.record(AuditEvent.by(staff.username(), "supervision.assessment.manual")
                .on(ENTITY, scheme.id())
                .inUnit(unitCode)
                .because(item.reason())
                .detail(year + " 年 " + indicator + " " + AssessmentCalculator.plain(p) + " 分"));
        return new ManualItem(id, unitCode, indicator, p, item.reason(), staff.username());
    }

    /** Publishes: the result computed now is frozen, and changes are refused until a recorded reopening. */
    @Transactional
    public Assessment publish(StaffMember staff, String governmentCode, int year) {
        requireOffice(staff, governmentCode, "supervision.assessment.publish");
        Scheme scheme = scheme(governmentCode, year);
        requireOpen(scheme, "supervision.assessment.publish");
        LocalDate today = LocalDate.now(clock);
        Assessment computed = compute(scheme);
        Assessment frozen = new Assessment(
                computed.governmentCode(),
                computed.year(),
                computed.baseScore(),
                true,
                today,
                computed.indicators(),
                computed.units());
        repo.publish(scheme.id(), today, staff.username(), AssessmentJson.write(frozen));
        audit.record(AuditEvent.by(staff.username(), "supervision.assessment.publish")
                .on(ENTITY, scheme.id())
                .inUnit(governmentCode)
                .detail(year + " 年考核结果公布，" + frozen.units().size() + " 个单位"));
        return frozen;
    }

    @Transactional
    public void reopen(StaffMember staff, String governmentCode, int year, String reason) {
        requireOffice(staff, governmentCode, "supervision.assessment.reopen");
        Scheme scheme = scheme(governmentCode, year);
        if (!scheme.published()) {
            throw new ConflictException("supervision.error.not-published");
        }
        List<FieldProblem> problems =
                TextRules.Field.text("reason", 500).required().check(reason);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        repo.reopen(scheme.id(), TextRules.clean(reason), staff.username(), clock.instant());
        audit.record(AuditEvent.by(staff.username(), "supervision.assessment.reopen")
                .on(ENTITY, scheme.id())
                .inUnit(governmentCode)
                .because(TextRules.clean(reason))
                .detail(year + " 年考核结果重新打开"));
    }

    private Scheme scheme(String governmentCode, int year) {
        return repo.find(governmentCode, year)
                .orElseThrow(() -> new NotFoundException("supervision.error.no-scheme", governmentCode, year));
    }

    /** A published assessment changes only after a recorded reopening: the refusal is audited. */
    private static void requireOpen(Scheme s, String action) {
        if (s.published()) {
            throw new ConflictException(
                    Refusal.of(action, ENTITY, s.id(), s.governmentCode()), "supervision.error.published", s.year());
        }
    }

    private void requireGovernment(StaffMember staff, String governmentCode, String action) {
        Unit gov = units.require(governmentCode);
        if (!gov.isRoot() || !units.governmentOf(staff.unitCode()).code().equals(governmentCode)) {
            throw new ForbiddenException(Refusal.of(action, ENTITY, null, governmentCode), "error.forbidden");
        }
    }

    private void requireOffice(StaffMember staff, String governmentCode, String action) {
        requireGovernment(staff, governmentCode, action);
        if (!staff.isReviewer()) {
            throw new ForbiddenException(Refusal.of(action, ENTITY, null, governmentCode), "error.forbidden");
        }
    }

    private static BigDecimal number(String raw, String field, boolean required, List<FieldProblem> problems) {
        String s = raw == null ? "" : raw.strip();
        if (s.isEmpty()) {
            if (required) {
                problems.add(new FieldProblem(field, "supervision.error.number"));
            }
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(s);
            if (d.signum() < 0 || d.compareTo(MAX_POINTS) > 0 || d.scale() > 2) {
                problems.add(new FieldProblem(field, "supervision.error.number"));
                return null;
            }
            return d;
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "supervision.error.number"));
            return null;
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String raw, String field, List<FieldProblem> problems) {
        try {
            return Enum.valueOf(type, raw == null ? "" : raw.strip());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "supervision.error.choice"));
            return null;
        }
    }
}
