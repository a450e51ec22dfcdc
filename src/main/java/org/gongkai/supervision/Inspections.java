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
import org.gongkai.platform.errors.InvalidInputException;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.gongkai.platform.errors.NotFoundException;
import org.gongkai.platform.text.TextRules;
import org.gongkai.platform.uploads.UploadLimits;
import org.gongkai.platform.uploads.UploadRefusedException;
import org.gongkai.platform.uploads.UploadType;
import org.gongkai.platform.uploads.Uploads;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inspection rounds: the disclosure office plans a round (a monthly theme check or a quarterly cross check) with
 * its checklist, and its inspectors record what they find per unit; such findings stand beside the self-inspection's
 * and become rectification tasks through a notice.
 */
@Service
public class Inspections {

    static final String ENTITY = "supervision_round";
    /** The rule code of findings recorded by inspectors. */
    public static final String CODE = "inspection";

    /** Screenshots and documents: PNG, JPEG, PDF or DOCX by content, at most 10 MB each, 10 per finding. */
    static final Set<UploadType> FILE_TYPES = Set.of(UploadType.PNG, UploadType.JPEG, UploadType.PDF, UploadType.DOCX);

    static final int MAX_FILES = 10;
    private static final UploadLimits FILE_LIMITS = UploadLimits.defaults().withMaxBytes(10L * 1024 * 1024);
    private final RoundRepository rounds;
    private final FindingRepository findings;
    private final FindingFileRepository files;
    private final Findings readable;
    private final UnitDirectory units;
    private final AuditLog audit;
    private final Clock clock;

    Inspections(
            RoundRepository rounds,
            FindingRepository findings,
            FindingFileRepository files,
            Findings readable,
            UnitDirectory units,
            AuditLog audit,
            Clock clock) {
        this.rounds = rounds;
        this.findings = findings;
        this.files = files;
        this.readable = readable;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /** The round form as typed: kind, theme, dates (ISO) and the checklist one item per line. */
    public record RoundForm(String kind, String theme, String startsOn, String endsOn, String checklist) {}

    @Transactional
    public Round plan(StaffMember staff, RoundForm f) {
        Rectification.requireOffice(staff, "supervision.round.plan", null, staff.unitCode());
        List<FieldProblem> problems = new ArrayList<>();
        RoundKind kind = null;
        try {
            kind = RoundKind.valueOf(f.kind() == null ? "" : f.kind().strip());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("kind", "supervision.error.choice"));
        }
        problems.addAll(TextRules.Field.line("theme", 200).required().check(f.theme()));
        problems.addAll(TextRules.Field.text("checklist", 4000).required().check(f.checklist()));
        LocalDate starts = date(f.startsOn(), "startsOn", problems);
        LocalDate ends = date(f.endsOn(), "endsOn", problems);
        if (starts != null && ends != null && ends.isBefore(starts)) {
            problems.add(new FieldProblem("endsOn", "supervision.error.ends-before-starts"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<String> checklist = Arrays.stream(TextRules.clean(f.checklist()).split("\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        String gov = units.governmentOf(staff.unitCode()).code();
        Round round = new Round(0, gov, kind, TextRules.clean(f.theme()), starts, ends, checklist, staff.username());
        long id = rounds.insert(round, clock.instant());
        audit.record(AuditEvent.by(staff.username(), "supervision.round.plan")
                .on(ENTITY, id)
                .inUnit(gov)
                .detail(round.theme() + " " + starts + "—" + ends + "，检查项 " + checklist.size() + " 项"));
        return rounds.find(id).orElseThrow();
    }

    public List<Round> list(StaffMember staff) {
        return rounds.ofGovernment(units.governmentOf(staff.unitCode()).code());
    }

    public Round get(StaffMember staff, long id) {
        Round r = rounds.find(id).orElseThrow(() -> new NotFoundException("supervision.error.round", id));
        if (!r.governmentCode().equals(units.governmentOf(staff.unitCode()).code())) {
            throw new NotFoundException("supervision.error.round", id);
        }
        return r;
    }

    /** Findings of the round the viewer may see (a unit handler: its own units'). */
    public List<Finding> findings(StaffMember staff, long id) {
        get(staff, id);
        var visible = units.visibleUnitCodes(staff);
        return rounds.findings(id).stream()
                .filter(f -> visible.contains(f.unitCode()))
                .toList();
    }

    /** An inspector's finding in a unit against checklist item {@code item} (1-based), on {@code on}. */
    @Transactional
    public Finding record(
            StaffMember staff, long roundId, String unitCode, int item, String severity, String note, LocalDate on) {
        Round r = get(staff, roundId);
        Rectification.requireOffice(staff, "supervision.round.record", roundId, unitCode);
        List<FieldProblem> problems = new ArrayList<>();
        if (unitCode == null
                || units.find(unitCode).isEmpty()
                || !units.governmentOf(unitCode).code().equals(r.governmentCode())) {
            problems.add(new FieldProblem("unitCode", "supervision.error.unit"));
        }
        if (item < 1 || item > r.checklist().size()) {
            problems.add(new FieldProblem("item", "supervision.error.item"));
        }
        Severity sev = null;
        try {
            sev = Severity.valueOf(severity == null ? "" : severity.strip());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("severity", "supervision.error.choice"));
        }
        problems.addAll(TextRules.Field.text("note", 1000).required().check(note));
        if (on == null || on.isAfter(LocalDate.now(clock))) {
            problems.add(new FieldProblem("on", "supervision.error.date"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String message = r.checklist().get(item - 1) + "：" + TextRules.clean(note);
        int n = rounds.findings(roundId).size() + 1;
        Finding f = new Finding(
                0,
                CODE,
                unitCode,
                "round:" + roundId + ":" + n,
                sev,
                message,
                "/console/supervision/rounds/" + roundId,
                roundId,
                on,
                on,
                null);
        long id = findings.insert(f);
        findings.record(
                List.of(new FindingEvent(id, on, clock.instant(), staff.username(), FindingEvent.RECORDED, message)));
        audit.record(AuditEvent.by(staff.username(), "supervision.round.record")
                .on(Findings.ENTITY, id)
                .inUnit(unitCode)
                .detail(message));
        return findings.find(id).orElseThrow();
    }

    /**
     * The office attaches a screenshot or file to an inspector's finding: the type is recognised from the content
     * (PNG, JPEG, PDF or DOCX) and bounded by the platform's upload checks; audited.
     */
    @Transactional
    public FindingFile attach(StaffMember staff, long findingId, String fileName, byte[] content) {
        Finding f = readable.get(staff, findingId);
        Rectification.requireOffice(staff, "supervision.finding.attach", findingId, f.unitCode());
        if (f.roundId() == null) {
            throw new ConflictException("supervision.error.not-inspection");
        }
        if (files.of(findingId).size() >= MAX_FILES) {
            throw InvalidInputException.of("file", "supervision.error.too-many-files", MAX_FILES);
        }
        String name = TextRules.clean(fileName == null ? "" : fileName).strip();
        name = name.isEmpty() ? "file" : name.length() > 200 ? name.substring(name.length() - 200) : name;
        UploadType type;
        try {
            type = Uploads.check(name, content, FILE_LIMITS).type();
        } catch (UploadRefusedException e) {
            throw e.asInvalidInput("file");
        }
        if (!FILE_TYPES.contains(type)) {
            throw InvalidInputException.of("file", "supervision.error.file-type");
        }
        long id = files.insert(findingId, name, type.mediaType(), content, staff.username(), clock.instant());
        audit.record(AuditEvent.by(staff.username(), "supervision.finding.attach")
                .on(Findings.ENTITY, findingId)
                .inUnit(f.unitCode())
                .detail(name + "（" + type.mediaType() + "，" + content.length + " 字节）"));
        return files.of(findingId).stream()
                .filter(x -> x.id() == id)
                .findFirst()
                .orElseThrow();
    }

    /** The files of a finding the viewer may see (the office, the unit). */
    public List<FindingFile> files(StaffMember staff, long findingId) {
        readable.get(staff, findingId);
        return files.of(findingId);
    }

    /** A file of a finding the viewer may see, with its content. */
    public FileContent file(StaffMember staff, long findingId, long fileId) {
        readable.get(staff, findingId);
        FindingFile f = files.of(findingId).stream()
                .filter(x -> x.id() == fileId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("supervision.error.file", fileId));
        return new FileContent(f, files.content(findingId, fileId).orElseThrow());
    }

    /** A file with its bytes. */
    public record FileContent(FindingFile file, byte[] content) {}

    private LocalDate date(String raw, String field, List<FieldProblem> problems) {
        try {
            return LocalDate.parse(raw == null ? "" : raw.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "supervision.error.date"));
            return null;
        }
    }
}
