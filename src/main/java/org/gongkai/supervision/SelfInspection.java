package org.gongkai.supervision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.org.StaffMember;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.China;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The self-inspection of a government's units: every {@link SelfInspectionRule} asked once over all the units, its
 * detections compared with the findings kept: a new problem becomes a finding (first detected today), a known one
 * is seen again, a resolved one found again is reopened, an open one no rule reports any more is resolved today;
 * each step in the finding's history.
 */
@Service
public class SelfInspection {

    /** What one run did. */
    public record Outcome(int detected, int opened, int reopened, int resolved, long millis) {}

    private final List<SelfInspectionRule> rules;
    private final FindingRepository findings;
    private final UnitDirectory units;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;

    SelfInspection(
            List<SelfInspectionRule> rules,
            FindingRepository findings,
            UnitDirectory units,
            MessageSource messages,
            AuditLog audit,
            Clock clock) {
        this.rules = rules;
        this.findings = findings;
        this.units = units;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    public List<SelfInspectionRule> rules() {
        return rules;
    }

    /** On demand, by the disclosure office: its government's units. */
    @Transactional
    public Outcome runFor(StaffMember staff) {
        if (!staff.isReviewer()) {
            throw new ForbiddenException(
                    Refusal.of("supervision.self-inspection", "unit", null, staff.unitCode()), "error.forbidden");
        }
        return run(staff.username(), units.governmentOf(staff.unitCode()).code());
    }

    /** Every government's units (the daily job). */
    @Transactional
    public List<Outcome> runAll(String actor) {
        List<Outcome> out = new ArrayList<>();
        for (Unit u : units.all()) {
            if (u.isRoot()) {
                out.add(run(actor, u.code()));
            }
        }
        return out;
    }

    /** The government's units, inspected today. */
    @Transactional
    public Outcome run(String actor, String governmentCode) {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        Set<String> scope = new LinkedHashSet<>();
        units.subtree(governmentCode).forEach(u -> scope.add(u.code()));
        Map<String, Finding> known = new HashMap<>();
        findings.selfInspected(scope).forEach(f -> known.put(f.key(), f));
        Map<String, Finding> found = new HashMap<>();
        SelfInspectionRule.Scope s = new SelfInspectionRule.Scope(scope, today);
        for (SelfInspectionRule rule : rules) {
            for (SelfInspectionRule.Detection d : rule.inspect(s)) {
                String message = messages.getMessage(
                        "supervision.rule." + rule.code() + ".message", d.args().toArray(), China.LOCALE);
                Finding f = new Finding(
                        0,
                        rule.code(),
                        d.unitCode(),
                        d.subject(),
                        rule.severity(),
                        message,
                        d.evidence(),
                        null,
                        today,
                        today,
                        null);
                found.putIfAbsent(f.key(), f);
            }
        }
        List<FindingEvent> events = new ArrayList<>();
        List<Finding> fresh = new ArrayList<>();
        List<Long> seen = new ArrayList<>();
        List<Finding> changed = new ArrayList<>();
        List<Long> reopened = new ArrayList<>();
        for (Finding f : found.values()) {
            Finding k = known.get(f.key());
            if (k == null) {
                fresh.add(f);
                continue;
            }
            seen.add(k.id());
            if (!k.message().equals(f.message())
                    || k.severity() != f.severity()
                    || !k.evidence().equals(f.evidence())) {
                changed.add(new Finding(
                        k.id(),
                        k.code(),
                        k.unitCode(),
                        k.subject(),
                        f.severity(),
                        f.message(),
                        f.evidence(),
                        null,
                        k.detectedOn(),
                        today,
                        k.resolvedOn()));
            }
            if (!k.open()) {
                reopened.add(k.id());
                events.add(new FindingEvent(k.id(), today, now, actor, FindingEvent.REOPENED, f.message()));
            }
        }
        List<Long> ids = findings.insertAll(fresh);
        for (int i = 0; i < ids.size(); i++) {
            events.add(new FindingEvent(
                    ids.get(i),
                    today,
                    now,
                    actor,
                    FindingEvent.DETECTED,
                    fresh.get(i).message()));
        }
        int opened = fresh.size();
        List<Long> resolved = new ArrayList<>();
        for (Finding k : known.values()) {
            if (k.open() && !found.containsKey(k.key())) {
                resolved.add(k.id());
                events.add(new FindingEvent(k.id(), today, now, actor, FindingEvent.RESOLVED, null));
            }
        }
        findings.seen(seen, today);
        findings.refresh(changed);
        findings.reopen(reopened);
        findings.resolve(resolved, today);
        findings.record(events);
        Outcome outcome = new Outcome(
                found.size(), opened, reopened.size(), resolved.size(), (System.nanoTime() - started) / 1_000_000);
        audit.record(AuditEvent.by(actor, "supervision.self-inspection")
                .on("unit", governmentCode)
                .inUnit(governmentCode)
                .detail("发现 " + outcome.detected() + " 项，新增 " + opened + " 项，重新出现 " + reopened.size() + " 项，已消除 "
                        + resolved.size() + " 项"));
        return outcome;
    }
}
