package org.gongkai.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.gongkai.platform.text.TextRules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 督办: the disclosure office opens an item with its units and milestones; an assigned unit reports progress and
 * may report a milestone done; an item with a milestone past its date is overdue; public items show on the portal.
 */
@Service
public class SupervisedItems {

    static final String ENTITY = "supervision_item";
    private final SupervisedItemRepository repo;
    private final UnitDirectory units;
    private final AuditLog audit;
    private final Clock clock;

    SupervisedItems(SupervisedItemRepository repo, UnitDirectory units, AuditLog audit, Clock clock) {
        this.repo = repo;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * As typed: category, title, description, unit codes (commas or spaces), milestones one per line as
     * {@code 2026-06-30 完成招标}, public or not.
     */
    public record ItemForm(
            String category, String title, String description, String unitCodes, String milestones, boolean publish) {}

    @Transactional
    public SupervisedItem open(StaffMember staff, ItemForm f) {
        Rectification.requireOffice(staff, "supervision.item.open", null, staff.unitCode());
        String gov = units.governmentOf(staff.unitCode()).code();
        List<FieldProblem> problems = new ArrayList<>();
        ItemCategory category = null;
        try {
            category = ItemCategory.valueOf(
                    f.category() == null ? "" : f.category().strip());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("category", "supervision.error.choice"));
        }
        problems.addAll(TextRules.Field.line("title", 300).required().check(f.title()));
        problems.addAll(TextRules.Field.text("description", 4000).required().check(f.description()));
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
        List<SupervisedItem.Milestone> milestones = new ArrayList<>();
        for (String line : (f.milestones() == null ? "" : f.milestones()).split("\\R")) {
            String l = TextRules.clean(line);
            if (l.isEmpty()) {
                continue;
            }
            String[] parts = l.split("\\s+", 2);
            try {
                if (parts.length < 2 || TextRules.length(parts[1]) > 300) {
                    throw new DateTimeParseException("", l, 0);
                }
                milestones.add(new SupervisedItem.Milestone(0, parts[1], LocalDate.parse(parts[0]), null));
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem("milestones", "supervision.error.milestone", l));
                break;
            }
        }
        if (milestones.isEmpty() && problems.stream().noneMatch(p -> p.field().equals("milestones"))) {
            problems.add(new FieldProblem("milestones", "supervision.error.milestones"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        SupervisedItem item = new SupervisedItem(
                0,
                gov,
                category,
                TextRules.clean(f.title()),
                TextRules.clean(f.description()),
                f.publish(),
                codes,
                milestones,
                List.of());
        long id = repo.insert(item, staff.username(), LocalDate.now(clock));
        audit.record(AuditEvent.by(staff.username(), "supervision.item.open")
                .on(ENTITY, id)
                .inUnit(gov)
                .detail(item.title() + "，责任单位 " + codes + "，节点 " + milestones.size() + " 个"
                        + (f.publish() ? "，公开" : "")));
        return repo.find(id).orElseThrow();
    }

    /** The unit's progress; {@code milestoneId} (optional) reports that milestone done today. */
    @Transactional
    public SupervisedItem report(StaffMember staff, long id, String unitCode, String text, Long milestoneId) {
        SupervisedItem item = get(staff, id);
        if (!staff.mayChange()
                || unitCode == null
                || !item.unitCodes().contains(unitCode)
                || !units.maySee(staff, unitCode)
                || staff.isReviewer() && !staff.unitCode().equals(unitCode)) {
            throw new ForbiddenException(
                    Refusal.of("supervision.item.report", ENTITY, id, unitCode), "error.forbidden");
        }
        List<FieldProblem> problems =
                TextRules.Field.text("text", 2000).required().check(text);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        LocalDate today = LocalDate.now(clock);
        if (milestoneId != null) {
            SupervisedItem.Milestone m = item.milestones().stream()
                    .filter(x -> x.id() == milestoneId)
                    .findFirst()
                    .orElseThrow(() -> InvalidInputException.of("milestoneId", "supervision.error.choice"));
            if (m.doneOn() != null) {
                throw new ConflictException("supervision.error.milestone-done");
            }
            repo.milestoneDone(m.id(), today);
        }
        repo.addProgress(id, new SupervisedItem.Progress(unitCode, today, TextRules.clean(text), staff.username()));
        audit.record(AuditEvent.by(staff.username(), "supervision.item.report")
                .on(ENTITY, id)
                .inUnit(unitCode)
                .detail(TextRules.clean(text) + (milestoneId == null ? "" : "；节点 " + milestoneId + " 完成")));
        return repo.find(id).orElseThrow();
    }

    /** The office sees the government's items, a unit the items it is assigned. */
    public List<SupervisedItem> list(StaffMember staff) {
        Set<String> visible = units.visibleUnitCodes(staff);
        return repo.ofGovernment(units.governmentOf(staff.unitCode()).code()).stream()
                .filter(i -> staff.role().seesWholeGovernment()
                        || i.unitCodes().stream().anyMatch(visible::contains))
                .toList();
    }

    public SupervisedItem get(StaffMember staff, long id) {
        return list(staff).stream()
                .filter(i -> i.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("supervision.error.item-not-found", id));
    }

    public List<SupervisedItem> published() {
        return repo.published();
    }
}
