package org.gongkai.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.calendar.WorkingCalendar;
import org.gongkai.org.StaffMember;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.ConflictException;
import org.gongkai.platform.errors.ForbiddenException;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.NotFoundException;
import org.gongkai.platform.errors.Refusal;
import org.gongkai.platform.text.TextRules;
import org.gongkai.platform.uploads.UploadLimits;
import org.gongkai.platform.uploads.UploadRefusedException;
import org.gongkai.platform.uploads.Uploads;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rectification (整改): the disclosure office gives a finding to its unit as a task with a deadline in working days;
 * the unit answers with what it did (and an evidence file); the office accepts the answer or returns it. A unit
 * sees and answers only its own tasks; every step and refusal is audited.
 */
@Service
public class Rectification {

    static final String ENTITY = "supervision_task";
    static final int MAX_DAYS = 60;
    private static final UploadLimits LIMITS = UploadLimits.defaults().withMaxBytes(10L * 1024 * 1024);
    private final TaskRepository tasks;
    private final FindingRepository findings;
    private final UnitDirectory units;
    private final WorkingCalendar calendar;
    private final AuditLog audit;
    private final Clock clock;

    Rectification(
            TaskRepository tasks,
            FindingRepository findings,
            UnitDirectory units,
            WorkingCalendar calendar,
            AuditLog audit,
            Clock clock) {
        this.tasks = tasks;
        this.findings = findings;
        this.units = units;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    /** Gives the finding to its unit, due {@code workingDays} working days after {@code on}. */
    @Transactional
    public Task assign(StaffMember staff, long findingId, int workingDays, Long noticeId, LocalDate on) {
        requireOffice(staff, "supervision.task.assign", findingId, null);
        Finding f = findings.find(findingId)
                .orElseThrow(() -> new NotFoundException("supervision.error.finding", findingId));
        if (workingDays < 1 || workingDays > MAX_DAYS) {
            throw InvalidInputException.of("workingDays", "supervision.error.working-days", MAX_DAYS);
        }
        LocalDate deadline = calendar.plusWorkingDays(on, workingDays);
        long id = tasks.insert(f.id(), noticeId, f.unitCode(), on, deadline);
        audit.record(AuditEvent.by(staff.username(), "supervision.task.assign")
                .on(ENTITY, String.valueOf(id))
                .inUnit(f.unitCode())
                .detail(f.message() + "；期限 " + deadline));
        return tasks.find(id).orElseThrow();
    }

    public Task get(StaffMember staff, long id) {
        Task t = tasks.find(id).orElseThrow(() -> new NotFoundException("supervision.error.task", id));
        if (!units.maySee(staff, t.unitCode())) {
            throw new ForbiddenException(
                    Refusal.of("supervision.task.view", ENTITY, id, t.unitCode()), "error.forbidden");
        }
        return t;
    }

    public List<Task> list(StaffMember staff) {
        return tasks.ofUnits(units.visibleUnitCodes(staff));
    }

    public TaskRepository.StoredFile file(StaffMember staff, long id) {
        get(staff, id);
        return tasks.file(id).orElseThrow(() -> new NotFoundException("supervision.error.task", id));
    }

    /** The unit's answer: what it did, and optionally an evidence file (checked by content, bounded). */
    @Transactional
    public Task answer(StaffMember staff, long id, int version, String text, String fileName, byte[] file) {
        Task t = get(staff, id);
        if (!staff.mayChange() || staff.isReviewer() && !staff.unitCode().equals(t.unitCode())) {
            throw new ForbiddenException(
                    Refusal.of("supervision.task.answer", ENTITY, id, t.unitCode()), "error.forbidden");
        }
        if (!t.allowed().contains(TaskStep.ANSWER)) {
            throw new ConflictException("supervision.error.step");
        }
        List<InvalidInputException.FieldProblem> problems =
                TextRules.Field.text("answer", 2000).required().check(text);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String type = null;
        if (file != null && file.length > 0) {
            try {
                type = Uploads.check(fileName, file, LIMITS).type().mediaType();
            } catch (UploadRefusedException e) {
                throw e.asInvalidInput("file");
            }
        } else {
            file = null;
            fileName = null;
        }
        LocalDate today = LocalDate.now(clock);
        if (!tasks.answer(id, version, TextRules.clean(text), today, staff.username(), fileName, type, file)) {
            throw new ConflictException("supervision.error.stale");
        }
        audit.record(AuditEvent.by(staff.username(), "supervision.task.answer")
                .on(ENTITY, String.valueOf(id))
                .inUnit(t.unitCode())
                .detail(TextRules.clean(text) + (fileName == null ? "" : "；附件 " + fileName)));
        return tasks.find(id).orElseThrow();
    }

    /** The office accepts the answer ({@code accept}) or returns it to the unit with a note. */
    @Transactional
    public Task decide(StaffMember staff, long id, int version, boolean accept, String note) {
        Task t = get(staff, id);
        requireOffice(staff, accept ? "supervision.task.accept" : "supervision.task.return", id, t.unitCode());
        if (!t.allowed().contains(accept ? TaskStep.ACCEPT : TaskStep.RETURN)) {
            throw new ConflictException("supervision.error.step");
        }
        List<InvalidInputException.FieldProblem> problems = accept
                ? TextRules.Field.text("note", 1000).check(note)
                : TextRules.Field.text("note", 1000).required().check(note);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        TaskStatus to = accept ? TaskStatus.ACCEPTED : TaskStatus.RETURNED;
        if (!tasks.decide(id, version, to, LocalDate.now(clock), staff.username(), TextRules.clean(note))) {
            throw new ConflictException("supervision.error.stale");
        }
        if (accept) {
            LocalDate today = LocalDate.now(clock);
            findings.resolve(List.of(t.findingId()), today);
            findings.record(List.of(new FindingEvent(
                    t.findingId(), today, clock.instant(), staff.username(), FindingEvent.RESOLVED, "整改验收通过")));
        }
        audit.record(AuditEvent.by(staff.username(), accept ? "supervision.task.accept" : "supervision.task.return")
                .on(ENTITY, String.valueOf(id))
                .inUnit(t.unitCode())
                .because(TextRules.clean(note)));
        return tasks.find(id).orElseThrow();
    }

    /** Per unit: tasks past their deadline still with the unit. */
    public Map<String, Long> overdue(Set<String> unitCodes) {
        return tasks.overdue(unitCodes, LocalDate.now(clock));
    }

    /** Per unit: tasks assigned in the year by status. */
    public Map<String, long[]> countsIn(StaffMember staff, int year) {
        return tasks.countsIn(units.visibleUnitCodes(staff), year);
    }

    static void requireOffice(StaffMember staff, String action, Object id, String unit) {
        if (!staff.isReviewer()) {
            throw new ForbiddenException(Refusal.of(action, ENTITY, id, unit), "error.forbidden");
        }
    }
}
