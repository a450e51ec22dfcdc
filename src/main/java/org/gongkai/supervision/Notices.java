package org.gongkai.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.org.StaffMember;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.audit.AuditEvent;
import org.gongkai.platform.audit.AuditLog;
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.gongkai.platform.errors.NotFoundException;
import org.gongkai.platform.text.TextRules;
import org.gongkai.rendering.DocumentRenderer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Notices (通报): the disclosure office composes one from findings across units, it is numbered
 * (示例县政务公开通报〔2026〕第3号), every finding in it becomes a rectification task for its unit, and it is kept
 * for the units or also published on the portal; rendered to PDF and DOCX through the rendering module.
 */
@Service("supervisionNotices")
public class Notices {

    static final String ENTITY = "supervision_notice";
    private final NoticeRepository notices;
    private final FindingRepository findings;
    private final Rectification rectification;
    private final UnitDirectory units;
    private final DocumentRenderer renderer;
    private final ITemplateEngine templates;
    private final AuditLog audit;
    private final Clock clock;

    Notices(
            NoticeRepository notices,
            FindingRepository findings,
            Rectification rectification,
            UnitDirectory units,
            DocumentRenderer renderer,
            ITemplateEngine templates,
            AuditLog audit,
            Clock clock) {
        this.notices = notices;
        this.findings = findings;
        this.rectification = rectification;
        this.units = units;
        this.renderer = renderer;
        this.templates = templates;
        this.audit = audit;
        this.clock = clock;
    }

    /** The notice as composed: title, opening text, the findings, working days to rectify, published or not. */
    public record NoticeForm(String title, String body, List<Long> findingIds, String workingDays, boolean publish) {}

    @Transactional
    public Notice issue(StaffMember staff, NoticeForm f, LocalDate on) {
        Rectification.requireOffice(staff, "supervision.notice.issue", null, staff.unitCode());
        String gov = units.governmentOf(staff.unitCode()).code();
        List<FieldProblem> problems = new ArrayList<>();
        problems.addAll(TextRules.Field.line("title", 300).required().check(f.title()));
        problems.addAll(TextRules.Field.text("body", 4000).required().check(f.body()));
        Set<Long> ids = new LinkedHashSet<>(f.findingIds() == null ? List.of() : f.findingIds());
        List<Finding> chosen = new ArrayList<>();
        for (long id : ids) {
            findings.find(id)
                    .filter(x ->
                            x.open() && units.governmentOf(x.unitCode()).code().equals(gov))
                    .ifPresentOrElse(
                            chosen::add,
                            () -> problems.add(new FieldProblem("findingIds", "supervision.error.findings")));
        }
        if (ids.isEmpty()) {
            problems.add(new FieldProblem("findingIds", "supervision.error.findings"));
        }
        int days = 0;
        try {
            days = Integer.parseInt(
                    f.workingDays() == null ? "" : f.workingDays().strip());
        } catch (NumberFormatException e) {
            days = -1;
        }
        if (days < 1 || days > Rectification.MAX_DAYS) {
            problems.add(new FieldProblem("workingDays", "supervision.error.working-days", Rectification.MAX_DAYS));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int year = on.getYear();
        int seq = notices.nextSeq(gov, year);
        String number = units.require(gov).name().replace("人民政府", "") + "政务公开通报〔" + year + "〕第" + seq + "号";
        Notice n = new Notice(
                0,
                gov,
                year,
                seq,
                number,
                TextRules.clean(f.title()),
                TextRules.clean(f.body()),
                on,
                staff.username(),
                f.publish(),
                chosen.stream().map(Finding::id).toList());
        long id = notices.insert(n);
        for (Finding x : chosen) {
            rectification.assign(staff, x.id(), days, id, on);
        }
        audit.record(AuditEvent.by(staff.username(), "supervision.notice.issue")
                .on(ENTITY, id)
                .inUnit(gov)
                .detail(number + " " + n.title() + "，问题 " + chosen.size() + " 个" + (f.publish() ? "，在门户公开" : "")));
        return notices.find(id).orElseThrow();
    }

    public List<Notice> list(StaffMember staff) {
        return notices.ofGovernment(units.governmentOf(staff.unitCode()).code());
    }

    public Notice get(StaffMember staff, long id) {
        Notice n = notices.find(id).orElseThrow(() -> new NotFoundException("supervision.error.notice", id));
        if (!n.governmentCode().equals(units.governmentOf(staff.unitCode()).code())) {
            throw new NotFoundException("supervision.error.notice", id);
        }
        return n;
    }

    public List<Notice> published() {
        return notices.published();
    }

    public Notice getPublished(long id) {
        return notices.find(id)
                .filter(Notice::published)
                .orElseThrow(() -> new NotFoundException("supervision.error.notice", id));
    }

    /** The notice as XHTML (its findings grouped by unit), for the renderer. */
    public String xhtml(Notice n) {
        List<Finding> list = n.findingIds().stream()
                .map(id -> findings.find(id).orElseThrow())
                .toList();
        Context c = new Context(org.gongkai.platform.China.LOCALE);
        c.setVariable("notice", n);
        c.setVariable("findings", list);
        c.setVariable("issuer", units.require(n.governmentCode()).name() + "办公室");
        c.setVariable("unitNames", unitNames());
        return templates.process("supervision/notice", c);
    }

    public byte[] pdf(Notice n) {
        return renderer.pdf(xhtml(n));
    }

    public byte[] docx(Notice n) {
        return renderer.docx(xhtml(n));
    }

    private java.util.Map<String, String> unitNames() {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        units.all().forEach(u -> names.put(u.code(), u.name()));
        return names;
    }
}
