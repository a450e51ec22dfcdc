package org.gongkai.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gongkai.org.StaffMember;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.gongkai.platform.text.TextRules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Training, guidance visits and accountability, recorded by the disclosure office and counted per year. */
@Service
public class Activities {

    private final ActivityRepository repo;
    private final UnitDirectory units;
    private final AuditLog audit;
    private final Clock clock;

    Activities(ActivityRepository repo, UnitDirectory units, AuditLog audit, Clock clock) {
        this.repo = repo;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /** As typed: kind, date (ISO), topic, unit codes separated by commas or spaces, attendees. */
    public record ActivityForm(String kind, String heldOn, String topic, String unitCodes, String attendees) {}

    @Transactional
    public Activity record(StaffMember staff, ActivityForm f) {
        Rectification.requireOffice(staff, "supervision.activity.record", null, staff.unitCode());
        String gov = units.governmentOf(staff.unitCode()).code();
        List<FieldProblem> problems = new ArrayList<>();
        ActivityKind kind = null;
        try {
            kind = ActivityKind.valueOf(f.kind() == null ? "" : f.kind().strip());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("kind", "supervision.error.choice"));
        }
        LocalDate on = null;
        try {
            on = LocalDate.parse(f.heldOn() == null ? "" : f.heldOn().strip());
            if (on.isAfter(LocalDate.now(clock))) {
                problems.add(new FieldProblem("heldOn", "supervision.error.date"));
            }
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("heldOn", "supervision.error.date"));
        }
        problems.addAll(TextRules.Field.line("topic", 300).required().check(f.topic()));
        List<String> codes = Arrays.stream((f.unitCodes() == null ? "" : f.unitCodes()).split("[,，\\s]+"))
                .filter(s -> !s.isBlank())
                .distinct()
                .toList();
        if (codes.isEmpty()
                || codes.stream()
                        .anyMatch(c -> units.find(c).isEmpty()
                                || !units.governmentOf(c).code().equals(gov))) {
            problems.add(new FieldProblem("unitCodes", "supervision.error.unit"));
        }
        int attendees = -1;
        try {
            attendees =
                    Integer.parseInt(f.attendees() == null ? "" : f.attendees().strip());
        } catch (NumberFormatException e) {
            attendees = -1;
        }
        if (attendees < 0 || attendees > 100_000) {
            problems.add(new FieldProblem("attendees", "supervision.error.number"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Activity a = new Activity(0, gov, kind, on, TextRules.clean(f.topic()), codes, attendees, staff.username());
        long id = repo.insert(a);
        audit.record(AuditEvent.by(staff.username(), "supervision.activity.record")
                .on("supervision_activity", id)
                .inUnit(gov)
                .detail(kind.name() + " " + on + " " + a.topic() + "，" + codes.size() + " 个单位，" + attendees + " 人"));
        return new Activity(id, gov, kind, on, a.topic(), codes, attendees, staff.username());
    }

    public List<Activity> list(StaffMember staff, int year) {
        return repo.ofGovernment(units.governmentOf(staff.unitCode()).code(), year);
    }
}
